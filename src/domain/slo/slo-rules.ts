import { linkAnnotations } from "../rules/alert-rule";
import { Duration } from "../duration";
import * as promql from "../promql";
import type { AlertingRule, RecordingRule, RuleGroup } from "../rules/rules";
import type { AlertSeverity } from "../routing/routing";
import { alertWindows, errorBudget, objectiveRatio } from "./slo-math";
import { sliAbsence, sliErrorRatio, sliEventCount, sliPresence } from "./sli";
import { windowsOf, type SloSpec } from "./slo";
import { statusComponentRule } from "../status-page/component";

/** Recording-rule names, the same as Sloth's so that Sloth's Grafana dashboards keep working. */
export const SLO_METRICS = {
  errorRatio: (window: Duration) => `slo:sli_error:ratio_rate${window}`,
  events: (window: Duration) => `slo:sli_events:increase${window}`,
  objective: "slo:objective:ratio",
  errorBudget: "slo:error_budget:ratio",
  timePeriod: "slo:time_period:days",
  currentBurnRate: "slo:current_burn_rate:ratio",
  periodBurnRate: "slo:period_burn_rate:ratio",
  periodBudgetRemaining: "slo:period_error_budget_remaining:ratio",
  info: "sloth_slo_info",
} as const;

const ID_LABELS = ["sloth_id", "sloth_service", "sloth_slo"] as const;
const WINDOW_LABEL = "sloth_window";

/** How long the SLI's series may be missing before the absent alert fires. */
export const ABSENT_FOR = Duration.minutes(15);

/** The labels that identify an SLO's series: `sloth_id`, `sloth_service`, `sloth_slo`. */
export function sloIdentity(spec: Pick<SloSpec, "id" | "service" | "name">): Record<string, string> {
  return { sloth_id: spec.id, sloth_service: spec.service, sloth_slo: spec.name };
}

/** A recording of the SLO, selected by the SLO's identity labels. */
export function identitySelector(spec: SloSpec, metric: string) {
  return { metric, matchers: promql.equals(sloIdentity(spec)) };
}

/** The burn rate over a window: the window's error ratio over the error budget. */
export function burnRate(spec: SloSpec, window: Duration): promql.PromQL {
  return promql.divide(
    promql.selector(identitySelector(spec, SLO_METRICS.errorRatio(window))),
    promql.selector(identitySelector(spec, SLO_METRICS.errorBudget)),
    { on: ID_LABELS, groupLeft: true, tight: true },
  );
}

/** The shortest alert window, which also feeds the period window (5m for the workbook table). */
export function baseWindow(spec: SloSpec): Duration {
  return alertWindows(spec.windows)[0];
}

/** SLI recording rules: the error ratio for every alert window and for the whole period, events for pages. */
export function sliRecordingRules(spec: SloSpec): RecordingRule[] {
  const base = baseWindow(spec);
  const labelsFor = (window: Duration) => ({ ...spec.labels, ...sloIdentity(spec), [WINDOW_LABEL]: window.toString() });
  const ratios = alertWindows(spec.windows).map((window) => ({
    record: SLO_METRICS.errorRatio(window),
    expr: sliErrorRatio(spec.sli, window),
    labels: labelsFor(window),
  }));
  const baseSeries = identitySelector(spec, SLO_METRICS.errorRatio(base));
  const period = {
    record: SLO_METRICS.errorRatio(spec.period),
    expr: promql.divide(promql.overTime("sum_over_time", baseSeries, spec.period), promql.overTime("count_over_time", baseSeries, spec.period)),
    labels: labelsFor(spec.period),
  };
  return [...ratios, period, ...eventRecordingRules(spec, labelsFor)];
}

function eventRecordingRules(spec: SloSpec, labelsFor: (window: Duration) => Record<string, string>): RecordingRule[] {
  if (spec.minimumEventsForPage === 0) {
    return [];
  }
  return windowsOf(spec, "page").flatMap((window) => {
    const expr = sliEventCount(spec.sli, window.long);
    return expr === undefined ? [] : [{ record: SLO_METRICS.events(window.long), expr, labels: labelsFor(window.long) }];
  });
}

/** Sloth's metadata rules: objective, budget, burn rates and the budget left in the period; the public mark, if any. */
export function metaRecordingRules(spec: SloSpec): RecordingRule[] {
  const labels = { ...spec.labels, ...sloIdentity(spec) };
  return [
    { record: SLO_METRICS.objective, expr: promql.vector(objectiveRatio(spec.objectivePercent)), labels },
    { record: SLO_METRICS.errorBudget, expr: promql.vector(errorBudget(spec.objectivePercent)), labels },
    { record: SLO_METRICS.timePeriod, expr: promql.vector(spec.period.days), labels },
    { record: SLO_METRICS.currentBurnRate, expr: burnRate(spec, baseWindow(spec)), labels },
    { record: SLO_METRICS.periodBurnRate, expr: burnRate(spec, spec.period), labels },
    {
      record: SLO_METRICS.periodBudgetRemaining,
      expr: promql.minus(1, promql.selector(identitySelector(spec, SLO_METRICS.periodBurnRate))),
      labels,
    },
    {
      record: SLO_METRICS.info,
      expr: promql.vector(1),
      labels: { ...labels, sloth_mode: "watchkeeper", sloth_objective: String(spec.objectivePercent) },
    },
    // The window names the error ratio the status page's daily bars average.
    ...(spec.statusPage === undefined ? [] : [statusComponentRule(spec.statusPage, { ...labels, [WINDOW_LABEL]: baseWindow(spec).toString() }, spec.sli.kind === "query" ? spec.sli.errorRatio : undefined)]),
  ];
}

