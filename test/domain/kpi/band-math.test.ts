import { describe, expect, it } from "vitest";
import { band, baselineLevel, deviation, impact, median, relativeLimit, spread, standardDeviation, trend } from "../../../src/domain/kpi/band-math";

describe("the band maths", () => {
  it("takes the median as Prometheus' quantile(0.5) does", () => {
    expect(median([120, 80, 100])).toBe(100);
    expect(median([3, 1, 2, 10])).toBe(2.5);
    expect(() => median([])).toThrow("the median of no values is undefined");
  });

  it("is not moved by one odd week: a week with an outage does not drag the level down", () => {
    expect(median([100, 0, 104])).toBe(100);
  });

  it("takes the population standard deviation, as Prometheus' stddev does", () => {
    expect(standardDeviation([2, 4, 4, 4, 5, 5, 7, 9])).toBe(2);
    expect(standardDeviation([90, 100, 110])).toBeCloseTo(8.16496580927726, 12);
  });

  it("scales the median by last week's trend, which moves it by at most 25%", () => {
    expect(trend(110, 100)).toBeCloseTo(1.1, 12);
    expect(trend(200, 100)).toBe(1.25);
    expect(trend(10, 100)).toBe(0.8);
    expect(baselineLevel([90, 100, 110], 1.1)).toBeCloseTo(110, 12);
  });

  it("keeps the spread at least the minimum share of the level", () => {
    expect(spread([99, 100, 101], 100, 5)).toBe(5);
    expect(spread([90, 100, 110], 100, 5)).toBeCloseTo(8.16496580927726, 12);
    expect(spread([-1, 0, 1], -10, 5)).toBeCloseTo(0.816496580927726, 12);
  });

  it("puts the band sensitivity spreads around the level, and measures deviations in spreads", () => {
    expect(band(100, 5, 3)).toEqual({ lower: 85, upper: 115 });
    expect(deviation(80, 100, 5)).toBe(-4);
    expect(deviation(110, 100, 5)).toBe(2);
  });

  it("turns relative thresholds into a factor of the baseline on the bad side", () => {
    expect(relativeLimit("higher", { percentOfBaseline: 95 })).toBe(0.95);
    expect(relativeLimit("higher", { maxImpactPercent: 1 })).toBe(0.99);
    expect(relativeLimit("lower", { maxImpactPercent: 1 })).toBe(1.01);
    expect(relativeLimit("higher", {})).toBeUndefined();
    expect(impact(99, 100)).toBeCloseTo(-0.01, 12);
  });
});
