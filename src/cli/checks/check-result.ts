/** The outcome of one of `watchkeeper validate`'s checks on a synth's output. */
export interface CheckResult {
  /** What was checked, e.g. `promtool check rules`. */
  readonly name: string;
  /** Whether everything checked passed. */
  readonly ok: boolean;
  /** What was checked, counted, e.g. `30 files, 640 rules`. */
  readonly counts: string;
  /** One entry per problem, naming the file (relative to the output folder) and what is wrong. */
  readonly failures: readonly string[];
}

/** A check's result from its counts and problems: it passes when there is none. */
export const checkResult = (name: string, counts: string, failures: readonly string[]): CheckResult => ({
  name,
  ok: failures.length === 0,
  counts,
  failures,
});

/** `1 file`, `2 files`: a count with its noun, plural unless one. */
export const counted = (count: number, noun: string, plural = `${noun}s`): string => `${count} ${count === 1 ? noun : plural}`;

/**
 * The text report: one line per check (`ok` or `FAIL`, its name, its counts), the problems of each failed check
 * indented under its name, then a summary line.
 */
export function textReport(results: readonly CheckResult[]): string {
  const width = Math.max(...results.map((result) => result.name.length));
  const lines = results.map((result) => `${result.ok ? "ok  " : "FAIL"}  ${result.name.padEnd(width)}  ${result.counts}`);
  for (const result of results.filter((item) => !item.ok)) {
    lines.push("", `${result.name}:`, ...result.failures.map((failure) => `  - ${failure.replaceAll("\n", "\n    ")}`));
  }
  const failed = results.filter((result) => !result.ok).length;
  lines.push("", failed === 0 ? `${counted(results.length, "check")} passed` : `${failed} of ${counted(results.length, "check")} failed`);
  return `${lines.join("\n")}\n`;
}

/** The JSON report: `{ ok, checks: [{ name, ok, counts, failures }] }`, for CI jobs that read it. */
export function jsonReport(results: readonly CheckResult[]): string {
  return `${JSON.stringify({ ok: results.every((result) => result.ok), checks: results }, null, 2)}\n`;
}
