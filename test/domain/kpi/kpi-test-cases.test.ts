import { describe, expect, it } from "vitest";
import { Duration } from "../../../src/domain/duration";
import { kpiTestCases } from "../../../src/domain/kpi/kpi-test-cases";
import { conversionSpec } from "../../support/kpi-fixtures";

const spec = conversionSpec({
  rateWindow: Duration.minutes(10),
  floor: { value: 0, for: Duration.minutes(30) },
  forecast: { window: Duration.days(7), horizon: Duration.days(7), threshold: 0.02 },
});
const [seasonal, floor, forecast] = kpiTestCases(spec);
const QUIET_WEEK = [504, 672];

describe("the generated KPI test cases", () => {
  it("check a quiet fourth week at every evaluation, every two hours, for every predicted alert", () => {
    const quiet = seasonal.checks.filter((check) => check.hour >= QUIET_WEEK[0] && check.hour < QUIET_WEEK[1]);
    expect(quiet.every((check) => !check.firing)).toBe(true);
    expect(new Set(quiet.map((check) => check.hour)).size).toBe(84);
    expect(new Set(quiet.map((check) => check.alert))).toEqual(new Set(["ShopConversionRateAnomaly", "ShopConversionRateBelowBaseline", "ShopConversionRateAtFloor"]));
  });

  it("check each watched scenario when it first alerts and, started 5 minutes later, just before, within its goal", () => {
    expect(seasonal.checks.filter((check) => check.hour >= QUIET_WEEK[1])).toEqual([
      { hour: 684, alert: "ShopConversionRateAnomaly", firing: true },
      { hour: 708, alert: "ShopConversionRateAnomaly", firing: false },
      { hour: 730, alert: "ShopConversionRateAnomaly", firing: true },
      { hour: 734, alert: "ShopConversionRateAnomaly", firing: false },
      { hour: 738, alert: "ShopConversionRateAnomaly", firing: true },
      { hour: 754, alert: "ShopConversionRateAnomaly", firing: false },
      { hour: 758, alert: "ShopConversionRateAnomaly", firing: false },
    ]);
    expect(seasonal.name.split("; ").slice(1)).toEqual([
      "a 30% decline over 6 hours alerts 105m after it starts (at 28d12h)",
      "a 30% decline over 6 hours has not alerted 85m after it starts (at 29d12h)",
      "a 15% drop for 45 minutes alerts 10m after it starts (at 30d10h)",
      "a 15% drop for 45 minutes has not alerted 5m after it starts (at 30d14h)",
      "a drop to zero for an hour alerts 5m after it starts (at 30d18h)",
      "a drop to zero for an hour has not alerted 0m after it starts (at 31d10h)",
      "a 2x spike for 45 minutes has not alerted 30m after it starts (at 31d14h)",
    ]);
  });

  it("feed the signal's series every 5 minutes, averaged between what the evaluations read", () => {
    expect(seasonal.series.map((series) => [series.metric, series.stepMinutes])).toEqual([["orders_total", 5], ["sessions_total", 5]]);
    // Every two hours: one run for the stretch no evaluation reads, then one sample a step for the 25 minutes they read.
    expect(seasonal.series[0].runs.length).toBeLessThanOrEqual(1 + (760 / 2) * (1 + 5));
  });

  it("check the floor after its wait, and the forecast firing before the KPI crosses its threshold", () => {
    expect(floor.checks).toEqual([
      { hour: 38, alert: "ShopConversionRateAtFloor", firing: false },
      { hour: 42, alert: "ShopConversionRateAtFloor", firing: true },
    ]);
    expect(forecast.checks).toEqual([
      { hour: 504, alert: "ShopConversionRateForecastBreach", firing: false },
      { hour: 672, alert: "ShopConversionRateForecastBreach", firing: true },
    ]);
  });

  it("check the spike of a KPI where lower is better, and keep its drops quiet", () => {
    const lower = conversionSpec({
      direction: "lower",
      detection: { ...spec.detection, direction: "above" },
      thresholds: { maxImpactPercent: 5, relativeWindow: Duration.hours(1) },
    });
    const [only, ...none] = kpiTestCases(lower);
    expect(none).toEqual([]);
    expect(only.name).toContain("a 2x spike for 45 minutes alerts 5m after it starts");
    expect(only.name).toContain("a drop to zero for an hour has not alerted 15m after it starts");
  });

  it("refuse a band tighter than a normal week's noise, naming what to widen", () => {
    const tight = conversionSpec({ detection: { ...spec.detection, sensitivity: 0.5 } });
    expect(() => kpiTestCases(tight)).toThrow(/the generated quiet week would raise ShopConversionRateAnomaly at .*; widen them \(detection.sensitivity/);
  });
});
