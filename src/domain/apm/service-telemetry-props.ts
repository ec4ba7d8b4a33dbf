import type { MetricNaming } from "./telemetry";
import type { AlertOwner, AlertSeverity } from "../routing/routing";

/** What the service must achieve; each target is an alert on the span metrics when missed. */
export interface TelemetryThresholdProps {
  /** The highest share of failed server spans, 0 to 1. @default 0.01 @example 0.001 */
  readonly errorRatio?: number;
  /** The highest 95th percentile of server span durations. @default "500ms" */
  readonly p95?: string;
  /** The highest 99th percentile of server span durations. @default "1s" */
  readonly p99?: string;
  /** The highest 95th percentile of one database operation (spans with `db.system`). @default the p95 target */
  readonly databaseP95?: string;
}

/** How the span metrics are cut, and which cuts are allowed. */
export interface SpanMetricsProps {
  /**
   * Span attributes that become labels of the span metrics, besides `http.request.method`,
   * `http.response.status_code` and `db.system` (and the connector's service, span name, kind and status).
   * An attribute known to explode cardinality (`http.url`, `url.full`, user or session ids, client addresses)
   * is an error unless listed in `allowHighCardinality`.
   * @default none
   * @example ["messaging.destination.name"]
   */
  readonly dimensions?: readonly string[];
  /**
   * High-cardinality attributes accepted in `dimensions` on purpose, e.g. on a service with few distinct URLs.
   * @default none
   */
  readonly allowHighCardinality?: readonly string[];
  /** The duration histogram's bucket bounds, in milliseconds, increasing. @default 5 to 10000 in 12 buckets */
  readonly bucketsMs?: readonly number[];
  /**
   * How the collector's Prometheus exporter spells the metrics, which the rules and dashboards read:
   * `"with-suffixes"` gives `traces_span_metrics_calls_total` and `traces_span_metrics_duration_milliseconds_bucket`,
   * `"without-suffixes"` gives `traces_span_metrics_calls` and `traces_span_metrics_duration_bucket`.
   * @default "with-suffixes"
   */
  readonly metricNaming?: MetricNaming;
}

/** Where the service's telemetry goes. */
export interface TelemetryOutputProps {
  /**
   * Datadog too: the collector exports traces and Datadog's APM statistics (the `api-key` and `site` of the
   * Kubernetes Secret `datadog-secret`), and Terraform writes APM monitors on the trace metrics and a
   * `datadog_software_catalog` entity.
   * @default false
   */
  readonly datadog?: boolean;
  /**
   * The service's entry operation on Datadog, the `<span>` of its trace metrics `trace.<span>.hits`.
   * @default "http.server.request"
   * @example "celery.run"
   */
  readonly datadogOperation?: string;
  /**
   * The operation of the service's database client spans on Datadog (`<db.system>.query` for OpenTelemetry spans),
   * the `<span>` of the trace metric whose p95 by `resource_name` is watched against `thresholds.databaseP95`.
   * @default "postgresql.query"
   * @example "mysql.query"
   */
  readonly datadogDatabaseOperation?: string;
  /**
   * The operation of the service's outgoing calls on Datadog, the `<span>` of the trace metrics whose error ratio
   * by `peer.service` is watched against `thresholds.errorRatio`.
   * @default "http.client.request"
   */
  readonly datadogClientOperation?: string;
}

/** The props of ServiceTelemetry: how a service is instrumented, sampled and alerted on. */
export interface ServiceTelemetryProps {
  /** The service: `service.name` of its spans and the `service` label of its alerts. @example "planner-api" */
  readonly service: string;
  /** The language the OpenTelemetry Operator instruments: nodejs, python, java, dotnet or go. */
  readonly language: string;
  /** The service's version, `service.version` of its spans. @example "2.0.0" */
  readonly version: string;
  /**
   * The share of traces sampled at the source (`parentbased_traceidratio`), 0 to 1.
   * @default the stack's traceSampleRatio (SENTRY_TRACES_SAMPLE_RATE), 0.1 when unset
   */
  readonly traceSampleRatio?: number;
  /**
   * The share of sampled traces that are neither failed nor slow which the collector's tail sampling keeps,
   * 0 to 1; failed traces and traces slower than the p99 target are always kept.
   * @default 0.1
   */
  readonly keepRatio?: number;
  /** @default error ratio 0.01, p95 500ms, p99 1s, database p95 the p95 target */
  readonly thresholds?: TelemetryThresholdProps;
  /**
   * Also declare the thresholds as ServiceSlos on the span metrics, over this period: the error ratio (objective
   * `1 - errorRatio`), p95 (95% of requests within the p95 target) and p99. Their burn-rate alerts, tests and
   * dashboards are a ServiceSlo's, on Prometheus and Grafana.
   * @default none: the thresholds are only the RED alerts
   * @example "30d"
   */
  readonly sloPeriod?: string;
  /** @default the default dimensions, buckets and naming */
  readonly spanMetrics?: SpanMetricsProps;
  /** @default Prometheus only */
  readonly outputs?: TelemetryOutputProps;
  /** The team that receives the service's alerts: an OnCallTeam, or a team's name. @default the stack's defaultOwner */
  readonly owner?: AlertOwner | string;
  /** What to do when an alert fires; required when the alerts page. @default none */
  readonly runbookUrl?: string;
  /** The services and resources the service calls, by name: its software catalog dependencies. @default none */
  readonly dependsOn?: readonly string[];
  /** How loudly the service's alerts go out. @default "ticket" */
  readonly severity?: AlertSeverity;
}
