import { describe, expect, it } from "vitest";
import { Duration } from "../../../src/domain/duration";
import {
  burnRateWindows,
  defaultMinimumEventsForPage,
  errorBudget,
  scaleWindow,
} from "../../../src/domain/slo/slo-math";

function table(period: string) {
  return burnRateWindows(Duration.parse(period)).map((w) => [w.severity, `${w.long}`, `${w.short}`, w.factor]);
}

describe("burn-rate windows", () => {
  it("30d gives the workbook table exactly", () => {
    expect(table("30d")).toEqual([
      ["page", "1h", "5m", 14.4],
      ["page", "6h", "30m", 6],
      ["ticket", "1d", "2h", 3],
      ["ticket", "3d", "6h", 1],
    ]);
  });

  it("28d gives Sloth's 28-day factors with windows scaled from the period", () => {
    expect(table("28d")).toEqual([
      ["page", "1h", "5m", 13.44],
      ["page", "6h", "30m", 5.6],
      ["ticket", "1d", "2h", 2.8],
      ["ticket", "3d", "6h", 0.9333],
    ]);
  });

  it("7d shrinks the windows and keeps the budget each pair consumes", () => {
    expect(table("7d")).toEqual([
      ["page", "15m", "5m", 13.44],
      ["page", "1h", "5m", 8.4],
      ["ticket", "6h", "30m", 2.8],
      ["ticket", "17h", "1h", 0.9882],
    ]);
  });

  it("90d triples every window and keeps the workbook factors", () => {
    expect(table("90d")).toEqual([
      ["page", "3h", "15m", 14.4],
      ["page", "18h", "2h", 6],
      ["ticket", "3d", "6h", 3],
      ["ticket", "9d", "18h", 1],
    ]);
  });

  it("never scales a window below five minutes", () => {
    expect(scaleWindow(Duration.minutes(5), Duration.days(1)).toString()).toBe("5m");
  });
});

describe("error budget and the low-traffic guard", () => {
  it("computes budgets without floating-point noise", () => {
    expect(errorBudget(99.9)).toBe(0.001);
    expect(errorBudget(95)).toBe(0.05);
    expect(errorBudget(99.99)).toBe(0.0001);
  });

  it("requires enough events that one failed request cannot page alone", () => {
    const windows = burnRateWindows(Duration.days(30));
    expect(defaultMinimumEventsForPage(windows, errorBudget(99.9))).toBe(167);
    expect(defaultMinimumEventsForPage(windows, errorBudget(99))).toBe(17);
    expect(defaultMinimumEventsForPage(windows, errorBudget(95))).toBe(4);
  });
});
