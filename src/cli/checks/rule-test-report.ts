import { counted } from "./check-result";
import type { ScenarioVerdict } from "./alert-verdicts";
import type { RuleTestRun, TestFileRun } from "./rule-tests";

/** How a subject is named in the report: its construct path, and its SLO when it has one. */
const subjectName = (run: TestFileRun) => (run.test.slo === undefined ? run.test.construct : `${run.test.construct} (SLO ${run.test.slo})`);

const marker = (ok: boolean) => (ok ? "ok  " : "FAIL");
const ALERT = " ".repeat(8);
const SCENARIO = " ".repeat(16);

/** Text indented under a line, every line of it. */
const indented = (text: string, indent: string) => text.split("\n").map((line) => `${indent}${line}`.trimEnd());

/** The start the names of a subject's scenarios share, `checkout-availability: `, left out where they are listed. */
function sharedPrefix(verdicts: readonly ScenarioVerdict[]): string {
  const prefix = /^[^:\s]+: /.exec(verdicts[0]?.scenario ?? "")?.[0] ?? "";
  return verdicts.every((verdict) => verdict.scenario.startsWith(prefix) && verdict.scenario.length > prefix.length) ? prefix : "";
}

/**
 * One alert of a subject: a line, then a line per scenario when it failed (or always, verbose); one line when none
 * of its scenarios ran.
 */
function alertLines(alert: string, verdicts: readonly ScenarioVerdict[], prefix: string, verbose: boolean): string[] {
  const ok = verdicts.every((verdict) => verdict.ok);
  const scenarios = counted(verdicts.length, "scenario");
  if (ok && !verbose) return [`${ALERT}${marker(true)}  ${alert}: ${scenarios}`];
  const texts = new Set(verdicts.map((verdict) => verdict.text));
  if (!ok && texts.size === 1 && verdicts.every((verdict) => !verdict.ok && verdict.raw.length === 0)) {
    return [`${ALERT}${marker(false)}  ${alert}: ${[...texts][0]} (${scenarios})`];
  }
  return [
    `${ALERT}${marker(ok)}  ${alert}`,
    ...verdicts.flatMap((verdict) => [
      `${SCENARIO}${marker(verdict.ok)}  ${verdict.scenario.slice(prefix.length)}: ${verdict.text}`,
      ...(verbose ? verdict.raw.flatMap((raw) => indented(raw, `${SCENARIO}        `)) : []),
    ]),
  ];
}

/**
 * The report of a run of generated tests: per construct (SLO or monitor) whether its tests passed, its files and
 * tests counted; the rules promtool could not parse, located; then each alert it tests, with one line per scenario
 * when it failed (`expected at 10m, fired at 12m`, `never fired`, `fired at 3m but not expected`); the alerts of
 * the rule files that no test checks; a summary last. `verbose` adds every scenario of passing alerts and
 * promtool's own report of each failure.
 */
export function ruleTestReport(run: RuleTestRun, verbose = false): { text: string; ok: boolean } {
  const lines: string[] = [];
  let alertCount = 0;
  let failedAlerts = 0;
  for (const subject of [...new Set(run.files.map(subjectName))]) {
    const files = run.files.filter((file) => subjectName(file) === subject);
    const tests = files.reduce((sum, file) => sum + file.test.scenarios.length, 0);
    lines.push(`${marker(files.every((file) => file.verdict.ok))}  ${subject}: ${counted(files.length, "file")}, ${counted(tests, "test")}`);
    for (const problem of [...new Set(files.flatMap((file) => file.loadProblems))]) {
      lines.push(`${ALERT}a rule file did not load:`, ...indented(problem, `${ALERT}  `));
    }
    for (const other of [...new Set(files.flatMap((file) => file.verdict.other.map((line) => `${file.file}: ${line}`)))]) {
      lines.push(`${ALERT}${other}`);
    }
    const verdicts = files.flatMap((file) => file.scenarios);
    const prefix = sharedPrefix(verdicts);
    for (const alert of [...new Set(verdicts.map((verdict) => verdict.alert))].sort()) {
      const ofAlert = verdicts.filter((verdict) => verdict.alert === alert);
      alertCount++;
      failedAlerts += ofAlert.every((verdict) => verdict.ok) ? 0 : 1;
      lines.push(...alertLines(alert, ofAlert, prefix, verbose));
    }
  }
  const untested = run.untested.reduce((sum, file) => sum + file.alerts.length, 0);
  if (untested > 0) {
    lines.push("", "Alerts of the rule files without a generated test:", ...run.untested.map((file) => `  ${file.file}: ${file.alerts.join(", ")}`));
  }
  const failedFiles = run.files.filter((file) => !file.verdict.ok).length;
  lines.push(
    "",
    `${counted(run.files.length, "test file")}: ${run.files.length - failedFiles} passed, ${failedFiles} failed; ` +
      `${counted(alertCount, "alert")}: ${alertCount - failedAlerts} passed, ${failedAlerts} failed` +
      (untested === 0 ? "" : `; ${counted(untested, "alert")} without a test`),
  );
  return { text: `${lines.join("\n")}\n`, ok: failedFiles === 0 };
}
