import type { AlertFailure, TestFileVerdict } from "./promtool-test-output";
import { formatTestTime, type ExpectedAlert, type LabelValues, type RuleTestFile, type Scenario } from "./rule-test-files";

/** One evaluation of a probe at which an instance of the alert was firing, and that instance's labels. */
export interface Firing {
  readonly time: number;
  readonly labels: LabelValues;
}

/** When an alert fired in one scenario, evaluation by evaluation, up to `reach` seconds. */
export interface ProbeResult {
  readonly step: number;
  readonly reach: number;
  readonly firings: readonly Firing[];
}

/** The key of a probe result: the scenario's index in its file and the alert. */
export const probeKey = (scenario: number, alert: string) => `${scenario}/${alert}`;

/** One alert in one scenario: whether it behaved as the scenario expects, in one line, and promtool's words. */
export interface ScenarioVerdict {
  readonly alert: string;
  readonly scenario: string;
  readonly ok: boolean;
  readonly text: string;
  /** promtool's own reports of the failed cases. */
  readonly raw: readonly string[];
}

const sameLabels = (a: LabelValues, b: LabelValues) => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
};

const times = (values: readonly number[]) => values.map(formatTestTime).join(", ");

/** `{severity="page"}`: the labels among `keys` (those telling a case's alerts apart), or nothing when none. */
function labelText(labels: LabelValues, keys: readonly string[]): string {
  const shown = keys.filter((key) => labels[key] !== undefined).map((key) => `${key}=${JSON.stringify(labels[key])}`);
  return shown.length === 0 ? "" : `{${shown.join(", ")}} `;
}

/** The labels that differ between the alerts a case expected and got: what tells them apart in the report. */
function tellingLabels(alerts: readonly ExpectedAlert[]): string[] {
  if (alerts.length < 2) return [];
  const keys = [...new Set(alerts.flatMap((alert) => Object.keys(alert.labels)))].sort();
  return keys.filter((key) => new Set(alerts.map((alert) => alert.labels[key])).size > 1);
}

/** Where an expected alert was instead: fired later, earlier, with other labels, or never. */
function missingText(expected: ExpectedAlert, at: number, probe: ProbeResult | undefined): string {
  const expectedAt = `expected at ${formatTestTime(at)}`;
  if (probe === undefined) return `${expectedAt}, not firing then`;
  const fired = probe.firings.filter((firing) => sameLabels(firing.labels, expected.labels)).map((firing) => firing.time);
  const later = fired.find((time) => time >= at);
  if (later !== undefined) return `${expectedAt}, fired at ${formatTestTime(later)}`;
  if (fired.length > 0) return `${expectedAt}, fired at ${formatTestTime(fired[0])} but had stopped by then`;
  const other = probe.firings[0];
  if (other !== undefined) {
    const differing = [...new Set([...Object.keys(other.labels), ...Object.keys(expected.labels)])].filter((key) => other.labels[key] !== expected.labels[key]).sort();
    return `${expectedAt}, never fired with these labels (fired at ${formatTestTime(other.time)} with ${labelText(other.labels, differing).trim()})`;
  }
  return `${expectedAt}, never fired (evaluated every ${formatTestTime(probe.step)} up to ${formatTestTime(probe.reach)})`;
}

/** When an alert that should not fire started firing: the start of its run of firing evaluations up to `at`. */
function unexpectedText(got: ExpectedAlert, at: number, probe: ProbeResult | undefined): string {
  let start = at;
  if (probe !== undefined) {
    const fired = new Set(probe.firings.filter((firing) => sameLabels(firing.labels, got.labels)).map((firing) => firing.time));
    while (fired.has(start - probe.step)) start -= probe.step;
  }
  return start === at ? `fired at ${formatTestTime(at)} but not expected` : `fired at ${formatTestTime(start)} but not expected (still firing at ${formatTestTime(at)})`;
}

/** What differs between the annotations an alert was expected with and those it fired with. */
function annotationText(expected: ExpectedAlert, got: ExpectedAlert, at: number): string {
  const keys = [...new Set([...Object.keys(expected.annotations), ...Object.keys(got.annotations)])].filter((key) => expected.annotations[key] !== got.annotations[key]).sort();
  const differences = keys.map((key) => `${key} is ${JSON.stringify(got.annotations[key] ?? "")}, expected ${JSON.stringify(expected.annotations[key] ?? "")}`);
  return `fired at ${formatTestTime(at)} as expected, but ${differences.join("; ")}`;
}

