import { parseAllDocuments } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { ServiceTelemetry } from "../../../constructs";
import type { KubernetesObject } from "../../../src/cli/checks/crd-schema";
import {
  OTELCOL_CONTRIB_IMAGE,
  OTELCOL_CONTRIB_MODULES,
  OTELCOL_CONTRIB_SOURCE,
  OTELCOL_CONTRIB_TYPES,
  OTELCOL_VERSION,
  type ComponentKind,
} from "../../../src/targets/kubernetes/otel-contrib-distribution";
import { team, testApp, testStack } from "../../support/app";

const KINDS: readonly ComponentKind[] = ["receivers", "processors", "connectors", "exporters"];

type CollectorConfig = Record<ComponentKind, Record<string, Record<string, unknown>>>;

/**
 * The port name the OpenTelemetry Operator gives a component's port on the collector's Service and pods:
 * opentelemetry-operator v0.158.0 `internal/naming/port.go` PortName (`/` and `_` become `-`; a name longer than
 * 15 characters or not a DNS label becomes `port-<n>`), applied to the component's key
 * (`internal/components/generic_parser.go` Ports).
 */
function operatorPortName(key: string, port: number): string {
  if (key.length > 15) {
    return `port-${port}`;
  }
  const candidate = key.replaceAll("/", "-").replaceAll("_", "-");
  return /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/.test(candidate) ? candidate : `port-${port}`;
}

describe("the OpenTelemetry collector and its distribution", () => {
  let objects: KubernetesObject[];
  const collector = () => objects.find((object) => object.kind === "OpenTelemetryCollector") as KubernetesObject;
  const config = () => (collector().spec as { config: CollectorConfig }).config;

  beforeAll(() => {
    const test = testApp();
    const stack = testStack(test.app, "production");
    new ServiceTelemetry(stack, "api", {
      service: "planner-api", language: "nodejs", version: "2.0.0", runbookUrl: "https://runbooks.example.com/planner-api",
      owner: team(stack, "planner"), outputs: { datadog: true },
    });
    test.app.synth();
    objects = parseAllDocuments(test.files("production").get("kubernetes/api.yaml") as string).map((document) => document.toJS() as KubernetesObject);
  });

  it("runs the contrib distribution at the pinned version, not the operator's default core image", () => {
    expect(collector().spec).toMatchObject({ image: OTELCOL_CONTRIB_IMAGE });
    expect(OTELCOL_CONTRIB_IMAGE).toBe(`otel/opentelemetry-collector-contrib:${OTELCOL_VERSION}`);
  });

  it("configures only components of that distribution, by their current type names", () => {
    const problems = KINDS.flatMap((kind) =>
      Object.keys(config()[kind]).flatMap((key) => {
        const type = key.split("/")[0];
        const known = OTELCOL_CONTRIB_TYPES.find((entry) => entry.kind === kind && entry.type === type);
        const deprecated = OTELCOL_CONTRIB_TYPES.find((entry) => entry.kind === kind && entry.deprecatedAlias === type);
        if (deprecated !== undefined) {
          return [`${kind}.${key}: ${type} is deprecated, use ${deprecated.type}`];
        }
        if (known === undefined) {
          return [`${kind}.${key}: ${type} is no known ${kind.slice(0, -1)} type of the distribution`];
        }
        return OTELCOL_CONTRIB_MODULES[kind].includes(known.module) ? [] : [`${kind}.${key}: ${known.module} is not in the distribution's manifest`];
      }),
    );
    expect(problems, OTELCOL_CONTRIB_SOURCE).toEqual([]);
    // Every kind is configured, so the check above is not vacuous.
    KINDS.forEach((kind) => expect(Object.keys(config()[kind]).length, kind).toBeGreaterThan(0));
  });

  it("scrapes the port the operator names after the Prometheus exporter the configuration declares", () => {
    const exporters = Object.entries(config().exporters).filter(([key]) => key.split("/")[0] === "prometheus");
    expect(exporters).toHaveLength(1);
    const declared = exporters.map(([key, exporter]) => operatorPortName(key, Number(/:(\d+)$/.exec(exporter.endpoint as string)?.[1])));
    const monitor = objects.find((object) => object.kind === "ServiceMonitor") as KubernetesObject;
    const spec = monitor.spec as { endpoints: Array<{ port: string }>; selector: { matchLabels: Record<string, string> } };
    expect(spec.endpoints.map((endpoint) => endpoint.port)).toEqual(declared);
    expect(spec.selector.matchLabels).toMatchObject({
      "app.kubernetes.io/instance": `monitoring.${(collector().metadata as { name: string }).name}`,
      "operator.opentelemetry.io/collector-service-type": "base",
    });
  });

  it("names ports as the operator does", () => {
    expect([operatorPortName("prometheus", 8889), operatorPortName("prom/span_rate", 8889), operatorPortName("prometheus/spans", 9000)]).toEqual([
      "prometheus",
      "prom-span-rate",
      "port-9000",
    ]);
  });
});
