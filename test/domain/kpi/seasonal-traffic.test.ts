import { describe, expect, it } from "vitest";
import { anomalyFactor, draw, EXPORTER_NOISE, generateKpi, MINUTES_PER_DAY, seasonalShare, weekday } from "../../../src/domain/kpi/seasonal-traffic";

const at = (day: number, hour: number, minute = 0) => day * MINUTES_PER_DAY + hour * 60 + minute;
const profile = { seasonality: "weekly" as const, busiest: 100, weeklyGrowth: 0.02, noise: EXPORTER_NOISE, seed: 7 };

describe("the seasonal traffic generator", () => {
  it("starts on a Thursday, busy on weekday afternoons, more than ten times quieter at night", () => {
    expect(weekday(0)).toBe(4);
    expect(seasonalShare(at(5, 14), "weekly")).toBe(0.975); // Tuesday 14:00
    expect(seasonalShare(at(5, 3), "weekly")).toBe(0.08); // Tuesday 03:00
    expect(seasonalShare(at(5, 14), "weekly") / seasonalShare(at(5, 3), "weekly")).toBeGreaterThan(10);
  });

  it("steps down sharply at midnight and in and out of the weekend", () => {
    expect(seasonalShare(at(5, 23, 59), "weekly")).toBeCloseTo(0.3, 2);
    expect(seasonalShare(at(6, 0), "weekly")).toBe(0.08);
    expect(seasonalShare(at(2, 14), "weekly")).toBe(seasonalShare(at(1, 14), "weekly") * 0.5); // Saturday, Friday
    expect(seasonalShare(at(3, 23, 59), "weekly")).toBeCloseTo(0.15, 2); // Sunday night, then Monday
    expect(seasonalShare(at(4, 0), "weekly")).toBe(0.08);
    expect(seasonalShare(at(2, 14), "daily")).toBe(seasonalShare(at(1, 14), "daily"));
  });

  it("draws the same noise for the same seed and minute, within ±5% a minute and ±1% slowly", () => {
    expect(draw(7, 0, 12)).toBe(draw(7, 0, 12));
    expect(draw(7, 0, 12)).not.toBe(draw(8, 0, 12));
    const values = generateKpi(profile, 1, 7 * MINUTES_PER_DAY);
    expect(generateKpi(profile, 1, 100)).toEqual(values.slice(0, 100));
    const ratios = values.map((value, minute) => value / (100 * seasonalShare(minute, "weekly") * 1.02 ** (minute / (7 * MINUTES_PER_DAY))));
    expect(Math.max(...ratios)).toBeLessThanOrEqual(1.05 * 1.01 * 1.01);
    expect(Math.min(...ratios)).toBeGreaterThanOrEqual(0.95 * 0.99 * 0.99);
    expect(Math.max(...ratios)).toBeGreaterThan(1.05);
    const fiveMinutes = generateKpi(profile, 5, 2016).map((value, step) => value / (100 * seasonalShare(step * 5, "weekly") * 1.02 ** (step / 2016)));
    expect(Math.max(...fiveMinutes)).toBeLessThanOrEqual((1 + 0.05 / Math.sqrt(5)) * 1.01 * 1.01);
  });

  it("grows week on week and applies anomalies: steps, and ramps reached over their minutes", () => {
    const quiet = { ...profile, noise: { sample: 0, hourly: 0, daily: 0 } };
    const [now, weekLater] = [generateKpi(quiet, 1, at(14, 0)).at(at(0, 14))!, generateKpi(quiet, 1, at(14, 0)).at(at(7, 14))!];
    expect(weekLater / now).toBeCloseTo(1.02, 12);
    const decline = { start: 600, end: 1080, factor: 0.7, rampMinutes: 360 };
    expect(anomalyFactor([decline], 599)).toBe(1);
    expect(anomalyFactor([decline], 780)).toBeCloseTo(0.85, 12);
    expect(anomalyFactor([decline], 1000)).toBeCloseTo(0.7, 12);
    expect(anomalyFactor([{ start: 0, end: 10, factor: 0, rampMinutes: 0 }], 5)).toBe(0);
  });
});
