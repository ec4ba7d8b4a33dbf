import { describe, expect, it } from "vitest";
import { ApiHealthCheck, ServiceSlo } from "../../../constructs";
import { renderGraphDot, renderGraphMermaid, renderGraphText } from "../../../src/cli/graph/render-graph";
import { constructGraph } from "../../../src/domain/signals/stack-graph";
import { availabilityProps, team, testApp, testStack } from "../../support/app";

/** A stack with a health check and an SLO on the team's own counters, as graphs. */
function graphs() {
  const test = testApp();
  const stack = testStack(test.app);
  const owner = team(stack);
  new ApiHealthCheck(stack, "health", {
    service: "checkout", name: "health", owner, runbookUrl: "https://runbooks.example.com/checkout/health", outputs: { datadog: false },
    request: { url: "https://checkout.example.com/health" },
  });
  new ServiceSlo(stack, "availability", { ...availabilityProps(), owner, outputs: { datadog: false } });
  return test.app.inspect().stacks.map((stack) => stack.graph);
}

describe("watchkeeper graph", () => {
  it("shows, per construct, the series it reads through its recordings, and where each alert goes", () => {
    const [production] = graphs();
    expect(renderGraphText([constructGraph(production, "production/availability")])).toBe(
      [
        "production/availability",
        '  reads    http_requests_total{service="checkout",code=~"5.."} from external signal "the tested services" of production',
        '  reads    http_requests_total{service="checkout"} from external signal "the tested services" of production',
        "  records  13 recording rules (slo:sli_error:ratio_rate5m, slo:sli_error:ratio_rate30m, slo:sli_error:ratio_rate1h, …)",
        '  alert    CheckoutAvailabilityErrorBudgetBurn (page) → Alertmanager route team="checkout", severity page → PagerDuty service checkout on-call',
        '  alert    CheckoutAvailabilityErrorBudgetBurn (ticket) → Alertmanager route team="checkout", severity ticket → Slack #checkout-alerts',
        '  alert    CheckoutAvailabilitySLIMetricsAbsent (ticket) → Alertmanager route team="checkout", severity ticket → Slack #checkout-alerts',
        "",
      ].join("\n"),
    );
  });

  it("keeps a construct's sources, what reads them and where its alerts go, and nothing else", () => {
    const [production] = graphs();
    const health = constructGraph(production, "production/health");
    const paths = new Set(health.nodes.map((node) => node.path));
    expect([...paths].sort()).toEqual(["", "production/health", "production/health/uptime"]);
    expect(health.nodes.filter((node) => node.kind === "source").map((node) => node.label)).toEqual(['blackbox Probe job "synthetics/checkout-health"']);
    expect(health.nodes.filter((node) => node.kind === "receiver").map((node) => node.label).sort()).toEqual(["PagerDuty service checkout on-call", "Slack #checkout-alerts"]);
  });

  it("draws the same nodes and edges as a Mermaid flowchart and a DOT graph", () => {
    const [production] = graphs();
    const graph = constructGraph(production, "production/availability");
    const mermaid = renderGraphMermaid([graph]).split("\n");
    expect(mermaid.slice(0, 2)).toEqual(["flowchart LR", '  subgraph production["production"]']);
    expect(mermaid.filter((line) => line.includes(" --> "))).toHaveLength(graph.edges.length);
    expect(mermaid.filter((line) => line.includes("[(\"external signal #quot;the tested services#quot;\")]"))).toHaveLength(1);
    const dot = renderGraphDot([graph]).split("\n");
    expect(dot.slice(0, 2)).toEqual(["digraph watchkeeper {", "  rankdir=LR;"]);
    expect(dot.filter((line) => line.includes(" -> "))).toHaveLength(graph.edges.length);
    expect(dot.filter((line) => line.endsWith('[label="external signal \\"the tested services\\"", shape=cylinder];'))).toHaveLength(1);
  });
});
