import { describe, expect, it } from "vitest";
import { argoMeasurement, evaluateArgoCondition } from "../../support/argo-condition";

describe("evaluateArgoCondition", () => {
  it("reads result, its first value, len and isNaN", () => {
    expect(evaluateArgoCondition("len(result) == 0", [])).toBe(true);
    expect(evaluateArgoCondition("len(result) > 0 && result[0] > 0.5", [0.75])).toBe(true);
    expect(evaluateArgoCondition("isNaN(result[0])", [Number.NaN])).toBe(true);
    expect(evaluateArgoCondition("!isNaN(result[0])", [Number.NaN])).toBe(false);
  });

  it("binds && tighter than || and honours parentheses", () => {
    expect(evaluateArgoCondition("1 > 2 && 1 > 2 || 2 > 1", [])).toBe(true);
    expect(evaluateArgoCondition("1 > 2 && (1 > 2 || 2 > 1)", [])).toBe(false);
  });

  it("short-circuits, so a guarded index never errors, and errors on an unguarded one", () => {
    expect(evaluateArgoCondition("len(result) == 0 || result[0] > 0", [])).toBe(true);
    expect(() => evaluateArgoCondition("result[0] > 0", [])).toThrow("index out of range: 0 (array length is 0)");
  });

  it("compares NaN as Go does: every comparison is false", () => {
    expect(evaluateArgoCondition("result[0] > 0", [Number.NaN])).toBe(false);
    expect(evaluateArgoCondition("result[0] <= 0", [Number.NaN])).toBe(false);
  });

  it("refuses what it does not cover instead of misreading it", () => {
    expect(() => evaluateArgoCondition("result[0] + 1 > 0", [1])).toThrow(/unsupported syntax/);
    expect(() => evaluateArgoCondition("asFloat(result[0]) > 0", [1])).toThrow("unsupported token asFloat");
    expect(() => evaluateArgoCondition("result[0]", [1])).toThrow("expected a boolean, got 1");
  });
});

describe("argoMeasurement", () => {
  const conditions = { successCondition: "result[0] > 0", failureCondition: "result[0] < 0" };

  it("decides as Argo's EvaluateResult: failure wins, neither is inconclusive, an evaluation error is an error", () => {
    expect(argoMeasurement(conditions, [1])).toBe("pass");
    expect(argoMeasurement(conditions, [-1])).toBe("fail");
    expect(argoMeasurement(conditions, [0])).toBe("inconclusive");
    expect(argoMeasurement(conditions, [])).toBe("error");
  });
});
