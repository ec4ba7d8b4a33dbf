import { alertRule } from "../rules/alert-rule";
import { Duration } from "../duration";
import * as promql from "../promql/builder";
import type { AlertOwner, AlertSeverity } from "../routing/routing";
import type { AlertingRule, RecordingRule, RuleGroup } from "../rules/rules";
import { WINDOW_PLACEHOLDER } from "../slo/sli";
import { flowAlertNames, httpSteps, type FlowSpec } from "./flow";
import { aggregateBy, compare, minus } from "../promql/operators";
import { overTime } from "../promql/operators";

/** The labels a flow's series are aggregated by: a flow's series of every location become one. */
const FLOW_LABELS = ["env", "service", "flow"];

/** The windows uptime and reachability are recorded over. */
export const UPTIME_WINDOWS = [Duration.days(1), Duration.days(7), Duration.days(30)];

/** A certificate expiring within this long opens a ticket. */
export const TLS_WARNING = Duration.days(14);

/** The window of recent response times compared with the same window a week before. */
export const REGRESSION_WINDOW = Duration.hours(1);
export const REGRESSION_OFFSET = Duration.days(7);
/** How long a regression must last before the ticket opens. */
export const REGRESSION_FOR = Duration.minutes(30);

/** The recorded series: whether any location succeeded, uptime and reachability per window. */
export const RECORDED = {
  anySuccess: "flow:probe_success:max",
  uptime: (window: Duration) => `flow:uptime:ratio_avg${window}`,
  reachability: (window: Duration) => `flow:reachability:ratio_avg${window}`,
};

/**
 * The blackbox exporter series of one flow (every location), e.g. `probe_success{flow="planner-api"}`. Like the
 * SLO rules, they select no `env`: each environment's Prometheus evaluates its own rules.
 */
export function probeSeries(metric: string, spec: Pick<FlowSpec, "id">): string {
  return promql.selector({ metric, matchers: promql.equals({ flow: spec.id }) });
}

function anySuccess(flowId: string): string {
  return promql.selector({ metric: RECORDED.anySuccess, matchers: promql.equals({ flow: flowId }) });
}

/**
 * The uptime SLI of a flow, for its ServiceSlo: the share of time at least one location succeeded, with
 * `{{.window}}` where the range goes; the runs recorded count as the events of the low-traffic guard.
 */
export function uptimeSli(flowId: string): { errorRatio: string; totalEvents: string } {
  return {
    errorRatio: promql.oneMinus(overTime("avg_over_time", anySuccess(flowId), WINDOW_PLACEHOLDER)),
    totalEvents: overTime("count_over_time", anySuccess(flowId), WINDOW_PLACEHOLDER),
  };
}

function recordings(spec: FlowSpec): RecordingRule[] {
  const success = probeSeries("probe_success", spec);
  const byFlow = (expression: string) => aggregateBy("sum", FLOW_LABELS, expression);
  return [
    { record: RECORDED.anySuccess, expr: aggregateBy("max", FLOW_LABELS, success) },
    ...UPTIME_WINDOWS.map((window) => ({
      record: RECORDED.uptime(window),
      expr: overTime("avg_over_time", anySuccess(spec.id), window),
    })),
    ...UPTIME_WINDOWS.map((window) => ({
      record: RECORDED.reachability(window),
      expr: promql.divide(byFlow(overTime("sum_over_time", success, window)), byFlow(overTime("count_over_time", success, window))),
    })),
  ];
}

/** Whether a flow's request goes over TLS, so that its certificate can expire. */
function usesTls(spec: FlowSpec): boolean {
  return httpSteps(spec).some((step) => step.url.startsWith("https://"));
}

/** The alerts of a flow's probes, by name and severity, for the stack's routing check. */
export function probeAlertSeverities(spec: FlowSpec): Array<{ name: string; severity: AlertSeverity }> {
  const names = flowAlertNames(spec.alertName);
  return [
    { name: names.failing, severity: spec.criticality },
    ...(spec.responseTimeLimit === undefined ? [] : [{ name: names.slow, severity: "ticket" as const }]),
    ...(usesTls(spec) ? [{ name: names.tlsExpiring, severity: "ticket" as const }] : []),
    { name: names.regression, severity: "ticket" },
  ];
}

