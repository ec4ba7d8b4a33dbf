import * as promql from "../promql";
import type { AlertingRule } from "../rules/rules";
import type { AlertSeverity } from "../routing/routing";
import { errorBudget } from "../slo/slo-math";
import { leLabelValue } from "../slo/latency-buckets";
import { sliPresenceSelectors, type EventRatioSli, type LatencySli } from "../slo/sli";
import type { SloSpec } from "../slo/slo";
import { ABSENT_FOR, absentAlert, burnRateAlert, hasEventGuard, sloIdentity } from "../slo/slo-rules";
import { EVALUATION_MINUTES, sloScenarios } from "./scenarios";
import type { Phase } from "./traffic-model";
import { solveLabelsExcluding } from "./labels";
import { trafficSeries, type TrafficSeries } from "./traffic";

/** A synthetic series and its one-sample-a-minute values. */
export interface InputSeries {
  readonly metric: string;
  readonly labels: Readonly<Record<string, string>>;
  /** promtool's expanding notation, e.g. `0+600x59`. */
  readonly values: string;
}

/** An alert the test expects to be firing, with its exact labels and annotations. */
export interface ExpectedAlert {
  readonly labels: Readonly<Record<string, string>>;
  readonly annotations: Readonly<Record<string, string>>;
}

export interface AlertCheck {
  readonly minute: number;
  readonly alertname: string;
  readonly firing: readonly ExpectedAlert[];
}

/** One test case: traffic, and the alerts that must (or must not) fire at given minutes. */
export interface RuleTestCase {
  readonly name: string;
  /** How often the rules are evaluated; every check falls on an evaluation. */
  readonly evaluationMinutes: number;
  /**
   * Minutes between two samples of the input series.
   * @default 1
   */
  readonly inputMinutes?: number;
  readonly series: readonly InputSeries[];
  readonly checks: readonly AlertCheck[];
}

/** The stand-in SLI that replaces a query SLI in its tests: the query is the user's, the alerts are ours. */
const STAND_IN_SLI: EventRatioSli = {
  kind: "events",
  errors: { metric: "watchkeeper_test_requests_total", matchers: [promql.matcher("outcome", "=", "error")] },
  total: { metric: "watchkeeper_test_requests_total", matchers: [] },
};

/**
 * The SLO as its tests see it: the same windows, thresholds, labels and guard, and for a query SLI (whose
 * series cannot be derived) a stand-in event-ratio SLI, so that the alert logic is still exercised; the stand-in
 * is guarded only when the query SLI is (it has `totalEvents`).
 */
export function testedSpec(spec: SloSpec): SloSpec {
  if (spec.sli.kind !== "query") {
    return spec;
  }
  return { ...spec, sli: STAND_IN_SLI, minimumEventsForPage: hasEventGuard(spec) ? spec.minimumEventsForPage : 0 };
}

/**
 * Counter values for one series over the phases, a sample every `step` minutes: 0 at minute 0, then the series'
 * share of each step's requests. promtool expands
 * `a+bxn` by adding `b` n times, so the last value of a run is summed the same way here: a phase that starts from a
 * value computed otherwise (a multiplication) could start one rounding below it, which Prometheus reads as a
 * counter reset.
 */
function counterValues(series: TrafficSeries, phases: readonly Phase[], step = 1): string {
  const known = counterCache.get(phases) ?? new Map<string, string>();
  counterCache.set(phases, known);
  const key = `${series.role} ${step}`;
  let values = known.get(key);
  if (values === undefined) {
    values = summedCounterValues(series.role, phases, step);
    known.set(key, values);
  }
  return values;
}

/**
 * Counter values by the phases they follow (a scenario's, shared by every SLO of the same thresholds), role and
 * step: summing a month of samples one by one is the costly part, and its result is the same for each such SLO.
 */
const counterCache = new WeakMap<readonly Phase[], Map<string, string>>();

function summedCounterValues(role: TrafficSeries["role"], phases: readonly Phase[], step: number): string {
  let value = 0;
  const parts = ["0"];
  phases.forEach((phase) => {
    const perSample = Number(
      promql.num(
        step *
          (role === "total" ? phase.requestsPerMinute : phase.requestsPerMinute * (role === "bad" ? phase.errorRatio : 1 - phase.errorRatio)),
      ),
    );
    const samples = phase.minutes / step;
    const first = value + perSample;
    // Written exactly (not rounded to 12 digits), so that promtool starts from the very value summed here.
    parts.push(`${String(first)}+${String(perSample)}x${samples - 1}`);
    value = first;
    for (let sample = 1; sample < samples; sample++) value += perSample;
  });
  return parts.join(" ");
}

function expected(rule: AlertingRule, extra: Readonly<Record<string, string>>): ExpectedAlert {
  return { labels: { ...extra, ...rule.labels }, annotations: rule.annotations };
}

