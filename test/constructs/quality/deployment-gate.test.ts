import { parseAllDocuments } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { DeploymentGate, ServiceSlo, type DeploymentGateProps } from "../../../constructs";
import { flaggerGateQuery, gateValueQuery } from "../../../src/domain/gate/gate-queries";
import { promqlError } from "../../../src/domain/promql";
import { argoConditions } from "../../../src/targets/kubernetes/deployment-gate";
import { argoMeasurement } from "../../support/argo-condition";
import { availabilityProps, synthProblems, team, testApp, testStack } from "../../support/app";
import { validateAgainstCrd, type KubernetesObject } from "../../../src/cli/checks/crd-schema";

const PROMETHEUS = "http://prometheus-operated.monitoring.svc:9090";
const AVAILABILITY = { id: "checkout-availability", service: "checkout", name: "availability", env: "production" };
const LATENCY = { id: "checkout-latency", service: "checkout", name: "latency", env: "production" };

/** A production stack with two SLOs and a gate over both; `props` overrides the gate's. */
function gateApp(props: Partial<DeploymentGateProps> = {}) {
  const test = testApp();
  const stack = testStack(test.app, "production");
  const owner = team(stack);
  const slos = [
    new ServiceSlo(stack, "availability", { ...availabilityProps(), owner }),
    new ServiceSlo(stack, "latency", { ...availabilityProps({ name: "latency" }), owner }),
  ];
  new DeploymentGate(stack, "checkout-gate", { slos, prometheusUrl: PROMETHEUS, ...props });
  return { ...test, stack, slos };
}

describe("DeploymentGate", () => {
  let objects: KubernetesObject[];

  beforeAll(() => {
    const { app, files } = gateApp({ interval: "5m" });
    app.synth();
    objects = parseAllDocuments(files("production").get("kubernetes/checkout-gate.yaml") as string).map((d) => d.toJS() as KubernetesObject);
  });

  it("writes an AnalysisTemplate with one metric per SLO and a MetricTemplate per SLO, which their CRDs accept", () => {
    expect(objects.map((object) => `${object.kind} ${(object.metadata as { name: string }).name}`)).toEqual([
      "AnalysisTemplate checkout-gate",
      "MetricTemplate checkout-gate-checkout-availability",
      "MetricTemplate checkout-gate-checkout-latency",
    ]);
    for (const object of objects) {
      expect(validateAgainstCrd(object)).toEqual([]);
    }
  });

  it("queries the gate value of each SLO, of the stack's environment, with the no-data case in its conditions", () => {
    const [analysis] = objects as unknown as Array<{ spec: { metrics: unknown[] } }>;
    expect(analysis.spec.metrics).toEqual([AVAILABILITY, LATENCY].map((slo) => ({
      name: slo.id,
      interval: "5m",
      successCondition: "len(result) > 0 && !isNaN(result[0]) && result[0] > 0",
      failureCondition: "len(result) > 0 && !isNaN(result[0]) && result[0] <= 0",
      provider: { prometheus: { address: PROMETHEUS, query: gateValueQuery(slo) } },
    })));
  });

  it("writes the interval in Go's duration syntax, which Argo Rollouts parses: 24h, not 1d", () => {
    const { app, files } = gateApp({ interval: "1d" });
    app.synth();
    const [analysis] = parseAllDocuments(files("production").get("kubernetes/checkout-gate.yaml") as string).map((d) => d.toJS() as { spec: { metrics: Array<{ interval: string }> } });
    expect(analysis.spec.metrics.map((metric) => metric.interval)).toEqual(["24h", "24h"]);
  });

  it("gives Flagger a query that always answers a number, 1 for a pass", () => {
    const templates = objects.slice(1) as unknown as Array<{ metadata: { namespace: string }; spec: unknown }>;
    expect(templates.map((template) => template.spec)).toEqual([AVAILABILITY, LATENCY].map((slo) => ({
      provider: { type: "prometheus", address: PROMETHEUS },
      query: flaggerGateQuery(slo, "inconclusive"),
    })));
    expect(templates.map((template) => template.metadata.namespace)).toEqual(["monitoring", "monitoring"]);
    expect(promqlError(flaggerGateQuery(AVAILABILITY, "inconclusive"))).toBeUndefined();
  });

  it("writes only the templates asked for, in the namespace asked for", () => {
    const { app, files } = gateApp({ outputs: { flagger: false }, namespace: "checkout", name: "checkout-slos" });
    app.synth();
    const written = parseAllDocuments(files("production").get("kubernetes/checkout-gate.yaml") as string).map((d) => d.toJS());
    expect(written.map((object) => [object.kind, object.metadata.name, object.metadata.namespace])).toEqual([["AnalysisTemplate", "checkout-slos", "checkout"]]);
    expect(written[0].spec.metrics[0]).not.toHaveProperty("interval");
  });
});

describe("DeploymentGate's Argo conditions", () => {
  // What the gate value query can answer: budget left, exhausted, burning (-1), no series, NaN (0/0).
  const answers: Array<[string, number[]]> = [["budget left", [0.42]], ["exhausted", [0]], ["burning", [-1]], ["empty", []], ["NaN", [Number.NaN]]];

  it.each(["pass", "fail", "inconclusive"] as const)("decide every answer with on-no-data %s, never erroring", (onNoData) => {
    const verdicts = answers.map(([name, result]) => [name, argoMeasurement(argoConditions(onNoData), result)]);
    expect(verdicts).toEqual([["budget left", "pass"], ["exhausted", "fail"], ["burning", "fail"], ["empty", onNoData], ["NaN", onNoData]]);
  });
});

describe("DeploymentGate's bad input", () => {
  it("lists every problem at once", () => {
    const { app, stack, slos } = gateApp({ slos: [], name: "Checkout Gate", prometheusUrl: "prometheus:9090", interval: "1.5m", outputs: { argoRollouts: false, flagger: false } });
    const staging = testStack(app, "staging");
    const elsewhere = new ServiceSlo(staging, "availability", { ...availabilityProps(), owner: team(staging) });
    const quiet = new ServiceSlo(stack, "quiet", { ...availabilityProps({ name: "quiet" }), owner: slos[0].props.owner, outputs: { prometheus: false, grafana: false } });
    new DeploymentGate(stack, "other-gate", { slos: [elsewhere, quiet], prometheusUrl: PROMETHEUS });
    expect(synthProblems(app)).toEqual([
      "production/checkout-gate: slos: is empty; name the ServiceSlo(s) the gate guards",
      'production/checkout-gate: prometheusUrl: "prometheus:9090" is not an absolute web address; write it with its scheme and host, e.g. "https://grafana.example.com"',
      'production/checkout-gate: interval: "1.5m" has a decimal point, which Prometheus durations do not allow; write it as 1m30s',
      'production/checkout-gate: name "Checkout Gate" is not a Kubernetes name; use lower-case letters, digits and dashes, e.g. "checkout-gate"',
      "production/checkout-gate: outputs: the gate is written nowhere; keep argoRollouts or flagger",
      "production/other-gate: slos: staging/availability is in another stack; a gate reads the alerts of its own environment, so declare it there",
      "production/other-gate: slos: production/quiet writes no Prometheus rules (outputs.prometheus is false), and the gate reads them",
    ]);
  });
});