function alerts(spec: FlowSpec, owner: AlertOwner): AlertingRule[] {
  const names = flowAlertNames(spec.alertName);
  const { failingLocations, forAtLeast } = spec.alertWhen;
  const common = {
    owner,
    service: spec.service,
    environment: spec.alertLabels.env,
    runbookUrl: spec.runbookUrl,
    dashboardUrl: spec.dashboardUrl,
    labels: { flow: spec.id },
  };
  const flow = `${spec.service} flow ${spec.name}`;
  const duration = probeSeries("probe_duration_seconds", spec);
  const rules: AlertingRule[] = [
    alertRule({
      ...common,
      name: names.failing,
      severity: spec.criticality,
      expr: promql.atLeast(aggregateBy("count", FLOW_LABELS, compare(probeSeries("probe_success", spec), "==", 0)), promql.num(failingLocations)),
      for: forAtLeast,
      summary: `${flow} is failing`,
      description: `${flow} fails from {{ $value }} of ${spec.locations.length} locations for ${forAtLeast} (alert at ${failingLocations}).`,
    }),
  ];
  if (spec.responseTimeLimit !== undefined) {
    rules.push(
      alertRule({
        ...common,
        name: names.slow,
        severity: "ticket",
        expr: promql.greaterThan(aggregateBy("max", [...FLOW_LABELS, "location"], duration), promql.num(spec.responseTimeLimit.seconds)),
        for: forAtLeast,
        summary: `${flow} is slow`,
        description: `${flow} takes {{ $value }}s from {{ $labels.location }}, more than ${spec.responseTimeLimit}.`,
      }),
    );
  }
  if (usesTls(spec)) {
    const expiry = minus(aggregateBy("min", FLOW_LABELS, probeSeries("probe_ssl_earliest_cert_expiry", spec)), "time()");
    rules.push(
      alertRule({
        ...common,
        name: names.tlsExpiring,
        severity: "ticket",
        expr: compare(expiry, "<", TLS_WARNING.seconds),
        for: Duration.hours(1),
        summary: `The TLS certificate of ${flow} expires soon`,
        description: `The certificate ${flow} is served with expires in {{ $value | humanizeDuration }}, less than ${TLS_WARNING}.`,
      }),
    );
  }
  const recent = aggregateBy("avg", FLOW_LABELS, overTime("avg_over_time", duration, REGRESSION_WINDOW));
  const weekBefore = aggregateBy("avg", FLOW_LABELS, overTime("avg_over_time", duration, REGRESSION_WINDOW, REGRESSION_OFFSET));
  rules.push(
    alertRule({
      ...common,
      name: names.regression,
      severity: "ticket",
      expr: promql.greaterThan(promql.divide(recent, weekBefore), promql.num(spec.regressionRatio)),
      for: REGRESSION_FOR,
      summary: `${flow} is slower than a week ago`,
      description: `${flow} takes {{ $value | humanize }} times as long as the same hour a week before (ticket above ${spec.regressionRatio}).`,
    }),
  );
  return rules;
}

/** The rule group name of a flow's probes. */
export function probeGroupName(spec: Pick<FlowSpec, "id">): string {
  return `synthetics-${spec.id}`;
}

/**
 * A flow's probe rules: whether any location succeeds, uptime and reachability over 1d, 7d and 30d; a failing
 * alert when `failingLocations` locations fail for `forAtLeast`; tickets when a location is slower than the
 * flow's limit, when the certificate expires within 14 days, and when the flow is `regressionRatio` times slower
 * than the same hour a week before.
 */
export function probeRuleGroups(spec: FlowSpec, owner: AlertOwner): RuleGroup[] {
  return [{ name: probeGroupName(spec), rules: [...recordings(spec), ...alerts(spec, owner)] }];
}
