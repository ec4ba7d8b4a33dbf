import type { Duration } from "../duration";
import type { AlertSeverity } from "../routing/routing";

/** The languages the OpenTelemetry Operator auto-instruments, by the name of its `inject-<language>` annotation. */
export const TELEMETRY_LANGUAGES = ["nodejs", "python", "java", "dotnet", "go"] as const;

/** A language the OpenTelemetry Operator auto-instruments. */
export type TelemetryLanguage = (typeof TELEMETRY_LANGUAGES)[number];

/** Whether a text names a supported language. */
export function isTelemetryLanguage(text: string): text is TelemetryLanguage {
  return (TELEMETRY_LANGUAGES as readonly string[]).includes(text);
}

/**
 * Span attributes whose values are unbounded (every URL, user or client address is a new series): as a
 * span-metric dimension each would multiply the metrics' series by the number of its values.
 */
export const HIGH_CARDINALITY_ATTRIBUTES = [
  "http.url",
  "url.full",
  "http.target",
  "url.query",
  "user.id",
  "enduser.id",
  "session.id",
  "http.client_ip",
  "client.address",
  "net.sock.peer.addr",
] as const;

/** Whether a span attribute is known to explode the cardinality of span metrics. */
export function isHighCardinality(attribute: string): boolean {
  return (HIGH_CARDINALITY_ATTRIBUTES as readonly string[]).includes(attribute);
}

/**
 * How the collector's Prometheus exporter spells the span metrics' names: `"with-suffixes"` (its default,
 * `add_metric_suffixes: true`) appends the type and unit (`traces_span_metrics_calls_total`,
 * `traces_span_metrics_duration_milliseconds_bucket`); `"without-suffixes"` keeps the connector's names
 * (`traces_span_metrics_calls`, `traces_span_metrics_duration_bucket`). The service graph's names carry their
 * `_total` already and read the same both ways.
 */
export type MetricNaming = "with-suffixes" | "without-suffixes";

/** The Prometheus names of the span and service-graph metrics under a naming. */
export interface SpanMetricNames {
  readonly calls: string;
  /** The duration histogram's buckets, in milliseconds. */
  readonly durationBucket: string;
  readonly graphRequests: string;
  readonly graphFailedRequests: string;
}

/** The span and service-graph metrics' names as Prometheus stores them under `naming`. */
export function spanMetricNames(naming: MetricNaming): SpanMetricNames {
  const suffixed = naming === "with-suffixes";
  return {
    calls: suffixed ? "traces_span_metrics_calls_total" : "traces_span_metrics_calls",
    durationBucket: suffixed ? "traces_span_metrics_duration_milliseconds_bucket" : "traces_span_metrics_duration_bucket",
    graphRequests: "traces_service_graph_request_total",
    graphFailedRequests: "traces_service_graph_request_failed_total",
  };
}

/** A span attribute as a Prometheus label: dots become underscores (`db.system` → `db_system`). */
export function attributeLabel(attribute: string): string {
  return attribute.replace(/[^A-Za-z0-9_]/g, "_");
}

/** The span-metric dimensions every service gets besides its own: the database ones feed the slow-query rules. */
export const DEFAULT_DIMENSIONS = ["http.request.method", "http.response.status_code", "db.system"] as const;

/** The duration histogram's bucket bounds in milliseconds, fine around common latency targets. */
export const DEFAULT_BUCKETS_MS = [5, 10, 25, 50, 100, 250, 500, 750, 1000, 2500, 5000, 10000] as const;

/** What a service must achieve, each an alert when missed. */
export interface TelemetryThresholds {
  /** The highest share of failed server spans, in [0, 1). */
  readonly errorRatio: number;
  readonly p95: Duration;
  readonly p99: Duration;
  /** The highest p95 of one database operation. */
  readonly databaseP95: Duration;
}

/** A service's telemetry as the targets see it. */
export interface TelemetrySpec {
  /** The service as a slug: names of files and objects. */
  readonly id: string;
  readonly service: string;
  readonly language: TelemetryLanguage;
  readonly version: string;
  readonly environment: string;
  /** The share of traces sampled at the source, in [0, 1]. */
  readonly traceSampleRatio: number;
  /** The share of traces neither failed nor slow that the collector keeps, in [0, 1]. */
  readonly keepRatio: number;
  readonly thresholds: TelemetryThresholds;
  /** Span attributes that become span-metric labels, besides the connector's service, span name, kind and status. */
  readonly dimensions: readonly string[];
  readonly bucketsMs: readonly number[];
  readonly metricNaming: MetricNaming;
  /** The Kubernetes namespace of the Instrumentation and the collector. */
  readonly namespace: string;
  /** Whether the collector also exports to Datadog. */
  readonly datadog: boolean;
  readonly severity: AlertSeverity;
  readonly alertName: string;
  readonly alertLabels: Readonly<Record<string, string>>;
  readonly runbookUrl?: string;
  /** The service's APM dashboard, the `dashboard_url` of its alerts. */
  readonly dashboardUrl?: string;
}

/** The collector's name, `<id>-otel`; the operator names its Service `<id>-otel-collector`. */
export function collectorName(spec: Pick<TelemetrySpec, "id">): string {
  return `${spec.id}-otel`;
}

/** Where the instrumented pods send their spans: the collector's OTLP/HTTP port in the cluster. */
export function collectorEndpoint(spec: Pick<TelemetrySpec, "id" | "namespace">): string {
  return `http://${collectorName(spec)}-collector.${spec.namespace}.svc.cluster.local:4318`;
}

/**
 * The pod-template annotation that injects a service's Instrumentation: `instrumentation.opentelemetry.io/inject-<language>`
 * set to `<namespace>/<name>` of the Instrumentation.
 */
export function injectionAnnotation(spec: Pick<TelemetrySpec, "id" | "namespace"> & { readonly language: string }): Record<string, string> {
  return { [`instrumentation.opentelemetry.io/inject-${spec.language}`]: `${spec.namespace}/${spec.id}` };
}
