import { linkAnnotations } from "../rules/alert-rule";
import { Duration } from "../duration";
import * as promql from "../promql";
import type { PromQL, Selector } from "../promql";
import type { AlertingRule, RecordingRule, RuleGroup } from "../rules/rules";
import { attributeLabel, spanMetricNames, type TelemetrySpec } from "./telemetry";
import { compare } from "../promql";

/** The recordings of a service's RED metrics, told apart by the `service_name` label the span metrics carry. */
export const RED_METRICS = {
  calls: "service:span_calls:rate5m",
  errorRatio: "service:span_errors:ratio_rate5m",
  p95: "service:span_duration_milliseconds:p95_5m",
  p99: "service:span_duration_milliseconds:p99_5m",
  databaseP95: "service_operation:db_span_duration_milliseconds:p95_5m",
  failedEdges: "edge:service_graph_request_failed:rate5m",
  edgeFailureRatio: "edge:service_graph_request_failed:ratio_rate5m",
} as const;

/** The span metrics' labels, as the connectors name them and Prometheus spells them. */
export const SPAN_LABELS = { service: "service_name", kind: "span_kind", status: "status_code", name: "span_name" } as const;

const RATE_WINDOW = Duration.minutes(5);
/** How long a RED signal must stay past its threshold before its alert fires. */
export const SUSTAIN = Duration.minutes(10);
const WEEK = Duration.days(7);
const ANOMALY_WINDOW = Duration.hours(1);
/** The service's own work: spans it serves (HTTP, gRPC) and messages it consumes (a worker). */
const ENTRY_KINDS = "SPAN_KIND_SERVER|SPAN_KIND_CONSUMER";
const ERROR_STATUS = "STATUS_CODE_ERROR";
/** Throughput below this share of the same time last week is a drop. */
const THROUGHPUT_DROP_SHARE = 0.5;
/** Latency above this multiple of the same hour last week is an anomaly. */
const LATENCY_ANOMALY_FACTOR = 2;

function spanSelector(spec: Pick<TelemetrySpec, "service">, metric: string, extra: Selector["matchers"] = []): Selector {
  return { metric, matchers: [promql.matcher(SPAN_LABELS.service, "=", spec.service), ...extra] };
}

const entrySpans = promql.matcher(SPAN_LABELS.kind, "=~", ENTRY_KINDS);

/** A recording of the service, selected by its `service_name`. */
export function serviceSeries(spec: Pick<TelemetrySpec, "service">, metric: string): PromQL {
  return promql.selector({ metric, matchers: [promql.matcher(SPAN_LABELS.service, "=", spec.service)] });
}

/** The label of the database system on span metrics (`db.system`, a default dimension). */
export const DATABASE_LABEL = attributeLabel("db.system");

/** The series the RED rules and dashboards read: the service's own spans, its database spans, its outgoing edges. */
export function spanSelectors(spec: Pick<TelemetrySpec, "service" | "metricNaming">) {
  const names = spanMetricNames(spec.metricNaming);
  const client = { metric: names.graphRequests, matchers: [promql.matcher("client", "=", spec.service)] };
  return {
    calls: spanSelector(spec, names.calls, [entrySpans]),
    errors: spanSelector(spec, names.calls, [entrySpans, promql.matcher(SPAN_LABELS.status, "=", ERROR_STATUS)]),
    durations: spanSelector(spec, names.durationBucket, [entrySpans]),
    databaseDurations: spanSelector(spec, names.durationBucket, [promql.matcher(DATABASE_LABEL, "!=", "")]),
    edgeRequests: client,
    edgeFailures: { ...client, metric: names.graphFailedRequests },
  };
}

/** The summed per-second rate of a counter, by some labels. */
export function rateBy(labels: readonly string[], counter: Selector, window: Duration): PromQL {
  return promql.aggregate("sum", { by: labels }, promql.rate(counter, window));
}

/** `histogram_quantile(q, sum by (labels, le) (rate(buckets[window])))`. */
function quantileBy(quantile: number, labels: readonly string[], buckets: Selector, window: Duration): PromQL {
  return promql.histogramQuantile(quantile, rateBy([...labels, "le"], buckets, window));
}

function recordings(spec: TelemetrySpec): RecordingRule[] {
  const by = [SPAN_LABELS.service];
  const database = DATABASE_LABEL;
  const { calls, errors, durations, databaseDurations, edgeRequests: client, edgeFailures: failed } = spanSelectors(spec);
  return [
    { record: RED_METRICS.calls, expr: rateBy(by, calls, RATE_WINDOW) },
    { record: RED_METRICS.errorRatio, expr: promql.divide(rateBy(by, errors, RATE_WINDOW), rateBy(by, calls, RATE_WINDOW)) },
    { record: RED_METRICS.p95, expr: quantileBy(0.95, by, durations, RATE_WINDOW) },
    { record: RED_METRICS.p99, expr: quantileBy(0.99, by, durations, RATE_WINDOW) },
    { record: RED_METRICS.databaseP95, expr: quantileBy(0.95, [...by, database, SPAN_LABELS.name], databaseDurations, RATE_WINDOW) },
    { record: RED_METRICS.failedEdges, expr: promql.compare(rateBy(["client", "server"], failed, RATE_WINDOW), ">", 0) },
    {
      record: RED_METRICS.edgeFailureRatio,
      expr: promql.divide(rateBy(["client", "server"], failed, RATE_WINDOW), rateBy(["client", "server"], client, RATE_WINDOW)),
    },
  ];
}

