import { checkResult, counted, skippedCheck, type CheckResult } from "./check-result";
import { checkRules, missingTool, run } from "./tools";

/** One file's verdict in a checker's report. */
export interface FileVerdict {
  readonly file: string;
  readonly ok: boolean;
  /** Rules found (promtool check rules), when it says. */
  readonly rules?: number;
  /** The checker's lines about the file's problems. */
  readonly problems: readonly string[];
}

/** The lines of a checker's output that say something: trimmed, non-empty, each once. */
const meaningfulLines = (text: string): string[] => [...new Set(text.split("\n").map((line) => line.trim()).filter((line) => line !== ""))];

/**
 * Reads `promtool check rules` output: a `Checking <file>` header per file, then `SUCCESS: <n> rules found` or
 * `FAILED:` and its problems. Anything before the first header (a usage error) becomes a verdict on file "promtool".
 */
export function parseCheckRulesOutput(output: string): FileVerdict[] {
  const [before, ...sections] = output.split(/^Checking /m);
  const verdicts: FileVerdict[] = sections.map((section) => {
    const [file, ...rest] = section.split("\n");
    const success = /^\s*SUCCESS: (\d+) rules found/m.exec(rest.join("\n"));
    const problems = meaningfulLines(rest.join("\n"))
      .filter((line) => line !== "FAILED:")
      .map((line) => (line.startsWith(`${file.trim()}: `) ? line.slice(file.trim().length + 2) : line));
    return success ? { file: file.trim(), ok: true, rules: Number(success[1]), problems: [] } : { file: file.trim(), ok: false, problems };
  });
  const stray = meaningfulLines(before);
  return stray.length > 0 ? [{ file: "promtool", ok: false, problems: stray }, ...verdicts] : verdicts;
}

/** Reads `amtool check-config` output: `Checking '<file>'  SUCCESS` or `Checking '<file>'  FAILED: <reason>` per file. */
export function parseCheckConfigOutput(output: string): FileVerdict[] {
  return [...output.matchAll(/^Checking '(.+)'\s+(?:SUCCESS|FAILED: (.*))$/gm)].map(([, file, failure]) =>
    failure === undefined ? { file, ok: true, problems: [] } : { file, ok: false, problems: [failure.trim()] },
  );
}

/** The failures of a checker's verdicts, plus a failure when the tool failed without naming any file. */
function verdictFailures(verdicts: readonly FileVerdict[], ok: boolean, output: string): string[] {
  const failures = verdicts.filter((verdict) => !verdict.ok).map((verdict) => `${verdict.file}: ${verdict.problems.join("\n")}`);
  return !ok && failures.length === 0 ? [meaningfulLines(output).join("\n") || "failed without saying why"] : failures;
}

/** `promtool check rules` on every rule file (paths relative to `outdir`), in one process; skipped without any. */
export async function promtoolCheck(outdir: string, ruleFiles: readonly string[]): Promise<CheckResult> {
  const name = "promtool check rules";
  if (ruleFiles.length === 0) return skippedCheck(name, "no rule file");
  const missing = missingTool("promtool");
  if (missing !== undefined) return checkResult(name, "not run", [missing]);
  const result = await checkRules(ruleFiles, outdir);
  const verdicts = parseCheckRulesOutput(result.output);
  const rules = verdicts.reduce((sum, verdict) => sum + (verdict.rules ?? 0), 0);
  return checkResult(name, `${counted(ruleFiles.length, "file")}, ${counted(rules, "rule")}`, verdictFailures(verdicts, result.ok, result.output));
}

/** `amtool check-config` on every Alertmanager configuration (paths relative to `outdir`), in one process; skipped without any. */
export async function amtoolCheck(outdir: string, configs: readonly string[]): Promise<CheckResult> {
  const name = "amtool check-config";
  if (configs.length === 0) return skippedCheck(name, "no Alertmanager configuration");
  const missing = missingTool("amtool");
  if (missing !== undefined) return checkResult(name, "not run", [missing]);
  const result = await run("amtool", ["check-config", ...configs], outdir);
  return checkResult(name, counted(configs.length, "file"), verdictFailures(parseCheckConfigOutput(result.output), result.ok, result.output));
}
