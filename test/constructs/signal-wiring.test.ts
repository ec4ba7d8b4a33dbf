import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { AlertRouting, ApiHealthCheck, SecretRef, ServiceSlo, ServiceTelemetry } from "../../constructs";
import { runGate } from "../../src/cli/gate/run-gate";
import { kubernetesObjects } from "../support/outputs";
import { synthProblems, team, testApp, testStack } from "../support/app";

/**
 * The wiring defects the signal graph and the alert identity labels rule out, each shown on the constructs a team
 * declares: an SLI on a probe job nothing probes, span metrics nothing scrapes, an SLO the gate could not find its
 * budget for, and an inhibition that matched by absence.
 */
const RUNBOOK = "https://runbooks.example.com/checkout";

function healthCheck(stack: ReturnType<typeof testStack>, owner: ReturnType<typeof team>): ApiHealthCheck {
  return new ApiHealthCheck(stack, "health", {
    service: "checkout", name: "health", owner, runbookUrl: RUNBOOK, outputs: { datadog: false },
    request: { url: "https://checkout.example.com/health" },
  });
}

describe("the signal graph, on the constructs a team declares", () => {
  it("fails an SLI on a probe job no Probe carries, naming the selector and the job the probes have", () => {
    const test = testApp();
    const stack = testStack(test.app);
    const owner = team(stack);
    const probe = healthCheck(stack, owner);
    const sli = (job: string) => ({ query: { errorRatio: `1 - avg(avg_over_time(probe_success{job="${job}"}[{{.window}}]))` } });
    new ServiceSlo(stack, "availability", { service: "checkout", name: "availability", objective: 99.9, owner, runbookUrl: RUNBOOK, sli: sli("checkout-probe"), outputs: { datadog: false } });
    expect(synthProblems(test.app)).toEqual([
      expect.stringMatching(
        /^production\/availability: 8 rules \(slo:sli_error:ratio_rate5m, .*\) read probe_success\{job="checkout-probe"\}, but no declared source has such series: its job is "synthetics\/checkout-health" on blackbox Probe job "synthetics\/checkout-health" of production\/health/,
      ),
    ]);
    expect(probe.probeJob).toBe("synthetics/checkout-health");
  });

  it("scrapes the collector's Prometheus exporter, which the RED rules read, with a ServiceMonitor on the operator's Service", () => {
    const test = testApp();
    const stack = testStack(test.app);
    new ServiceTelemetry(stack, "api", { service: "planner-api", language: "nodejs", version: "2.0.0", owner: team(stack), runbookUrl: RUNBOOK });
    const graph = stack.plan().graph();
    const sources = new Set(graph.reads.flatMap((read) => read.sources.filter((source) => source.kind === "scrape").map((source) => source.name)));
    expect([...sources]).toEqual(['the OpenTelemetry collector of planner-api scraped as job "planner-api-otel-collector"']);
    test.app.synth();
    const files = new Map([...test.files("production")].map(([path, text]) => [`production/${path}`, text]));
    const monitor = kubernetesObjects(files).find(({ object }) => object.kind === "ServiceMonitor")?.object as { spec: Record<string, unknown> };
    expect(monitor.spec).toEqual({
      namespaceSelector: { matchNames: ["monitoring"] },
      selector: {
        matchLabels: {
          "app.kubernetes.io/instance": "monitoring.planner-api-otel",
          "app.kubernetes.io/component": "opentelemetry-collector",
          "app.kubernetes.io/managed-by": "opentelemetry-operator",
          "operator.opentelemetry.io/collector-service-type": "base",
        },
      },
      endpoints: [{ port: "prometheus", interval: "30s" }],
    });
  });

  it("gives every series of a flow's uptime SLO its environment, so that the gate finds the budget of the SLO it lists", async () => {
    const test = testApp();
    const stack = testStack(test.app);
    healthCheck(stack, team(stack));
    test.app.synth();
    const rules = parse(test.files("production").get("prometheus/checkout-health-uptime.rules.yml") as string) as {
      groups: Array<{ rules: Array<{ record?: string; labels?: Record<string, string> }> }>;
    };
    const recorded = (metric: string) => rules.groups.flatMap((group) => group.rules).find((rule) => rule.record === metric)?.labels ?? {};
    // Prometheus answers the gate with the series the rules record, whatever extra labels the SLI keeps.
    const prometheus = {
      async query(expr: string) {
        const metric = expr.startsWith("sloth_slo_info") ? "sloth_slo_info" : "slo:period_error_budget_remaining:ratio";
        return expr.startsWith("ALERTS") ? [] : [{ labels: { ...recorded(metric), flow: "checkout-health", service: "checkout" }, value: metric === "sloth_slo_info" ? 1 : -0.92 }];
      },
    };
    const report = await runGate(prometheus, "Prometheus", { slos: [], onNoData: "pass" });
    expect(report.judgements.map((judgement) => [judgement.slo.id, judgement.slo.env, judgement.verdict, judgement.reason])).toEqual([
      ["checkout-health-uptime", "production", "fail", "error budget exhausted: -92.0% left in the period"],
    ]);
  });

  it("inhibits a ticket only by a page that carries the same service, SLO and environment, never by their absence", () => {
    const test = testApp();
    const stack = testStack(test.app);
    team(stack);
    new AlertRouting(stack, "routing", { defaultReceiver: { slack: { channel: "#alerts", webhook: SecretRef.kubernetes("alertmanager", "slack") } } });
    test.app.synth();
    const file = parse(test.files("production").get("alertmanager/alertmanager.yml") as string) as { inhibit_rules: unknown[] };
    expect(file.inhibit_rules).toEqual([
      { source_matchers: ['severity="page"', 'service=~".+"', 'slo=~".+"', 'env=~".+"'], target_matchers: ['severity="ticket"', 'service=~".+"', 'slo=~".+"', 'env=~".+"'], equal: ["service", "slo", "env"] },
      {
        source_matchers: ['severity="critical"', 'alertname=~".+"', 'service=~".+"', 'env=~".+"'],
        target_matchers: ['severity="warning"', 'alertname=~".+"', 'service=~".+"', 'env=~".+"'],
        equal: ["alertname", "service", "env"],
      },
    ]);
  });
});
