import { parse, parseAllDocuments } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { ServiceTelemetry, type ServiceTelemetryProps } from "../../../constructs";
import { validateAgainstCrd, type KubernetesObject } from "../../../src/cli/checks/crd-schema";
import { resources, synthProblems, team, testApp, testStack } from "../../support/app";

const api = (overrides: Partial<ServiceTelemetryProps> = {}): ServiceTelemetryProps => ({
  service: "planner-api",
  language: "nodejs",
  version: "2.0.0",
  runbookUrl: "https://runbooks.example.com/planner-api",
  ...overrides,
});

function problemsOf(props: Partial<ServiceTelemetryProps>, stackProps = {}): string[] {
  const test = testApp();
  const stack = testStack(test.app, "production", stackProps);
  new ServiceTelemetry(stack, "api", { ...api(props), owner: team(stack, "planner") });
  return synthProblems(test.app);
}

interface Pipeline {
  receivers: string[];
  processors?: string[];
  exporters: string[];
}

interface CollectorConfig {
  receivers: Record<string, unknown>;
  processors: Record<string, unknown>;
  connectors: Record<string, unknown>;
  exporters: Record<string, unknown>;
  service: { pipelines: Record<string, Pipeline> };
}

function objectsOf(yaml: string): KubernetesObject[] {
  return parseAllDocuments(yaml).map((document) => document.toJS() as KubernetesObject);
}

/** The first object of a kind. */
function ofKind(objects: readonly KubernetesObject[], kind: string): KubernetesObject {
  return objects.find((object) => object.kind === kind) as KubernetesObject;
}

function synthObjects(props: Partial<ServiceTelemetryProps>, stackProps = {}): KubernetesObject[] {
  const test = testApp();
  const stack = testStack(test.app, "production", stackProps);
  new ServiceTelemetry(stack, "api", { ...api(props), owner: team(stack, "planner") });
  test.app.synth();
  return objectsOf(test.files("production").get("kubernetes/api.yaml") as string);
}

/** Every component a pipeline names is configured, and every connector leaves one pipeline and enters another. */
function wiringProblems(config: CollectorConfig): string[] {
  const problems: string[] = [];
  const pipelines = Object.entries(config.service.pipelines);
  for (const [name, pipeline] of pipelines) {
    const known = (list: string[], ...kinds: Array<Record<string, unknown>>) =>
      list.filter((id) => !kinds.some((kind) => id in kind)).forEach((id) => problems.push(`${name}: ${id} is not configured`));
    known(pipeline.receivers, config.receivers, config.connectors);
    known(pipeline.processors ?? [], config.processors);
    known(pipeline.exporters, config.exporters, config.connectors);
  }
  for (const connector of Object.keys(config.connectors)) {
    const exportedBy = pipelines.filter(([, pipeline]) => pipeline.exporters.includes(connector)).map(([name]) => name);
    const receivedBy = pipelines.filter(([, pipeline]) => pipeline.receivers.includes(connector)).map(([name]) => name);
    if (exportedBy.length === 0 || receivedBy.length === 0 || exportedBy.some((name) => receivedBy.includes(name))) {
      problems.push(`connector ${connector}: exported by [${exportedBy}], received by [${receivedBy}]`);
    }
  }
  return problems;
}

