import { collectorEndpoint, collectorName, type TelemetrySpec } from "../../domain/apm/telemetry";
import {
  Instrumentation,
  InstrumentationSpecPropagators,
  InstrumentationSpecSamplerType,
  OpenTelemetryCollector,
  OpenTelemetryCollectorSpecMode,
} from "../../providers/k8s/opentelemetry.io";
import { ServiceMonitor } from "../../providers/k8s/monitoring.coreos.com";
import { scrapeSource, type SignalSource } from "../../domain/signals/signal-source";
import type { TargetScope } from "../target-scope";
import { MANAGED_BY } from "./managed-by";
import { collectorConfig } from "./otel-collector-config";
import { OTELCOL_CONTRIB_IMAGE } from "./otel-contrib-distribution";

/** The Kubernetes Secret holding the Datadog API key (`api-key`) and site (`site`) the collector exports with. */
const DATADOG_SECRET = "datadog-secret";

/** The trace backend the collector sends kept traces to: Grafana Tempo's distributor in the stack's namespace. */
function tracesEndpoint(spec: TelemetrySpec): string {
  return `tempo-distributor.${spec.namespace}.svc.cluster.local:4317`;
}

/**
 * Per language, the environment that puts the current trace and span ids into every log record, so that a log line
 * links to its trace: Python's logging instrumentation adds `otelTraceID` and `otelSpanID` to each record; the Java
 * agent writes `trace_id` and `span_id` into Logback's MDC and Log4j's context data. Node.js needs none: the
 * winston, pino and bunyan instrumentations add `trace_id` and `span_id` by default.
 */
const LOG_CORRELATION = {
  python: { env: [{ name: "OTEL_PYTHON_LOG_CORRELATION", value: "true" }] },
  java: {
    env: [
      { name: "OTEL_INSTRUMENTATION_LOGBACK_MDC_ENABLED", value: "true" },
      { name: "OTEL_INSTRUMENTATION_LOG4J_CONTEXT_DATA_ENABLED", value: "true" },
    ],
  },
};

/** The name the operator gives the collector's `prometheus` exporter port, on its Service and pods. */
const COLLECTOR_EXPORTER_PORT_NAME = "prometheus";

/** A number as the sampler's argument: the shortest text that reads back as the same number. */
const samplerArgument = (rate: number) => String(rate);

function labels(spec: TelemetrySpec): Record<string, string> {
  return { ...MANAGED_BY, "app.kubernetes.io/part-of": spec.service };
}

/**
 * The service's OpenTelemetry Operator `Instrumentation` (named after the service): OTLP to its collector, W3C
 * trace context and baggage, OTLP over HTTP for every language, `parentbased_traceidratio` at the sample rate, the
 * service's name, version and environment as resource attributes, and trace and span ids in log records
 * (`LOG_CORRELATION`). A pod template gets it with the annotation
 * `instrumentation.opentelemetry.io/inject-<language>: "<namespace>/<service>"`.
 */
function writeInstrumentation(scope: TargetScope, spec: TelemetrySpec): void {
  new Instrumentation(scope.kubernetesChart(), "instrumentation", {
    metadata: { name: spec.id, labels: labels(spec) },
    spec: {
      exporter: { endpoint: collectorEndpoint(spec) },
      // Every language's SDK speaks OTLP over HTTP, the collector's port 4318 (Node.js and Java default to gRPC).
      env: [{ name: "OTEL_EXPORTER_OTLP_PROTOCOL", value: "http/protobuf" }],
      propagators: [InstrumentationSpecPropagators.TRACECONTEXT, InstrumentationSpecPropagators.BAGGAGE],
      sampler: { type: InstrumentationSpecSamplerType.PARENTBASED_UNDERSCORE_TRACEIDRATIO, argument: samplerArgument(spec.traceSampleRatio) },
      resource: {
        addK8SUidAttributes: true,
        resourceAttributes: {
          "service.name": spec.service,
          "service.version": spec.version,
          "deployment.environment": spec.environment,
        },
      },
      ...LOG_CORRELATION,
    },
  });
}

/**
 * The service's `OpenTelemetryCollector` (a Deployment) on the contrib distribution's image, which has every
 * component of `collectorConfig`'s configuration (the operator's default image, core `otelcol`, has not).
 */
function writeCollector(scope: TargetScope, spec: TelemetrySpec): void {
  const datadogEnv = (name: string, key: string) => ({ name, valueFrom: { secretKeyRef: { name: DATADOG_SECRET, key } } });
  new OpenTelemetryCollector(scope.kubernetesChart(), "collector", {
    metadata: { name: collectorName(spec), labels: labels(spec) },
    spec: {
      mode: OpenTelemetryCollectorSpecMode.DEPLOYMENT,
      image: OTELCOL_CONTRIB_IMAGE,
      ...(spec.datadog ? { env: [datadogEnv("DD_API_KEY", "api-key"), datadogEnv("DD_SITE", "site")] } : {}),
      config: collectorConfig(spec, tracesEndpoint(spec)),
    },
  });
}

/**
 * The Service the operator creates for a collector, `<collector>-collector`: it exposes the receiver and exporter
 * ports (opentelemetry-operator `internal/manifests/collector/service.go`), and names the job of the scraped series.
 */
export function collectorServiceName(spec: Pick<TelemetrySpec, "id">): string {
  return `${collectorName(spec)}-collector`;
}

/**
 * The ServiceMonitor that scrapes the collector's Prometheus exporter (span and service-graph metrics): it selects
 * the operator's base Service of the collector by the labels the operator sets on it
 * (`internal/manifests/manifestutils/labels.go` SelectorLabels, `service.go` collector-service-type), on the port
 * the operator names after the exporter (`prometheus`, `internal/naming/port.go`). prometheus-operator labels the
 * series with `job` = the Service's name (`pkg/prometheus/promcfg.go`).
 */
function writeCollectorMonitor(scope: TargetScope, spec: TelemetrySpec): void {
  new ServiceMonitor(scope.kubernetesChart(), "collector-monitor", {
    metadata: { name: `${collectorName(spec)}-exporter`, labels: labels(spec) },
    spec: {
      namespaceSelector: { matchNames: [spec.namespace] },
      selector: {
        matchLabels: {
          "app.kubernetes.io/instance": `${spec.namespace}.${collectorName(spec)}`,
          "app.kubernetes.io/component": "opentelemetry-collector",
          "app.kubernetes.io/managed-by": "opentelemetry-operator",
          "operator.opentelemetry.io/collector-service-type": "base",
        },
      },
      endpoints: [{ port: COLLECTOR_EXPORTER_PORT_NAME, interval: "30s" }],
    },
  });
}

/** The series the collector's scraped exporter produces, for the stack's signal graph. */
export function collectorSignals(path: string, spec: TelemetrySpec): SignalSource[] {
  const metrics = ["traces_span_metrics_*", "traces_service_graph_*"];
  const labels = ["namespace", "service", "pod", "endpoint"];
  return [scrapeSource(path, collectorServiceName(spec), metrics, labels, `the OpenTelemetry collector of ${spec.service}`)];
}

/** The service's Instrumentation, its collector, and the ServiceMonitor that scrapes the collector, in the stack's namespace. */
export function writeTelemetryObjects(scope: TargetScope, spec: TelemetrySpec): void {
  writeInstrumentation(scope, spec);
  writeCollector(scope, spec);
  writeCollectorMonitor(scope, spec);
}
