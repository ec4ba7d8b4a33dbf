import { describe, expect, it } from "vitest";
import { Duration } from "../../../src/domain/duration";
import { kpiTestCases } from "../../../src/domain/kpi/kpi-test-cases";
import { expandingValues, noise, seasonalShare, weekday } from "../../../src/domain/kpi/kpi-traffic";
import { conversionSpec } from "../../support/kpi-fixtures";

const spec = conversionSpec({
  rateWindow: Duration.minutes(10),
  floor: { value: 0, for: Duration.minutes(30) },
  forecast: { window: Duration.days(7), horizon: Duration.days(7), threshold: 0.02 },
});
const [seasonal, floor, forecast] = kpiTestCases(spec);

describe("the synthetic KPI traffic", () => {
  it("starts on a Thursday, is busy on weekday afternoons and quiet on nights and weekends", () => {
    expect(weekday(0)).toBe(4);
    expect(seasonalShare(5 * 24 + 14)).toBe(1); // Tuesday 14:00
    expect(seasonalShare(5 * 24 + 3)).toBe(0.2); // Tuesday 03:00
    expect(seasonalShare(2 * 24 + 14)).toBe(0.6); // Saturday 14:00
    expect(Math.abs(noise(7, 0.02))).toBeLessThanOrEqual(0.02);
  });

  it("writes a counter as hourly runs of 5-minute increments", () => {
    expect(expandingValues({ metric: "x_total", labels: {}, kind: "counter", perHour: [1, 2] }, 5)).toBe("0 300+300x11 4200+600x11");
    expect(expandingValues({ metric: "x", labels: {}, kind: "gauge", perHour: [4.5] }, 5)).toBe("4.5+0x11");
  });
});

describe("the generated KPI test cases", () => {
  it("check a normal fourth week quiet at nights and on the weekend, and the 20% drop alerting after the sustain time", () => {
    const quiet = seasonal.checks.filter((check) => check.hour < 638);
    expect(quiet.every((check) => !check.firing)).toBe(true);
    expect(new Set(quiet.map((check) => check.hour % 24))).toEqual(new Set([3, 9, 15, 21]));
    expect(seasonal.checks.filter((check) => check.firing)).toEqual([
      { hour: 640, alert: "ShopConversionRateAnomaly", firing: true },
      { hour: 640, alert: "ShopConversionRateBelowBaseline", firing: true },
    ]);
    expect(seasonal.series.map((series) => series.perHour.length)).toEqual([642, 642]);
  });

  it("check the floor after its wait, and the forecast firing before the KPI crosses its threshold", () => {
    expect(floor.checks).toEqual([
      { hour: 38, alert: "ShopConversionRateAtFloor", firing: false },
      { hour: 40, alert: "ShopConversionRateAtFloor", firing: true },
    ]);
    expect(forecast.checks).toEqual([
      { hour: 504, alert: "ShopConversionRateForecastBreach", firing: false },
      { hour: 672, alert: "ShopConversionRateForecastBreach", firing: true },
    ]);
  });
});
