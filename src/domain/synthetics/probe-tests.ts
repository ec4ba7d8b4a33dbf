import type { AlertingRule, RuleGroup } from "../rules/rules";
import { isAlertingRule } from "../rules/rules";
import type { ExpectedAlert, InputSeries } from "../rule-tests/slo-tests";
import { flowAlertNames, type FlowSpec } from "./flow";
import { RECORDED, REGRESSION_FOR, REGRESSION_OFFSET, REGRESSION_WINDOW, UPTIME_WINDOWS } from "./probe-rules";

/** A recorded value a test expects at a minute. */
export interface ValueCheck {
  readonly minute: number;
  /** The recorded series, e.g. `flow:uptime:ratio_avg1d`. */
  readonly metric: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

/** One probe test case: per-location series at an input interval, and the alerts and values expected. */
export interface ProbeTestCase {
  readonly name: string;
  /** The interval between input samples: 1m, or 5m for a week of history (promtool loads at most ~10,000 samples per range). */
  readonly inputMinutes: number;
  readonly series: readonly InputSeries[];
  readonly alerts: ReadonlyArray<{ readonly minute: number; readonly alertname: string; readonly firing: readonly ExpectedAlert[] }>;
  readonly values: readonly ValueCheck[];
}

/** A run of `count` equal samples in promtool's notation (`1x9` is ten ones). */
function run(value: number, count: number): string {
  return count === 1 ? String(value) : `${value}x${count - 1}`;
}

/** promtool's notation for a sequence of runs, `[value, count]`, optionally with no sample at minute 0 (`_`). */
function runs(parts: ReadonlyArray<readonly [number, number]>, skipFirst = false): string {
  return [...(skipFirst ? ["_"] : []), ...parts.map(([value, count]) => run(value, count))].join(" ");
}

/**
 * The series of one location, as its Probe labels them but for `env`, which the rules keep but do not select:
 * the tests of every environment are then the same tests.
 */
function locationLabels(spec: FlowSpec, location: string): Record<string, string> {
  return { flow: spec.id, location, service: spec.service };
}

/** The labels and annotations of an alert rule as promtool expects them fired, `{{ $value }}` replaced. */
function fired(rule: AlertingRule, value: string): ExpectedAlert {
  const annotations = Object.fromEntries(
    Object.entries(rule.annotations).map(([key, text]) => [key, text.replace(/\{\{ \$value( \| humanize)? \}\}/g, value)]),
  );
  return { labels: { ...rule.labels }, annotations };
}

function ruleNamed(groups: readonly RuleGroup[], name: string): AlertingRule {
  return groups.flatMap((group) => group.rules).find((rule): rule is AlertingRule => isAlertingRule(rule) && rule.alert === name) as AlertingRule;
}

/** Alert tests on a 1-minute grid: one location too few stays quiet, all locations past forAtLeast fire, flapping stays quiet. */
export function failingCases(spec: FlowSpec, groups: readonly RuleGroup[]): ProbeTestCase[] {
  const failing = ruleNamed(groups, flowAlertNames(spec.alertName).failing);
  const forMinutes = spec.alertWhen.forAtLeast.minutes;
  const locations = spec.locations.map((location) => location.name);
  const { failingLocations } = spec.alertWhen;
  const start = 10;
  const success = (location: string, parts: ReadonlyArray<readonly [number, number]>): InputSeries => ({
    metric: "probe_success",
    labels: locationLabels(spec, location),
    values: runs(parts),
  });
  const end = start + 3 * forMinutes + 30;
  const cases: ProbeTestCase[] = [];
  if (failingLocations > 1) {
    const down = locations.slice(0, failingLocations - 1);
    cases.push({
      name: `failing in ${down.length} of ${locations.length} locations stays quiet`,
      inputMinutes: 1,
      series: locations.map((location) => success(location, down.includes(location) ? [[1, start], [0, end - start]] : [[1, end]])),
      alerts: [{ minute: end - 1, alertname: failing.alert, firing: [] }],
      values: [],
    });
  }
  const outage = forMinutes + 15;
  cases.push({
    name: `failing in all ${locations.length} locations for longer than ${spec.alertWhen.forAtLeast} fires`,
    inputMinutes: 1,
    series: locations.map((location) => success(location, [[1, start], [0, outage], [1, 30]])),
    alerts: [
      { minute: start + forMinutes - 1, alertname: failing.alert, firing: [] },
      { minute: start + forMinutes + 5, alertname: failing.alert, firing: [fired(failing, String(locations.length))] },
      { minute: start + outage + 10, alertname: failing.alert, firing: [] },
    ],
    values: [],
  });
  if (forMinutes >= 3) {
    const flap: Array<[number, number]> = [[1, start]];
    for (let round = 0; round < 3; round++) {
      flap.push([0, forMinutes - 1], [1, 2]);
    }
    const minutes = flap.reduce((total, [, count]) => total + count, 0);
    cases.push({
      name: `flapping in all locations, each failure shorter than ${spec.alertWhen.forAtLeast}, stays quiet`,
      inputMinutes: 1,
      series: locations.map((location) => success(location, flap)),
      alerts: Array.from({ length: 3 }, (_, round) => ({
        minute: start + round * (forMinutes + 1) + forMinutes - 2,
        alertname: failing.alert,
        firing: [],
      })).concat([{ minute: minutes - 1, alertname: failing.alert, firing: [] }]),
      values: [],
    });
  }
  return cases;
}

/** The week-long tests on a 5-minute grid: a regression ticket, and uptime and reachability against hand-computed values. */
export function historyCases(spec: FlowSpec, groups: readonly RuleGroup[]): ProbeTestCase[] {
  const regression = ruleNamed(groups, flowAlertNames(spec.alertName).regression);
  const locations = spec.locations.map((location) => location.name);
  const step = 5;
  const usual = 0.5;
  const slower = 0.7;
  const ratio = slower / usual;
  const changeAt = REGRESSION_OFFSET.minutes + REGRESSION_WINDOW.minutes;
  const slowFor = REGRESSION_WINDOW.minutes + REGRESSION_FOR.minutes + 30;
  const duration = (location: string): InputSeries => ({
    metric: "probe_duration_seconds",
    labels: locationLabels(spec, location),
    values: runs([[usual, changeAt / step], [slower, slowFor / step + 1]]),
  });
  const firedAt = changeAt + REGRESSION_WINDOW.minutes + REGRESSION_FOR.minutes + step;

  // One day on a 5-minute grid, no sample at minute 0 (so that either end of a window may be open): every
  // location fails 6 runs at once (30 minutes), the first location 24 more runs (2 hours) on its own.
  const samples = 288;
  const [first, ...others] = locations;
  const firstValues = runs([[1, 119], [0, 6], [1, 14], [0, 24], [1, 125]], true);
  const otherValues = runs([[1, 119], [0, 6], [1, 163]], true);
  const success = (location: string, values: string): InputSeries => ({ metric: "probe_success", labels: locationLabels(spec, location), values });
  const flowLabels = { flow: spec.id, service: spec.service };
  // With one location, its own 24 failed runs are also time without any success.
  const uptime = 1 - (locations.length === 1 ? 30 : 6) / samples;
  const reachability = (samples * locations.length - 6 * locations.length - 24) / (samples * locations.length);
  return [
    {
      name: `${Math.round((ratio - 1) * 100)}% slower than the same hour a week before opens a regression ticket`,
      inputMinutes: step,
      series: locations.map(duration),
      alerts: [
        { minute: changeAt, alertname: regression.alert, firing: [] },
        { minute: firedAt, alertname: regression.alert, firing: [fired(regression, String(Number(ratio.toPrecision(4))))] },
      ],
      values: [],
    },
    {
      name: "uptime counts the time any location succeeds; reachability counts every successful probe",
      inputMinutes: step,
      series: [success(first, firstValues), ...others.map((location) => success(location, otherValues))],
      alerts: [],
      values: UPTIME_WINDOWS.flatMap((window) => [
        { minute: samples * step, metric: RECORDED.uptime(window), labels: flowLabels, value: uptime },
        { minute: samples * step, metric: RECORDED.reachability(window), labels: flowLabels, value: reachability },
      ]),
    },
  ];
}
