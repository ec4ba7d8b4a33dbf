/**
 * What one of `watchkeeper validate`'s checks found: it passed, it failed (with its problems), or it was skipped,
 * with the reason (nothing of its kind in the output). A skipped check is never reported as passed.
 */
export type CheckStatus = "ok" | "failed" | "skipped";

/** The outcome of one of `watchkeeper validate`'s checks on a synth's output. */
export interface CheckResult {
  /** What was checked, e.g. `promtool check rules`. */
  readonly name: string;
  readonly status: CheckStatus;
  /** What was checked, counted (`30 files, 640 rules`); for a skipped check, what there was instead, if anything. */
  readonly counts: string;
  /** Why a skipped check did not run, in a few words (`no Alertmanager configuration`); the summary groups by it. */
  readonly reason?: string;
  /** One entry per problem, naming the file (relative to the output folder) and what is wrong. */
  readonly failures: readonly string[];
}

/** A check that ran: it passes when it found no problem. */
export const checkResult = (name: string, counts: string, failures: readonly string[]): CheckResult => ({
  name,
  status: failures.length === 0 ? "ok" : "failed",
  counts,
  failures,
});

/** A check that did not run, and why; `detail` says more (e.g. which stacks), shown on its line. */
export const skippedCheck = (name: string, reason: string, detail = ""): CheckResult => ({ name, status: "skipped", counts: detail, reason, failures: [] });

/** `1 file`, `2 files`: a count with its noun, plural unless one. */
export const counted = (count: number, noun: string, plural = `${noun}s`): string => `${count} ${count === 1 ? noun : plural}`;

const MARKERS: Readonly<Record<CheckStatus, string>> = { ok: "ok  ", failed: "FAIL", skipped: "skip" };

/** `4 passed, 1 skipped (no Alertmanager configuration), 0 failed`: each state counted, the skips' reasons named once. */
export function checkSummary(results: readonly CheckResult[]): string {
  const count = (status: CheckStatus) => results.filter((result) => result.status === status).length;
  const reasons = [...new Set(results.flatMap((result) => (result.status === "skipped" && result.reason !== undefined ? [result.reason] : [])))];
  const skipped = `${count("skipped")} skipped${reasons.length === 0 ? "" : ` (${reasons.join("; ")})`}`;
  return `${count("ok")} passed, ${skipped}, ${count("failed")} failed`;
}

/**
 * The text report: one line per check (`ok`, `FAIL` or `skip`, its name, its counts or why it was skipped), the
 * problems of each failed check indented under its name, then the summary line.
 */
export function textReport(results: readonly CheckResult[]): string {
  const width = Math.max(...results.map((result) => result.name.length));
  const detail = (result: CheckResult) =>
    result.status !== "skipped" ? result.counts : [result.reason ?? "", result.counts].filter((part) => part !== "").join(": ");
  const lines = results.map((result) => `${MARKERS[result.status]}  ${result.name.padEnd(width)}  ${detail(result)}`.trimEnd());
  for (const result of results.filter((item) => item.status === "failed")) {
    lines.push("", `${result.name}:`, ...result.failures.map((failure) => `  - ${failure.replaceAll("\n", "\n    ")}`));
  }
  lines.push("", checkSummary(results));
  return `${lines.join("\n")}\n`;
}

/**
 * The JSON report, for CI jobs: `{ ok, passed, skipped, failed, checks: [{ name, status, counts, reason?, failures }] }`;
 * `ok` is true when no check failed.
 */
export function jsonReport(results: readonly CheckResult[]): string {
  const count = (status: CheckStatus) => results.filter((result) => result.status === status).length;
  const report = { ok: count("failed") === 0, passed: count("ok"), skipped: count("skipped"), failed: count("failed"), checks: results };
  return `${JSON.stringify(report, null, 2)}\n`;
}
