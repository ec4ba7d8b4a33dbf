import { describe, expect, it } from "vitest";
import { declared, type PromQL } from "../../../src/domain/promql";
import { assertRulesParse } from "../../../src/targets/prometheus/rule-groups";

describe("assertRulesParse", () => {
  it("accepts groups whose every expression parses", () => {
    const groups = [{ name: "ok", rules: [{ record: "job:up:sum", expr: declared("sum by (job) (up)") }, { alert: "Down", expr: declared("up == 0"), labels: {}, annotations: {} }] }];
    expect(() => assertRulesParse("production/checkout", groups)).not.toThrow();
  });

  it("stops at a rule that does not parse, naming the declaration, the rule and the expression", () => {
    // No builder makes a broken expression: the cast stands for a bug in one.
    const groups = [{ name: "bad", rules: [{ record: "job:up:sum", expr: declared("sum by (job) (up)") }, { alert: "Broken", expr: "up ==" as PromQL, labels: {}, annotations: {} }] }];
    expect(() => assertRulesParse("production/checkout", groups)).toThrow(
      /^production\/checkout: generated rule Broken is not valid PromQL \(.+\): up ==$/,
    );
  });
});
