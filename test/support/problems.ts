import { Problems } from "../../src/domain/problems";

/** What a parser returns and the problems it records, for tests of the domain's parsers. */
export function parsing<T>(parse: (problems: Problems) => T | undefined): { parsed: T | undefined; problems: string[] } {
  const problems = new Problems();
  const parsed = parse(problems);
  return { parsed, problems: [...problems.list] };
}
