import type { TelemetrySpec } from "../../domain/apm/telemetry";

/** One pipeline of a collector's `service.pipelines`. */
export interface CollectorPipeline {
  readonly receivers: string[];
  readonly processors?: string[];
  readonly exporters: string[];
}

/** The collector's configuration, as the OpenTelemetryCollector's structured `config` holds it. */
export interface CollectorConfig {
  readonly receivers: Record<string, unknown>;
  readonly processors: Record<string, unknown>;
  readonly connectors: Record<string, unknown>;
  readonly exporters: Record<string, unknown>;
  readonly service: { readonly pipelines: Record<string, CollectorPipeline> };
}

/** Where the Prometheus exporter serves the span and service-graph metrics for scraping. */
export const PROMETHEUS_EXPORTER_PORT = 8889;

/** The peer attributes that name a dependency without its own spans (a database, a SaaS API) in the service graph. */
const VIRTUAL_NODE_ATTRIBUTES = ["db.system", "peer.service", "server.address"];

function tailSampling(spec: TelemetrySpec): Record<string, unknown> {
  return {
    decision_wait: "10s",
    policies: [
      { name: "keep-errors", type: "status_code", status_code: { status_codes: ["ERROR"] } },
      { name: "keep-slow", type: "latency", latency: { threshold_ms: spec.thresholds.p99.milliseconds } },
      { name: "keep-share", type: "probabilistic", probabilistic: { sampling_percentage: spec.keepRatio * 100 } },
    ],
  };
}

function spanMetrics(spec: TelemetrySpec): Record<string, unknown> {
  return {
    namespace: "traces.span.metrics",
    histogram: { unit: "ms", explicit: { buckets: spec.bucketsMs.map((bound) => `${bound}ms`) } },
    dimensions: spec.dimensions.map((name) => ({ name })),
    // The connector's own dimensions are all bounded; resource attributes such as the pod's name or the
    // instance id are not, so only these keep a resource's metrics apart.
    resource_metrics_key_attributes: ["service.name", "deployment.environment"],
    metrics_flush_interval: "15s",
  };
}

function serviceGraph(spec: TelemetrySpec): Record<string, unknown> {
  return {
    latency_histogram_buckets: spec.bucketsMs.map((bound) => `${bound}ms`),
    virtual_node_peer_attributes: VIRTUAL_NODE_ATTRIBUTES,
    store: { ttl: "10s", max_items: 10000 },
  };
}

/** Where the kept traces go: the trace backend, and Datadog when the service exports there. */
function traceExporters(spec: TelemetrySpec, tracesEndpoint: string): Record<string, unknown> {
  return {
    "otlp_grpc/traces": { endpoint: tracesEndpoint, tls: { insecure: true } },
    ...(spec.datadog ? { datadog: { api: { key: "${env:DD_API_KEY}", site: "${env:DD_SITE}" } } } : {}),
  };
}

/**
 * The collector of one service (component types of the contrib distribution, ./otel-contrib-distribution): spans
 * arrive over OTLP, every span feeds the span_metrics (RED metrics by
 * service, span name, kind, status and the service's dimensions) and servicegraph (who calls whom)
 * connectors before sampling, then tail sampling keeps every failed and slow trace and a share of the rest for
 * the trace backend. The metrics go to Prometheus (scraped on port 8889) and, when the service uses Datadog,
 * Datadog gets the traces and its own APM statistics of every span (the datadog connector).
 */
export function collectorConfig(spec: TelemetrySpec, tracesEndpoint: string): CollectorConfig {
  const datadogConnector = spec.datadog ? { "datadog/connector": {} } : {};
  const traceExporterNames = Object.keys(traceExporters(spec, tracesEndpoint));
  return {
    receivers: { otlp: { protocols: { grpc: { endpoint: "0.0.0.0:4317" }, http: { endpoint: "0.0.0.0:4318" } } } },
    processors: {
      memory_limiter: { check_interval: "1s", limit_percentage: 80, spike_limit_percentage: 20 },
      batch: {},
      tail_sampling: tailSampling(spec),
    },
    connectors: { span_metrics: spanMetrics(spec), servicegraph: serviceGraph(spec), forward: {}, ...datadogConnector },
    exporters: {
      prometheus: {
        endpoint: `0.0.0.0:${PROMETHEUS_EXPORTER_PORT}`,
        add_metric_suffixes: spec.metricNaming === "with-suffixes",
        resource_to_telemetry_conversion: { enabled: false },
      },
      ...traceExporters(spec, tracesEndpoint),
    },
    service: {
      pipelines: {
        traces: {
          receivers: ["otlp"],
          processors: ["memory_limiter"],
          exporters: ["span_metrics", "servicegraph", "forward", ...Object.keys(datadogConnector)],
        },
        "traces/sampled": { receivers: ["forward"], processors: ["tail_sampling", "batch"], exporters: traceExporterNames },
        metrics: { receivers: ["span_metrics", "servicegraph"], processors: ["batch"], exporters: ["prometheus"] },
        ...(spec.datadog ? { "metrics/datadog": { receivers: ["datadog/connector"], processors: ["batch"], exporters: ["datadog"] } } : {}),
      },
    },
  };
}