/** The promtool test cases of an SLO (use with the rule groups of `testedSpec(spec)`). */
export function sloTestCases(original: SloSpec): RuleTestCase[] {
  const spec = testedSpec(original);
  const series = trafficSeries(spec.sli);
  const rules = {
    windows: spec.windows,
    budget: errorBudget(spec.objectivePercent),
    minimumEventsForPage: hasEventGuard(spec) ? spec.minimumEventsForPage : 0,
  };
  const burnLabels = { ...spec.labels, ...sloIdentity(spec) };
  const alerts = new Map<AlertSeverity, AlertingRule | undefined>([
    ["page", burnRateAlert(spec, "page")],
    ["ticket", burnRateAlert(spec, "ticket")],
  ]);
  const absent = absentAlert(spec);
  const burnName = (alerts.get("page") ?? alerts.get("ticket"))?.alert;
  const cases: RuleTestCase[] = sloScenarios(rules).map((scenario) => ({
    name: `${spec.id}: ${scenario.name}`,
    evaluationMinutes: scenario.evaluationMinutes,
    inputMinutes: scenario.inputMinutes,
    series: series.map((item) => ({ ...item, values: counterValues(item, scenario.phases, scenario.inputMinutes) })),
    checks: [
      ...scenario.expectations.flatMap((expectation) =>
        burnName === undefined
          ? []
          : [{
              minute: expectation.minute,
              alertname: burnName,
              firing: expectation.firing.map((severity) => expected(alerts.get(severity)!, burnLabels)),
            }],
      ),
      { minute: scenario.expectations.at(-1)?.minute ?? 0, alertname: absent.alert, firing: [] },
    ],
  }));
  const missingBucket = spec.sli.kind === "latency" ? [missingBucketCase(spec, spec.sli, absent)] : [];
  return [...cases, absentCase(spec, absent), ...missingBucket];
}

/** Minutes of series in an absent case: past the alert's `for` and one more evaluation. */
const ABSENT_CASE_MINUTES = ABSENT_FOR.minutes + 10;

/**
 * The watched metrics as other targets export them, one series per matcher of a presence selector (it satisfies the
 * selector's other matchers and not that one), so that an absent alert that ignored a matcher would see them and
 * stay quiet.
 */
function otherTargets(spec: SloSpec): InputSeries[] {
  const others = sliPresenceSelectors(spec.sli).flatMap((selector) =>
    selector.matchers.flatMap((matcher) => {
      const labels = solveLabelsExcluding(selector.matchers.filter((other) => other !== matcher), [matcher]);
      return labels === undefined ? [] : [{ metric: selector.metric, labels, values: `1+1x${ABSENT_CASE_MINUTES}` }];
    }),
  );
  return [...new Map(others.map((series) => [JSON.stringify(series), series])).values()];
}

/** Without any SLI series, the absent alert is pending at first and fires once its `for` has passed. */
function absentCase(spec: SloSpec, rule: AlertingRule): RuleTestCase {
  const unrelated = { metric: "up", labels: { job: "watchkeeper-test" }, values: `1+0x${ABSENT_CASE_MINUTES}` };
  return absentChecks(`${spec.id}: reports missing SLI metrics after ${ABSENT_FOR}`, spec, rule, [unrelated, ...otherTargets(spec)]);
}

/**
 * A latency SLI whose threshold names a bucket the service does not export: requests are counted, in other buckets
 * (here 1ms above the threshold, as when `499ms` is written for a `0.5` bucket), while other targets export the
 * bucket, and the absent alert fires.
 */
function missingBucketCase(spec: SloSpec, sli: LatencySli, rule: AlertingRule): RuleTestCase {
  const other = leLabelValue((sli.threshold.milliseconds + 1) / 1000);
  const phases: Phase[] = [{ minutes: ABSENT_CASE_MINUTES, requestsPerMinute: 600, errorRatio: 0 }];
  const series = trafficSeries(sli).map((item) => ({
    ...item,
    labels: item.role === "good" ? { ...item.labels, le: other } : item.labels,
    values: counterValues(item, phases),
  }));
  const name = `${spec.id}: reports a missing le="${leLabelValue(sli.threshold.seconds)}" bucket after ${ABSENT_FOR}`;
  const own = new Set(series.map((item) => JSON.stringify([item.metric, item.labels])));
  return absentChecks(name, spec, rule, [...series, ...otherTargets(spec).filter((item) => !own.has(JSON.stringify([item.metric, item.labels])))]);
}

/** The absent alert is pending at first and fires once its `for` has passed, labelled like the presence selector. */
function absentChecks(name: string, spec: SloSpec, rule: AlertingRule, series: InputSeries[]): RuleTestCase {
  const waited = ABSENT_FOR.minutes;
  const [presence] = sliPresenceSelectors(spec.sli);
  const fromSelector = Object.fromEntries(
    (presence?.matchers ?? []).filter((m) => m.operator === "=").map((m) => [m.name, m.value]),
  );
  return {
    name,
    evaluationMinutes: EVALUATION_MINUTES,
    series,
    checks: [
      { minute: waited - EVALUATION_MINUTES, alertname: rule.alert, firing: [] },
      { minute: waited + EVALUATION_MINUTES, alertname: rule.alert, firing: [expected(rule, fromSelector)] },
    ],
  };
}
