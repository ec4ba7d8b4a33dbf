import { describe, expect, it } from "vitest";
import { band, baselineLevel, deviation, growth, grownSample, impact, median, relativeLimit, spread, trend } from "../../../src/domain/kpi/band-math";

describe("the band maths", () => {
  it("takes the median as Prometheus' quantile(0.5) does", () => {
    expect(median([120, 80, 100])).toBe(100);
    expect(median([3, 1, 2, 10])).toBe(2.5);
    expect(() => median([])).toThrow("the median of no values is undefined");
  });

  it("averages the samples within the band of their median: a week with an outage does not drag the level down", () => {
    expect(baselineLevel([100, 0, 104], 100, 2, 3)).toBe(102);
    expect(baselineLevel([99, 100, 102], 100, 2, 3)).toBeCloseTo(100.3333333333, 9);
    expect(baselineLevel([90, 100, 120], 100, 1, 3)).toBe(100);
    expect(baselineLevel([90, 110], 100, 1, 3)).toBeUndefined();
  });

  it("measures growth a week over two weeks, and trends with the median growth, at most 10% a week", () => {
    expect(growth(121, 100)).toBeCloseTo(1.1, 12);
    expect(trend([1.02, 0.5, 1.01, 1.03, 2])).toBe(1.02);
    expect(trend([1.5, 1.4, 1.6])).toBe(1.1);
    expect(trend([0.5])).toBeCloseTo(1 / 1.1, 12);
  });

  it("grows each past week's sample by the trend once a week since, and leaves it before there is a trend", () => {
    expect(grownSample(100, 1.02, 3)).toBeCloseTo(106.1208, 10);
    expect(grownSample(100, undefined, 3)).toBe(100);
  });

  it("takes the samples' median distance from their median, scaled to a deviation, at least the minimum share", () => {
    expect(spread([90, 100, 120], 100, 2)).toBeCloseTo(14.826, 10);
    expect(spread([99, 100, 101], 100, 2)).toBe(2);
    expect(spread([100, 0, 101], 100, 2)).toBe(2);
    expect(spread([-1, 0, 1], 0, 2)).toBeCloseTo(1.4826, 12);
  });

  it("puts the band sensitivity spreads around the level, and measures deviations in spreads", () => {
    expect(band(100, 2, 3)).toEqual({ lower: 94, upper: 106 });
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
