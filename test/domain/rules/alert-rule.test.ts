import { describe, expect, it } from "vitest";
import { alertRule, type AlertRuleInput } from "../../../src/domain/rules/alert-rule";
import { Duration } from "../../../src/domain/duration";

const owner = { teamName: "orders", receivers: () => [] };

const input: AlertRuleInput = {
  name: "orders consumer-lag",
  expr: 'sum(kafka_consumergroup_lag{consumergroup="orders"}) > 1000',
  severity: "page",
  for: Duration.parse("10m"),
  owner,
  service: "orders",
  environment: "production",
  summary: "orders: the consumer is falling behind",
  description: "{{ $value }} messages wait",
  runbookUrl: "https://runbooks.example.com/orders/lag",
};

describe("alertRule", () => {
  it("names the alert in CamelCase and sets the convention labels and annotations", () => {
    expect(alertRule({ ...input, labels: { tier: "1" }, dashboardUrl: "https://grafana.example.com/d/orders" })).toEqual({
      alert: "OrdersConsumerLag",
      expr: 'sum(kafka_consumergroup_lag{consumergroup="orders"}) > 1000',
      for: "10m",
      labels: { tier: "1", severity: "page", team: "orders", service: "orders", env: "production" },
      annotations: {
        summary: "orders: the consumer is falling behind",
        description: "{{ $value }} messages wait",
        runbook_url: "https://runbooks.example.com/orders/lag",
        dashboard_url: "https://grafana.example.com/d/orders",
      },
    });
  });

  it("leaves out what is not given: no for, no links", () => {
    const rule = alertRule({ ...input, for: undefined, runbookUrl: undefined, severity: "ticket" });
    expect(rule).not.toHaveProperty("for");
    expect(rule.annotations).toEqual({ summary: input.summary, description: input.description });
    expect(rule.labels.severity).toBe("ticket");
  });

  it("refuses extra labels that would replace the ones routing reads", () => {
    expect(() => alertRule({ ...input, labels: { severity: "info", env: "dev", tier: "1" } })).toThrow(
      "alert OrdersConsumerLag: labels severity, env are set by Watchkeeper from severity, owner, service and environment; remove them from labels",
    );
  });

  it("refuses an expression that is not PromQL, naming the alert", () => {
    expect(() => alertRule({ ...input, expr: "sum(kafka_consumergroup_lag > 1000" })).toThrow(
      /^alert OrdersConsumerLag: expr: "sum\(kafka_consumergroup_lag > 1000" is not valid PromQL \(syntax error at column/,
    );
  });

  it("refuses a name with no letters or digits", () => {
    expect(() => alertRule({ ...input, name: "--" })).toThrow('alert name "--" has no letters or digits');
  });
});
