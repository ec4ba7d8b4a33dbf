import { isAlertingRule, type AlertingRule, type RuleGroup } from "../rules/rules";
import { sampleValues, type Sample } from "../rule-tests/samples";
import type { ExpectedAlert } from "../rule-tests/slo-tests";
import { flowAlertNames, httpSteps, type FlowSpec } from "./flow";
import { REGRESSION_FOR, REGRESSION_OFFSET, REGRESSION_WINDOW } from "./probe-alerts";
import { testedProbeLabels, type ProbeTestCase } from "./probe-tests";

/** How often the week-long regression test evaluates the rules: coarse enough to be cheap, fine enough that a longer `for` fires later. */
export const HISTORY_EVALUATION_MINUTES = 30;
/** The interval of its input samples. */
const STEP = 5;

/**
 * The performance regression ticket on a week of history: every location takes 40% longer than the same hour a week
 * before, from `changeAt`. Only the samples the rule reads are written (the hours around `changeAt`, now and a week
 * before, and an hour faster before those, which a longer window would read); the week in between is empty.
 */
export function regressionCase(spec: FlowSpec, groups: readonly RuleGroup[]): ProbeTestCase {
  const name = flowAlertNames(spec.alertName).regression;
  const rule = groups.flatMap((group) => group.rules).find((candidate): candidate is AlertingRule => isAlertingRule(candidate) && candidate.alert === name) as AlertingRule;
  const [faster, usual, slower] = [0.4, 0.5, 0.7];
  const window = REGRESSION_WINDOW.minutes;
  const changeAt = REGRESSION_OFFSET.minutes + 2 * window;
  const recentAverage = (minute: number) => {
    const samples = [];
    for (let at = Math.ceil((minute - window) / STEP) * STEP; at <= minute; at += STEP) samples.push(at < changeAt ? usual : slower);
    return samples.reduce((sum, value) => sum + value, 0) / samples.length;
  };
  // The first evaluation at which the last hour is regressionRatio times slower than a week before, then `for`.
  let onset = changeAt;
  while (recentAverage(onset) / usual <= spec.regressionRatio) onset += HISTORY_EVALUATION_MINUTES;
  const firedAt = onset + REGRESSION_FOR.minutes;
  const end = firedAt + HISTORY_EVALUATION_MINUTES;
  const samples: Sample[] = Array.from({ length: end / STEP + 1 }, (_, index) => {
    const minute = index * STEP;
    const weekBefore = minute <= end - REGRESSION_OFFSET.minutes;
    const recent = minute >= changeAt - window - STEP;
    return recent ? (minute < changeAt ? usual : slower) : weekBefore ? (minute < window ? faster : usual) : "missing";
  });
  const [step] = httpSteps(spec);
  const ratio = recentAverage(firedAt) / usual;
  const firing: ExpectedAlert = {
    labels: { env: spec.alertLabels.env, service: spec.service, flow: spec.id, ...rule.labels },
    annotations: Object.fromEntries(Object.entries(rule.annotations).map(([key, text]) => [key, text.replace("{{ $value | humanize }}", String(Number(ratio.toPrecision(4))))])),
  };
  return {
    name: `every location ${Math.round((slower / usual - 1) * 100)}% slower than the same hour a week before: ${name} from +${firedAt - changeAt}m`,
    inputMinutes: STEP,
    series: spec.locations.map((location) => ({
      metric: "probe_duration_seconds",
      labels: testedProbeLabels(spec, step.url, location.name),
      values: sampleValues(samples),
    })),
    alerts: [
      { minute: changeAt, alertname: name, firing: [] },
      { minute: firedAt - HISTORY_EVALUATION_MINUTES, alertname: name, firing: [] },
      { minute: firedAt, alertname: name, firing: [firing] },
    ],
    queries: [],
  };
}
