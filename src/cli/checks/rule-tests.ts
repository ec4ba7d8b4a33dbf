import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { outputLayout } from "./output-layout";
import { parseTestRulesOutput, testFileCoverage, type TestFileCoverage, type TestFileVerdict } from "./rule-test-report";
import { limited, testRules } from "./tools";

/** What the generated tests of an output folder cover, and promtool's verdict on each file (paths relative to it). */
export interface RuleTestRun {
  readonly coverage: readonly TestFileCoverage[];
  readonly verdicts: readonly TestFileVerdict[];
}

/**
 * Runs the generated promtool tests of every stack of an output folder: one `promtool test rules` process per stack
 * (one start-up, however many SLOs), the stacks in parallel. Undefined when there is no test file.
 */
export async function runRuleTests(outdir: string): Promise<RuleTestRun | undefined> {
  const layout = outputLayout(outdir);
  const stacks = layout.stacks
    .map((stack) => ({ stack, files: layout.files(stack, "tests", ".test.yml") }))
    .filter((item) => item.files.length > 0);
  if (stacks.length === 0) return undefined;
  const coverage = stacks.flatMap((item) => item.files.map((file) => testFileCoverage(file, readFileSync(join(outdir, file), "utf8"))));
  const runs = await limited(
    stacks.map(({ stack, files }) => async () => {
      const result = await testRules(files.map((file) => join(outdir, file)), join(outdir, stack, "tests"));
      return parseTestRulesOutput(result.output).map((verdict) => ({ ...verdict, file: `${stack}/tests/${verdict.file}` }));
    }),
    availableParallelism(),
  );
  return { coverage, verdicts: runs.flat() };
}
