import { describe, expect, it } from "vitest";
import { assertRulesParse } from "../../../src/targets/prometheus/rule-groups";

describe("assertRulesParse", () => {
  it("accepts groups whose every expression parses", () => {
    const groups = [{ name: "ok", rules: [{ record: "job:up:sum", expr: "sum by (job) (up)" }, { alert: "Down", expr: "up == 0", labels: {}, annotations: {} }] }];
    expect(() => assertRulesParse("production/checkout", groups)).not.toThrow();
  });

  it("stops at a rule that does not parse, naming the declaration, the rule and the expression", () => {
    const groups = [{ name: "bad", rules: [{ record: "job:up:sum", expr: "sum by (job) (up)" }, { alert: "Broken", expr: "up ==", labels: {}, annotations: {} }] }];
    expect(() => assertRulesParse("production/checkout", groups)).toThrow(
      /^production\/checkout: generated rule Broken is not valid PromQL \(.+\): up ==$/,
    );
  });
});
