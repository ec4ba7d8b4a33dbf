import { describe, expect, it } from "vitest";
import { validateAgainstCrd } from "../../../src/cli/checks/crd-schema";

const prometheusRule = (groups: unknown[]) => ({
  apiVersion: "monitoring.coreos.com/v1",
  kind: "PrometheusRule",
  metadata: { name: "checkout-slo", namespace: "monitoring" },
  spec: { groups },
});

describe("validateAgainstCrd", () => {
  it("accepts a valid PrometheusRule, including a Go (?i) pattern", () => {
    const rule = prometheusRule([
      {
        name: "checkout-availability",
        interval: "30s",
        partial_response_strategy: "WARN",
        rules: [{ alert: "CheckoutErrorBudgetBurn", expr: "sum(rate(errors[5m])) > 0", for: "5m", labels: { severity: "page" } }],
      },
    ]);
    expect(validateAgainstCrd(rule)).toEqual([]);
  });

  it("reports every error with the JSON pointer of the offending value", () => {
    const errors = validateAgainstCrd(prometheusRule([{ rules: [{ alert: "X", expr: "up == 0", for: 5 }] }]));
    expect(errors).toContain("/spec/groups/0 must have required property 'name'");
    expect(errors).toContain("/spec/groups/0/rules/0/for must be string");
  });

  it("compiles case-insensitive Go patterns into the JavaScript i flag", () => {
    const config = (months: string[]) => ({
      apiVersion: "monitoring.coreos.com/v1alpha1",
      kind: "AlertmanagerConfig",
      metadata: { name: "quiet" },
      spec: { muteTimeIntervals: [{ name: "holidays", timeIntervals: [{ months }] }] },
    });
    expect(validateAgainstCrd(config(["January:march", "12"]))).toEqual([]);
    expect(validateAgainstCrd(config(["Smarch"])).join("\n")).toContain("must match pattern");
  });

  it("throws a clear error for a kind no CRD defines", () => {
    expect(() => validateAgainstCrd({ apiVersion: "monitoring.coreos.com/v1", kind: "PrometheusRules" })).toThrow(
      "No CRD in src/providers/schemas/crds/ defines kind PrometheusRules in monitoring.coreos.com/v1",
    );
    expect(() => validateAgainstCrd({ apiVersion: "monitoring.coreos.com/v2", kind: "PrometheusRule" })).toThrow("No CRD");
  });
});