describe("ServiceTelemetry on Kubernetes", () => {
  let objects: KubernetesObject[];

  beforeAll(() => {
    objects = synthObjects({}, { traceSampleRatio: 0.25 });
  });

  it("writes an Instrumentation, a collector, the RED rules' PrometheusRule and the two dashboards, which their CRDs accept", () => {
    expect(objects.map((object) => `${object.apiVersion}/${object.kind}`)).toEqual([
      "monitoring.coreos.com/v1/PrometheusRule",
      "opentelemetry.io/v1alpha1/Instrumentation",
      "opentelemetry.io/v1beta1/OpenTelemetryCollector",
      "monitoring.coreos.com/v1/ServiceMonitor",
      "grafana.integreatly.org/v1beta1/GrafanaDashboard",
      "grafana.integreatly.org/v1beta1/GrafanaDashboard",
    ]);
    expect(objects.slice(4).map((object) => (object.metadata as { name: string }).name)).toEqual(["apm-planner-api", "map-planner-api"]);
    objects.forEach((object) => expect(validateAgainstCrd(object)).toEqual([]));
  });

  it("instruments with W3C propagation, the stack's sample rate and the service's resource attributes, sent to its collector", () => {
    const spec = ofKind(objects, "Instrumentation").spec as Record<string, unknown>;
    expect(spec.propagators).toEqual(["tracecontext", "baggage"]);
    expect(spec.env).toEqual([{ name: "OTEL_EXPORTER_OTLP_PROTOCOL", value: "http/protobuf" }]);
    expect(spec.sampler).toEqual({ type: "parentbased_traceidratio", argument: "0.25" });
    expect(spec.exporter).toEqual({ endpoint: "http://planner-api-otel-collector.monitoring.svc.cluster.local:4318" });
    expect((spec.resource as { resourceAttributes: unknown }).resourceAttributes).toEqual({
      "service.name": "planner-api",
      "service.version": "2.0.0",
      "deployment.environment": "production",
    });
  });

  it("puts trace and span ids into log records: Python's log correlation, Java's Logback MDC and Log4j context data", () => {
    const spec = ofKind(objects, "Instrumentation").spec as Record<string, { env?: unknown }>;
    expect(spec.python.env).toEqual([{ name: "OTEL_PYTHON_LOG_CORRELATION", value: "true" }]);
    expect(spec.java.env).toEqual([
      { name: "OTEL_INSTRUMENTATION_LOGBACK_MDC_ENABLED", value: "true" },
      { name: "OTEL_INSTRUMENTATION_LOG4J_CONTEXT_DATA_ENABLED", value: "true" },
    ]);
    // Node.js's winston, pino and bunyan instrumentations inject the ids by default: nothing to set.
    expect(spec.nodejs).toBeUndefined();
  });

  it("wires every pipeline to configured components, and every connector from one pipeline into another", () => {
    const config = (ofKind(objects, "OpenTelemetryCollector").spec as { config: CollectorConfig }).config;
    expect(wiringProblems(config)).toEqual([]);
    expect(Object.keys(config.connectors).sort()).toEqual(["forward", "servicegraph", "span_metrics"]);
    expect(config.service.pipelines.metrics.exporters).toEqual(["prometheus"]);
    const withDatadog = (ofKind(synthObjects({ outputs: { datadog: true } }), "OpenTelemetryCollector").spec as { config: CollectorConfig }).config;
    expect(wiringProblems(withDatadog)).toEqual([]);
    expect(withDatadog.service.pipelines["metrics/datadog"]).toEqual({ receivers: ["datadog/connector"], processors: ["batch"], exporters: ["datadog"] });
  });

  it("keeps every failed and slow trace and a share of the rest, after the span metrics have seen every span", () => {
    const config = (ofKind(objects, "OpenTelemetryCollector").spec as { config: CollectorConfig }).config;
    const policies = (config.processors.tail_sampling as { policies: Array<Record<string, unknown>> }).policies;
    expect(policies).toEqual([
      { name: "keep-errors", type: "status_code", status_code: { status_codes: ["ERROR"] } },
      { name: "keep-slow", type: "latency", latency: { threshold_ms: 1000 } },
      { name: "keep-share", type: "probabilistic", probabilistic: { sampling_percentage: 10 } },
    ]);
    expect(config.service.pipelines.traces.processors).not.toContain("tail_sampling");
    expect(config.connectors.span_metrics).toMatchObject({
      histogram: { unit: "ms", explicit: { buckets: expect.arrayContaining(["500ms", "1000ms"]) } },
      dimensions: [{ name: "http.request.method" }, { name: "http.response.status_code" }, { name: "db.system" }],
    });
  });

  it("spells the span metrics as the naming chosen: the Prometheus exporter adds the suffixes or not", () => {
    const exporterOf = (objectsOf: KubernetesObject[]) => (ofKind(objectsOf, "OpenTelemetryCollector").spec as { config: CollectorConfig }).config.exporters.prometheus;
    expect(exporterOf(objects)).toMatchObject({ add_metric_suffixes: true });
    expect(exporterOf(synthObjects({ spanMetrics: { metricNaming: "without-suffixes" } }))).toMatchObject({ add_metric_suffixes: false });
  });
});

