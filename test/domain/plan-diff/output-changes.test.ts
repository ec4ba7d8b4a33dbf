import { describe, expect, it } from "vitest";
import { compareOutputs } from "../../../src/domain/plan-diff/compare";
import type { OutputItem } from "../../../src/domain/plan-diff/output-item";
import { collapseMirrors, placeOf, summarizeConstructs } from "../../../src/domain/plan-diff/output-changes";

const item = (id: string, kind: OutputItem["kind"], noun: string, label: string, more: Partial<OutputItem> = {}): OutputItem => ({
  id,
  stack: "production",
  kind,
  construct: "production/checkout",
  type: noun,
  noun,
  label,
  fields: { n: 1 },
  ...more,
});

/** A rule in its rule file and in its PrometheusRule, and a dashboard as a Terraform resource, a file and a GrafanaDashboard. */
const SLO: OutputItem[] = [
  item("rule file burn", "rule", "alerting rule", "alerting rule CheckoutBurn (page)", { where: "prometheus/checkout.rules.yml", mirror: "rule production/checkout burn/CheckoutBurn#0" }),
  item("prometheusrule burn", "rule", "alerting rule", "alerting rule CheckoutBurn (page)", { where: "PrometheusRule monitoring/checkout", mirror: "rule production/checkout burn/CheckoutBurn#0" }),
  item("terraform dashboard", "terraform", "Grafana dashboard", 'Grafana dashboard "SLO checkout"', { mirror: "dashboard slo-checkout" }),
  item("file dashboard", "file", "Grafana dashboard file", "Grafana dashboard file grafana/checkout.json", { mirror: "dashboard slo-checkout", construct: "production" }),
  item("kubernetes dashboard", "kubernetes", "GrafanaDashboard", "GrafanaDashboard monitoring/slo-checkout", { mirror: "dashboard slo-checkout" }),
  item("terraform slo", "terraform", "Datadog SLO", 'Datadog SLO "checkout"'),
];

describe("outputs", () => {
  it("count the copies of a rule and of a dashboard once, shown by their Terraform resource or first rule, wherever each copy is", () => {
    const outputs = collapseMirrors(compareOutputs(SLO, []));
    expect(outputs.map((output) => [output.change, output.noun, output.label, output.copies.map((copy) => placeOf("before" in copy ? copy.before : copy.after))])).toEqual([
      ["removed", "Grafana dashboard", 'Grafana dashboard "SLO checkout"', ["Terraform", "GrafanaDashboard monitoring/slo-checkout", "grafana/checkout.json"]],
      ["removed", "Datadog SLO", 'Datadog SLO "checkout"', ["Terraform"]],
      ["removed", "alerting rule", "alerting rule CheckoutBurn (page)", ["PrometheusRule monitoring/checkout", "prometheus/checkout.rules.yml"]],
    ]);
  });

  it("are changed when their copies disagree, and keep apart rules of the same name in other constructs", () => {
    const changed = SLO.map((entry) => (entry.id === "file dashboard" ? { ...entry, fields: { n: 2 } } : entry));
    const [dashboard] = collapseMirrors(compareOutputs(SLO.slice(2, 5), [...changed.slice(2, 4)]));
    expect([dashboard.change, dashboard.copies.map((copy) => copy.change)]).toEqual(["changed", ["removed", "changed"]]);
    const elsewhere = { ...SLO[1], id: "other construct", construct: "production/search", mirror: "rule production/search burn/CheckoutBurn#0" };
    expect(collapseMirrors(compareOutputs([SLO[0], elsewhere], []))).toHaveLength(2);
  });

  it("summarize each construct: removed when all its outputs are, counted by noun; changed otherwise, each count with its change", () => {
    const added = item("search monitor", "terraform", "Datadog monitor", 'Datadog monitor "search"', { construct: "production/search" });
    const kept = item("search slo", "terraform", "Datadog SLO", 'Datadog SLO "search"', { construct: "production/search" });
    const summaries = summarizeConstructs(collapseMirrors(compareOutputs([...SLO, kept], [added, { ...kept, fields: { n: 2 } }])));
    expect(summaries.map(({ construct, change, counts }) => ({ construct, change, counts }))).toEqual([
      {
        construct: "production/checkout",
        change: "removed",
        counts: [
          { change: "removed", noun: "Grafana dashboard", count: 1 },
          { change: "removed", noun: "Datadog SLO", count: 1 },
          { change: "removed", noun: "alerting rule", count: 1 },
        ],
      },
      {
        construct: "production/search",
        change: "changed",
        counts: [
          { change: "added", noun: "Datadog monitor", count: 1 },
          { change: "changed", noun: "Datadog SLO", count: 1 },
        ],
      },
    ]);
  });
});