/** The names of a service's alerts, `<Service><Signal>`. */
export function redAlertNames(spec: Pick<TelemetrySpec, "alertName">) {
  return {
    errorRatio: `${spec.alertName}HighErrorRatio`,
    p95: `${spec.alertName}LatencyP95High`,
    p99: `${spec.alertName}LatencyP99High`,
    throughputDrop: `${spec.alertName}ThroughputDrop`,
    latencyAnomaly: `${spec.alertName}LatencyAnomaly`,
    slowDatabase: `${spec.alertName}SlowDatabaseOperations`,
    failingDependency: `${spec.alertName}DependencyFailing`,
  };
}

function alert(spec: TelemetrySpec, name: string, expr: PromQL, sustain: Duration, summary: string, description: string): AlertingRule {
  return {
    alert: name,
    expr,
    for: sustain.toString(),
    labels: { severity: spec.severity, ...spec.alertLabels },
    annotations: { summary, description, ...linkAnnotations(spec) },
  };
}

function alerts(spec: TelemetrySpec): AlertingRule[] {
  const names = redAlertNames(spec);
  const { errorRatio, p95, p99, databaseP95 } = spec.thresholds;
  const series = (metric: string) => serviceSeries(spec, metric);
  const service = spec.service;
  const latency = (quantile: string, metric: string, target: Duration, name: string) =>
    alert(spec, name, promql.compare(series(metric), ">", promql.num(target.milliseconds)), SUSTAIN,
      `${service}: ${quantile} latency above ${target}`,
      `The ${quantile} of ${service}'s request durations has been above its target of ${target} for ${SUSTAIN}.`);
  return [
    alert(spec, names.errorRatio, promql.compare(series(RED_METRICS.errorRatio), ">", promql.num(errorRatio)), SUSTAIN,
      `${service}: error ratio above ${promql.num(errorRatio * 100)}%`,
      `More than ${promql.num(errorRatio * 100)}% of ${service}'s requests have failed for ${SUSTAIN}.`),
    latency("p95", RED_METRICS.p95, p95, names.p95),
    latency("p99", RED_METRICS.p99, p99, names.p99),
    alert(spec, names.throughputDrop,
      compare(series(RED_METRICS.calls), "<", promql.times(promql.num(THROUGHPUT_DROP_SHARE), promql.offset(series(RED_METRICS.calls), WEEK))),
      Duration.minutes(30), `${service}: throughput dropped`,
      `${service} serves less than ${THROUGHPUT_DROP_SHARE * 100}% of the requests it served at the same time last week.`),
    alert(spec, names.latencyAnomaly,
      promql.compare(promql.overTime("avg_over_time", series(RED_METRICS.p95), ANOMALY_WINDOW), ">",
        promql.times(promql.num(LATENCY_ANOMALY_FACTOR), promql.overTime("avg_over_time", series(RED_METRICS.p95), ANOMALY_WINDOW, WEEK))),
      Duration.minutes(30), `${service}: p95 latency unusual for the hour`,
      `${service}'s p95 latency over the last hour is more than ${LATENCY_ANOMALY_FACTOR} times that of the same hour last week.`),
    alert(spec, names.slowDatabase, promql.compare(series(RED_METRICS.databaseP95), ">", promql.num(databaseP95.milliseconds)), SUSTAIN,
      `${service}: slow database operation {{ $labels.span_name }}`,
      `The p95 of ${service}'s {{ $labels.db_system }} operation {{ $labels.span_name }} is above ${databaseP95}.`),
    alert(spec, names.failingDependency,
      promql.compare(promql.selector({ metric: RED_METRICS.edgeFailureRatio, matchers: [promql.matcher("client", "=", service)] }), ">", promql.num(errorRatio)),
      SUSTAIN, `${service}: calls to {{ $labels.server }} failing`,
      `More than ${promql.num(errorRatio * 100)}% of ${service}'s calls to {{ $labels.server }} have failed for ${SUSTAIN}.`),
  ];
}

/** A service's RED recordings and alerts: one group of recordings, one of alerts that read them. */
export function redRuleGroups(spec: TelemetrySpec): RuleGroup[] {
  return [
    { name: `${spec.id}-red-recordings`, rules: recordings(spec) },
    { name: `${spec.id}-red-alerts`, rules: alerts(spec) },
  ];
}