describe("ServiceTelemetry on Prometheus", () => {
  it("writes the RED rules as a rule file and a PrometheusRule, with their promtool tests, every alert routed to the owner", () => {
    const test = testApp();
    const stack = testStack(test.app, "production");
    new ServiceTelemetry(stack, "api", { ...api(), owner: team(stack, "planner") });
    test.app.synth();
    const files = test.files("production");
    expect([...files.keys()].filter((path) => path.includes("apm-"))).toEqual(["prometheus/apm-planner-api.rules.yml", "tests/apm-planner-api.test.yml"]);
    const kinds = objectsOf(files.get("kubernetes/api.yaml") as string).map((object) => object.kind);
    expect(kinds).toEqual(["PrometheusRule", "Instrumentation", "OpenTelemetryCollector", "ServiceMonitor", "GrafanaDashboard", "GrafanaDashboard"]);
    const rules = parse(files.get("prometheus/apm-planner-api.rules.yml") as string) as { groups: Array<{ rules: Array<{ alert?: string; labels?: object }> }> };
    const alerts = rules.groups.flatMap((group) => group.rules.filter((rule) => rule.alert !== undefined));
    expect(alerts.map((rule) => rule.alert)).toEqual([
      "PlannerApiHighErrorRatio",
      "PlannerApiLatencyP95High",
      "PlannerApiLatencyP99High",
      "PlannerApiThroughputDrop",
      "PlannerApiLatencyAnomaly",
      "PlannerApiSlowDatabaseOperations",
      "PlannerApiDependencyFailing",
    ]);
    alerts.forEach((rule) => expect(rule.labels).toEqual({ severity: "ticket", team: "planner", service: "planner-api", env: "production" }));
  });

  it("fails synth when its alerts page without a runbook", () => {
    const problems = problemsOf({ severity: "page", runbookUrl: undefined });
    expect(problems.length).toBe(7);
    expect(problems[0]).toContain("PlannerApiHighErrorRatio");
    expect(problems[0]).toContain("runbook");
  });
});

describe("ServiceTelemetry targets as ServiceSlos", () => {
  it("declares the error ratio, p95 and p99 targets as SLOs on the span metrics with one prop", () => {
    const test = testApp();
    const stack = testStack(test.app, "production");
    new ServiceTelemetry(stack, "api", { ...api({ sloPeriod: "30d", thresholds: { errorRatio: 0.001 } }), owner: team(stack, "planner") });
    test.app.synth();
    const files = test.files("production");
    const sloFiles = [...files.keys()].filter((path) => path.startsWith("prometheus/") && path.includes("span-"));
    expect(sloFiles).toEqual([
      "prometheus/planner-api-span-errors.rules.yml",
      "prometheus/planner-api-span-latency-p95.rules.yml",
      "prometheus/planner-api-span-latency-p99.rules.yml",
    ]);
    const errors = files.get("prometheus/planner-api-span-errors.rules.yml") as string;
    expect(errors).toContain('traces_span_metrics_calls_total{service_name="planner-api",span_kind=~"SPAN_KIND_SERVER|SPAN_KIND_CONSUMER",status_code="STATUS_CODE_ERROR"}');
    expect(errors).toContain("slo:objective:ratio");
    expect(files.get("prometheus/planner-api-span-latency-p95.rules.yml")).toContain('le="500"');
  });
});

describe("ServiceTelemetry on Grafana", () => {
  it("writes a RED dashboard with a latency heatmap and slow database operations, and a node-graph service map", () => {
    const test = testApp();
    const stack = testStack(test.app, "production", { grafanaUrl: "https://grafana.example.com" });
    new ServiceTelemetry(stack, "api", { ...api(), owner: team(stack, "planner") });
    test.app.synth();
    const files = test.files("production");
    type Panel = { type: string; title: string; targets: Array<{ expr: string; format?: string }> };
    const panelsOf = (file: string) => (JSON.parse(files.get(file) as string) as { panels: Panel[] }).panels;
    const red = panelsOf("grafana/planner-api.apm.json");
    expect(red.map((panel) => `${panel.type}: ${panel.title}`)).toEqual([
      "timeseries: Requests per second",
      "timeseries: Error ratio",
      "timeseries: Latency p95 and p99",
      "heatmap: Latency distribution",
      "timeseries: Slowest database operations (p95)",
    ]);
    expect(red[3].targets[0]).toMatchObject({ format: "heatmap", expr: expect.stringContaining("traces_span_metrics_duration_milliseconds_bucket") });
    const [map] = panelsOf("grafana/planner-api.service-map.json");
    expect(map.type).toBe("nodeGraph");
    expect(map.targets.map((target) => target.format)).toEqual(["table", "table"]);
    expect(map.targets[1].expr).toContain('label_join(');
    const rules = files.get("prometheus/apm-planner-api.rules.yml") as string;
    expect(rules).toContain("dashboard_url: https://grafana.example.com/d/apm-planner-api");
  });
});

