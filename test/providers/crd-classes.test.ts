import { Testing } from "cdk8s";
import { describe, expect, it } from "vitest";
import { AnalysisTemplate } from "../../src/providers/k8s/argoproj.io";
import { MetricTemplate, MetricTemplateSpecProviderType } from "../../src/providers/k8s/flagger.app";
import { PodMonitor, Probe, ServiceMonitor } from "../../src/providers/k8s/monitoring.coreos.com";
import {
  Instrumentation,
  InstrumentationSpecPropagators,
  InstrumentationSpecSamplerType,
  OpenTelemetryCollector,
  OpenTelemetryCollectorSpecMode,
} from "../../src/providers/k8s/opentelemetry.io";
import { validateAgainstCrd, type KubernetesObject } from "../../src/cli/checks/crd-schema";

/** The generated CRD classes synthesize objects their CRDs accept, typed and untyped (pod settings) parts alike. */
describe("generated CRD classes", () => {
  const chart = Testing.chart();
  const selector = { matchLabels: { app: "checkout" } };
  const query = 'sum(rate(http_requests_total{code=~"5.."}[5m])) / sum(rate(http_requests_total[5m]))';

  new Probe(chart, "probe", {
    spec: {
      module: "http_2xx",
      prober: { url: "blackbox-exporter.monitoring.svc:9115" },
      targets: { staticConfig: { static: ["https://example.com/health"], labels: { location: "eu-west-1" } } },
    },
  });
  new ServiceMonitor(chart, "service-monitor", { spec: { selector, endpoints: [{ port: "metrics", interval: "30s" }] } });
  new PodMonitor(chart, "pod-monitor", { spec: { selector, podMetricsEndpoints: [{ port: "metrics" }] } });
  new Instrumentation(chart, "instrumentation", {
    spec: {
      exporter: { endpoint: "http://otel-collector:4317" },
      propagators: [InstrumentationSpecPropagators.TRACECONTEXT, InstrumentationSpecPropagators.BAGGAGE],
      sampler: { type: InstrumentationSpecSamplerType.PARENTBASED_UNDERSCORE_TRACEIDRATIO, argument: "0.1" },
    },
  });
  new OpenTelemetryCollector(chart, "collector", {
    spec: {
      mode: OpenTelemetryCollectorSpecMode.DEPLOYMENT,
      config: { receivers: { otlp: { protocols: { grpc: {} } } }, exporters: {}, service: { pipelines: {} } },
      volumes: [{ name: "config", emptyDir: {} }],
    },
  });
  new AnalysisTemplate(chart, "analysis", {
    spec: {
      metrics: [
        {
          name: "error-ratio",
          successCondition: "len(result) > 0 && result[0] < 0.001",
          provider: { prometheus: { address: "http://prometheus:9090", query } },
        },
        {
          name: "smoke",
          provider: {
            job: {
              spec: {
                template: {
                  spec: { containers: [{ name: "smoke", image: "curlimages/curl", args: ["-f", "http://checkout"] }] },
                },
              },
            },
          },
        },
      ],
    },
  });
  new MetricTemplate(chart, "metric-template", {
    spec: { provider: { type: MetricTemplateSpecProviderType.PROMETHEUS, address: "http://prometheus:9090" }, query },
  });
  const objects = Testing.synth(chart) as KubernetesObject[];

  it.each(objects.map((object) => [object.kind, object]))("%s passes its CRD's schema", (_kind, object) => {
    expect(validateAgainstCrd(object)).toEqual([]);
  });

  it("writes untyped pod settings as given", () => {
    const analysis = objects.find((object) => object.kind === "AnalysisTemplate");
    const containers = [{ name: "smoke", image: "curlimages/curl" }];
    expect(analysis?.spec).toMatchObject({
      metrics: [{ name: "error-ratio" }, { provider: { job: { spec: { template: { spec: { containers } } } } } }],
    });
  });
});