/** The default name of an SLO's burn-rate alert (page and ticket share it; `severity` tells them apart). */
export function burnAlertName(spec: Pick<SloSpec, "alertName">): string {
  return `${spec.alertName}ErrorBudgetBurn`;
}

/** Sloth's label of a burn-rate alert's severity, which Sloth's dashboards read (`ALERTS{sloth_severity="page"}`). */
export const SLOTH_SEVERITY_LABEL = "sloth_severity";

/** The name of the alert that fires when an SLO's metrics are missing. */
export function absentAlertName(spec: Pick<SloSpec, "alertName">): string {
  return `${spec.alertName}SLIMetricsAbsent`;
}

/** The multiwindow, multi-burn-rate alert of one severity, or undefined when the SLO has no such windows. */
export function burnRateAlert(spec: SloSpec, severity: AlertSeverity): AlertingRule | undefined {
  const windows = windowsOf(spec, severity);
  if (windows.length === 0) {
    return undefined;
  }
  const budget = errorBudget(spec.objectivePercent);
  const over = (metric: string, threshold: promql.PromQL, comparison: promql.Comparison = ">") =>
    promql.aggregate("max", { without: [WINDOW_LABEL] }, promql.compare(promql.selector(identitySelector(spec, metric)), comparison, threshold));
  const pairs = windows.map((window) => {
    const threshold = promql.times(promql.num(window.factor), promql.num(budget));
    const conditions = [
      over(SLO_METRICS.errorRatio(window.short), threshold),
      over(SLO_METRICS.errorRatio(window.long), threshold),
    ];
    if (severity === "page" && hasEventGuard(spec)) {
      conditions.push(over(SLO_METRICS.events(window.long), promql.num(spec.minimumEventsForPage), ">="));
    }
    return promql.allOf(...conditions);
  });
  const action = severity === "page" ? "at a rate that pages" : "faster than the objective allows";
  const { burnAlerts } = spec;
  const own = burnAlerts.bySeverity[severity];
  const text = {
    summary: `${spec.service} ${spec.name}: the error budget is burning ${action}`,
    description:
      `${spec.description ?? `SLO ${spec.name} of ${spec.service}`} (objective ${spec.objectivePercent}% over ` +
      `${spec.period}) is consuming its error budget ${action}: ` +
      windows.map((w) => `${w.budgetConsumedPercent}% of the budget in ${w.long} (${w.factor}x)`).join(", or ") +
      ".",
  };
  return {
    alert: burnAlerts.name,
    expr: promql.anyOf(...pairs),
    labels: { ...burnAlerts.labels, ...own.labels, ...spec.alertLabels, severity, [SLOTH_SEVERITY_LABEL]: severity },
    annotations: { ...annotations(spec, text), ...burnAlerts.annotations, ...own.annotations },
  };
}

/** Whether page alerts carry the low-traffic guard. */
export function hasEventGuard(spec: SloSpec): boolean {
  return spec.minimumEventsForPage > 0 && sliEventCount(spec.sli, spec.period) !== undefined;
}

/**
 * A ticket when the SLI's metrics are missing: the SLO is blind and no burn alert can fire. For a latency SLI it
 * also watches the bucket at the threshold, so that a threshold that is not a bucket bound opens a ticket.
 */
export function absentAlert(spec: SloSpec): AlertingRule {
  return {
    alert: absentAlertName(spec),
    expr: sliAbsence(spec.sli),
    for: ABSENT_FOR.toString(),
    labels: { ...spec.alertLabels, severity: "ticket" },
    annotations: annotations(spec, {
      summary: `${spec.service} ${spec.name}: the SLI's metrics are missing`,
      description:
        `No series of ${sliPresence(spec.sli).join(" or of ")} for ${ABSENT_FOR}: the SLO is blind and its burn-rate alerts ` +
        `cannot fire. Check that ${spec.service} is running and scraped, and that the metric was not renamed` +
        `${spec.sli.kind === "latency" ? ` and the threshold ${spec.sli.threshold} is one of the histogram's bucket bounds` : ""}.`,
    }),
  };
}

function annotations(spec: SloSpec, text: { summary: string; description: string }): Record<string, string> {
  return { ...text, ...linkAnnotations(spec) };
}

/** The names of an SLO's rule groups, in the order they are evaluated. */
export function sloGroupNames(id: string): [string, string, string] {
  return [`sloth-slo-sli-recordings-${id}`, `sloth-slo-meta-recordings-${id}`, `sloth-slo-alerts-${id}`];
}

/** All rule groups of an SLO, in Sloth's layout: SLI recordings, metadata recordings, alerts. */
export function sloRuleGroups(spec: SloSpec): RuleGroup[] {
  const alerts = [burnRateAlert(spec, "page"), burnRateAlert(spec, "ticket"), absentAlert(spec)];
  const [sli, meta, alerting] = sloGroupNames(spec.id);
  return [
    { name: sli, rules: sliRecordingRules(spec) },
    { name: meta, rules: metaRecordingRules(spec) },
    { name: alerting, rules: alerts.filter((rule) => rule !== undefined) },
  ];
}