describe("ServiceTelemetry on Datadog", () => {
  it("writes APM monitors on the trace metrics and a software catalog entity, routed through the owner", () => {
    const test = testApp();
    const stack = testStack(test.app, "production");
    new ServiceTelemetry(stack, "api", { ...api({ outputs: { datadog: true }, dependsOn: ["planner-worker", "postgres"] }), owner: team(stack, "planner") });
    test.app.synth();
    const json = test.terraform("production");
    const monitors = resources(json, "datadog_monitor");
    expect(monitors.map((monitor) => monitor.query)).toEqual([
      "sum(last_10m):sum:trace.http.server.request.errors{service:planner-api,env:production}.as_count() / sum:trace.http.server.request.hits{service:planner-api,env:production}.as_count() > 0.01",
      "sum(last_10m):sum:trace.http.client.request.errors{service:planner-api,env:production} by {peer.service}.as_count() / sum:trace.http.client.request.hits{service:planner-api,env:production} by {peer.service}.as_count() > 0.01",
      "percentile(last_10m):p95:trace.http.server.request{service:planner-api,env:production} > 0.5",
      "percentile(last_10m):p99:trace.http.server.request{service:planner-api,env:production} > 1",
      "percentile(last_10m):p95:trace.postgresql.query{service:planner-api,env:production} by {resource_name} > 0.5",
      "sum(last_30m):sum:trace.http.server.request.hits{service:planner-api,env:production}.as_count() / week_before(sum:trace.http.server.request.hits{service:planner-api,env:production}.as_count()) < 0.5",
    ]);
    monitors.forEach((monitor) => expect(monitor.message).toContain("@slack-planner-alerts"));
    const [catalog] = resources(json, "datadog_software_catalog");
    const entity = parse(catalog.entity as string) as { metadata: Record<string, unknown>; spec: Record<string, unknown> };
    expect(entity.metadata).toMatchObject({ name: "planner-api", owner: "planner", links: [{ name: "Runbook", type: "runbook", url: "https://runbooks.example.com/planner-api" }] });
    expect(entity.spec).toEqual({ languages: ["nodejs"], dependsOn: ["service:planner-worker", "service:postgres"] });
  });
});

describe("ServiceTelemetry bad input", () => {
  it("reports every problem at once, each with its fix", () => {
    const problems = problemsOf({
      language: "ruby",
      traceSampleRatio: 1.5,
      thresholds: { errorRatio: 1, p95: "2s", p99: "1s" },
      spanMetrics: { dimensions: ["http.url", "user.id"], allowHighCardinality: ["user.id"] },
    });
    expect(problems).toEqual([
      'production/api: language: "ruby" is not one of "nodejs", "python", "java", "dotnet", "go"; use one of them',
      "production/api: traceSampleRatio: 1.5 is not a ratio from 0 to 1; as a percentage, 1.5% is 0.015",
      "production/api: thresholds.errorRatio: 1 is not a ratio above 0 and below 1; e.g. 0.8 for 80%",
      "production/api: thresholds.p99: 1s is below the p95 target 2s, which no latency distribution can meet; raise p99 or lower p95",
      'production/api: spanMetrics.dimensions: "http.url" has a new value for nearly every span and would explode the span metrics\' series; remove it, or list it in spanMetrics.allowHighCardinality if its values are few on this service',
      "production/api: spanMetrics.bucketsMs: no bucket bound at 2000 ms, a latency target, so its percentile is only estimated; add 2000 to the bounds",
    ]);
  });

  it("refuses a service name that cannot be the service label of its alerts", () => {
    expect(problemsOf({ service: "planner api" })).toEqual([
      'production/api: service: "planner api" is not a service name; use at most 63 letters, digits, dashes, underscores and dots, starting and ending with a letter or digit, e.g. "checkout-api" (it is the service label of alerts and a Datadog tag)',
    ]);
  });

  it("takes a high-cardinality dimension listed as allowed, and rejects a stack sample rate outside [0, 1]", () => {
    const allowed = synthObjects({ spanMetrics: { dimensions: ["http.url"], allowHighCardinality: ["http.url"] } });
    const connectors = (ofKind(allowed, "OpenTelemetryCollector").spec as { config: CollectorConfig }).config.connectors;
    expect(connectors.span_metrics).toMatchObject({ dimensions: expect.arrayContaining([{ name: "http.url" }]) });
    expect(problemsOf({}, { traceSampleRatio: -0.1 })).toEqual([
      "production: traceSampleRatio: -0.1 is not a ratio from 0 to 1; e.g. 0.8 for 80%",
      "production/api: traceSampleRatio: -0.1 must be between 0 and 1 (a share of traces); e.g. 0.1 for one trace in ten",
    ]);
  });
});
