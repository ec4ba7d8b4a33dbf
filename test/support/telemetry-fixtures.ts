import { Duration } from "../../src/domain/duration";
import { DEFAULT_BUCKETS_MS, DEFAULT_DIMENSIONS, type TelemetrySpec } from "../../src/domain/apm/telemetry";

/** The telemetry spec of a Node.js API with the planner's thresholds, with `overrides`. */
export function apiTelemetrySpec(overrides: Partial<TelemetrySpec> = {}): TelemetrySpec {
  return {
    id: "planner-api",
    service: "planner-api",
    language: "nodejs",
    version: "2.0.0",
    environment: "production",
    traceSampleRatio: 0.1,
    keepRatio: 0.1,
    thresholds: { errorRatio: 0.001, p95: Duration.parse("500ms"), p99: Duration.parse("1s"), databaseP95: Duration.parse("250ms") },
    dimensions: [...DEFAULT_DIMENSIONS],
    bucketsMs: [...DEFAULT_BUCKETS_MS],
    metricNaming: "with-suffixes",
    namespace: "monitoring",
    datadog: false,
    severity: "ticket",
    alertName: "PlannerApi",
    alertLabels: { team: "planner", service: "planner-api", env: "production" },
    runbookUrl: "https://runbooks.example.com/planner-api",
    ...overrides,
  };
}
