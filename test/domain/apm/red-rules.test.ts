import { describe, expect, it } from "vitest";
import { redRuleGroups } from "../../../src/domain/apm/red-rules";
import { promqlError } from "../../../src/domain/promql";
import { apiTelemetrySpec } from "../../support/telemetry-fixtures";

function exprOf(name: string, spec = apiTelemetrySpec()): string {
  const rule = redRuleGroups(spec).flatMap((group) => group.rules).find((r) => ("alert" in r ? r.alert : r.record) === name);
  return rule?.expr ?? "";
}

describe("RED rules of a service's span metrics", () => {
  it("record the error ratio and p95 of the service's own spans (served and consumed) under the exporter's names", () => {
    expect(exprOf("service:span_errors:ratio_rate5m")).toBe(
      '(sum by (service_name) (rate(traces_span_metrics_calls_total{service_name="planner-api",span_kind=~"SPAN_KIND_SERVER|SPAN_KIND_CONSUMER",status_code="STATUS_CODE_ERROR"}[5m])))' +
        ' / (sum by (service_name) (rate(traces_span_metrics_calls_total{service_name="planner-api",span_kind=~"SPAN_KIND_SERVER|SPAN_KIND_CONSUMER"}[5m])))',
    );
    expect(exprOf("service:span_duration_milliseconds:p95_5m", apiTelemetrySpec({ metricNaming: "without-suffixes" }))).toBe(
      'histogram_quantile(0.95, sum by (service_name, le) (rate(traces_span_metrics_duration_bucket{service_name="planner-api",span_kind=~"SPAN_KIND_SERVER|SPAN_KIND_CONSUMER"}[5m])))',
    );
  });

  it("record slow database operations by system and span name, and failing service-graph edges", () => {
    expect(exprOf("service_operation:db_span_duration_milliseconds:p95_5m")).toBe(
      'histogram_quantile(0.95, sum by (service_name, db_system, span_name, le) (rate(traces_span_metrics_duration_milliseconds_bucket{service_name="planner-api",db_system!=""}[5m])))',
    );
    expect(exprOf("edge:service_graph_request_failed:rate5m")).toBe(
      '(sum by (client, server) (rate(traces_service_graph_request_failed_total{client="planner-api"}[5m]))) > 0',
    );
  });

  it("alert on the thresholds, a throughput drop and latency against the same hour last week", () => {
    expect(exprOf("PlannerApiLatencyP95High")).toBe('service:span_duration_milliseconds:p95_5m{service_name="planner-api"} > 500');
    expect(exprOf("PlannerApiHighErrorRatio")).toBe('service:span_errors:ratio_rate5m{service_name="planner-api"} > 0.001');
    expect(exprOf("PlannerApiThroughputDrop")).toBe(
      'service:span_calls:rate5m{service_name="planner-api"} < (0.5 * (service:span_calls:rate5m{service_name="planner-api"} offset 1w))',
    );
    expect(exprOf("PlannerApiLatencyAnomaly")).toBe(
      'avg_over_time(service:span_duration_milliseconds:p95_5m{service_name="planner-api"}[1h]) > (2 * avg_over_time(service:span_duration_milliseconds:p95_5m{service_name="planner-api"}[1h] offset 1w))',
    );
    for (const rule of redRuleGroups(apiTelemetrySpec()).flatMap((group) => group.rules)) {
      expect(promqlError(rule.expr), rule.expr).toBeUndefined();
    }
  });
});
