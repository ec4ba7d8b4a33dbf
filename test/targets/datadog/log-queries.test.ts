import { describe, expect, it } from "vitest";
import { Duration } from "../../../src/domain/duration";
import type { LogAlertSpec } from "../../../src/domain/logs/log-alert";
import { and, equals, exists, not, oneOf, or, range, text } from "../../../src/domain/logs/log-query";
import { datadogLogAnomalyQuery, datadogLogAlertQuery, logsMetricName } from "../../../src/targets/datadog/log-monitors";
import { datadogLogSearch } from "../../../src/targets/datadog/log-search";

describe("Datadog log search", () => {
  it("names ECS fields as Datadog's reserved attributes or facets", () => {
    expect(datadogLogSearch(and(equals("service.name", "planner"), equals("log.level", "error"), equals("host.name", "web-1"), equals("error.type", "Timeout")))).toBe(
      "service:planner AND status:error AND host:web-1 AND @error.type:Timeout",
    );
  });

  it("renders exists, ranges, free text, or and not, quoting what needs it", () => {
    expect(datadogLogSearch(and(exists("trace.id"), range("http.response.status_code", { gte: 500 }), text('said "no"'), not(oneOf("source.geo.country_iso_code", ["DE", "FR"]))))).toBe(
      '@trace.id:* AND @http.response.status_code:[500 TO *] AND "said \\"no\\"" AND -(@source.geo.country_iso_code:DE OR @source.geo.country_iso_code:FR)',
    );
    expect(datadogLogSearch(or(equals("user.name", "Ana Lima"), equals("url.path", "/health")))).toBe('@user.name:"Ana Lima" OR @url.path:/health');
  });
});

describe("Datadog log monitors", () => {
  const spec: LogAlertSpec = {
    id: "planner-error-spike",
    alertName: "PlannerErrorSpike",
    service: "planner",
    query: and(equals("service.name", "planner"), equals("user.name", "Ana Lima")),
    condition: { kind: "anomaly", window: Duration.parse("15m") },
    severity: "ticket",
    description: "errors",
    labels: {},
  };

  it("counts matching logs over the window, per facet, escaping quotes", () => {
    expect(datadogLogAlertQuery(spec, { above: 50, window: Duration.parse("5m"), groupBy: "error.type" })).toBe(
      'logs("service:planner AND @user.name:\\"Ana Lima\\"").index("*").rollup("count").by("@error.type").last("5m") > 50',
    );
    expect(datadogLogAlertQuery(spec, { above: 0, window: Duration.parse("1h") })).toMatch(/\.rollup\("count"\)\.last\("1h"\) > 0$/);
  });

  it("watches an unusual volume through a logs metric with weekly seasonality", () => {
    const metric = logsMetricName("planner", spec);
    expect(metric).toBe("planner.logs.planner_error_spike");
    expect(datadogLogAnomalyQuery(metric, spec, Duration.parse("15m"))).toBe(
      "avg(last_4h):anomalies(sum:planner.logs.planner_error_spike{service:planner}.as_count(), 'agile', 2, direction='above', alert_window='last_15m', interval=60, count_default_zero='true', seasonality='weekly') >= 1",
    );
  });
});