/** One failed case in words: each expected alert missing, each alert not expected, each with other annotations. */
function failureText(failure: AlertFailure, probe: ProbeResult | undefined): string[] {
  const telling = tellingLabels([...failure.expected, ...failure.got]);
  const matchOf = (alert: ExpectedAlert, among: readonly ExpectedAlert[]) => among.find((other) => sameLabels(other.labels, alert.labels));
  return [
    ...failure.expected.filter((alert) => matchOf(alert, failure.got) === undefined).map((alert) => labelText(alert.labels, telling) + missingText(alert, failure.time, probe)),
    ...failure.got.filter((alert) => matchOf(alert, failure.expected) === undefined).map((alert) => labelText(alert.labels, telling) + unexpectedText(alert, failure.time, probe)),
    ...failure.expected.flatMap((alert) => {
      const got = matchOf(alert, failure.got);
      return got === undefined || sameLabels(got.annotations, alert.annotations) ? [] : [labelText(alert.labels, telling) + annotationText(alert, got, failure.time)];
    }),
  ];
}

/** A passing alert's scenario in words: when it fired and when it stayed quiet, as the scenario expects. */
function passingText(scenario: Scenario, alert: string): string {
  const cases = scenario.cases.filter((item) => item.alert === alert);
  const firing = cases.filter((item) => item.expected.length > 0).map((item) => item.time);
  const quiet = cases.filter((item) => item.expected.length === 0).map((item) => item.time);
  const parts = [...(firing.length > 0 ? [`firing at ${times(firing)}`] : []), ...(quiet.length > 0 ? [`quiet at ${times(quiet)}`] : [])];
  return `as expected: ${parts.join("; ")}`;
}

/** The scenario of the file a failure belongs to: by name, or for an unnamed one, by its alert and time. */
function scenarioOf(file: RuleTestFile, failure: AlertFailure): Scenario | undefined {
  return failure.scenario !== undefined
    ? file.scenarios.find((scenario) => scenario.named && scenario.name === failure.scenario)
    : file.scenarios.find((scenario) => !scenario.named && scenario.cases.some((item) => item.alert === failure.alert && item.time === failure.time));
}

/**
 * Every alert of every scenario of a test file, in the file's order: ok with what the scenario expects of it, or
 * FAIL with what happened instead (`expected at 10m, fired at 12m`, `never fired`, `fired at 3m but not
 * expected`), from promtool's failures and, when given, the probe of when each failing alert really fired.
 */
export function scenarioVerdicts(file: RuleTestFile, verdict: TestFileVerdict, probes: ReadonlyMap<string, ProbeResult> = new Map()): ScenarioVerdict[] {
  // A file that failed without naming a case (a rule file did not load, promtool stopped) judged none of its alerts.
  const unjudged = !verdict.ok && verdict.alertFailures.length === 0;
  const notRun = verdict.loadErrors.length > 0 ? "not run: a rule file it loads did not load" : "not judged: promtool failed the file without naming a case";
  return file.scenarios.flatMap((scenario) =>
    [...new Set(scenario.cases.map((item) => item.alert))].map((alert): ScenarioVerdict => {
      if (unjudged) return { alert, scenario: scenario.name, ok: false, text: notRun, raw: [] };
      const failures = verdict.alertFailures.filter((failure) => failure.alert === alert && scenarioOf(file, failure) === scenario);
      if (failures.length === 0) return { alert, scenario: scenario.name, ok: true, text: passingText(scenario, alert), raw: [] };
      const probe = probes.get(probeKey(scenario.index, alert));
      return { alert, scenario: scenario.name, ok: false, text: failures.flatMap((failure) => failureText(failure, probe)).join("; "), raw: failures.map((failure) => failure.raw) };
    }),
  );
}

/** The scenarios (by index) and alerts of a file with a failed case: what to probe for when they really fired. */
export function alertsToProbe(file: RuleTestFile, verdict: TestFileVerdict): Map<number, string[]> {
  const wanted = new Map<number, string[]>();
  for (const failure of verdict.alertFailures) {
    const scenario = scenarioOf(file, failure);
    if (scenario === undefined) continue;
    const alerts = wanted.get(scenario.index) ?? [];
    wanted.set(scenario.index, alerts.includes(failure.alert) ? alerts : [...alerts, failure.alert]);
  }
  return wanted;
}
