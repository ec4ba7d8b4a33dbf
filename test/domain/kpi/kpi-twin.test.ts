import { describe, expect, it } from "vitest";
import { KpiTwin } from "../../../src/domain/kpi/kpi-twin";
import { SampledSeries } from "../../../src/domain/kpi/sampled-series";
import { parseSelector } from "../../../src/domain/promql";
import { conversionSpec } from "../../support/kpi-fixtures";

const WEEK_STEPS = 7 * 24 * 12;
const spec = conversionSpec({ signal: { kind: "counter", counter: parseSelector("orders_total") } });

/** A counter sampled every 5 minutes for four weeks, at `rate(step)` a second. */
function twinOf(rate: (step: number) => number, weeks = 4): KpiTwin {
  const totals = [0];
  Array.from({ length: weeks * WEEK_STEPS }, (_, step) => totals.push(totals[step] + rate(step) * 300));
  return new KpiTwin(spec, { kind: "counter", counter: new SampledSeries(300, totals) }, 3600, "closed");
}

/** 100 a second, times `factors[w]` in week w. */
const weekly = (factors: readonly number[]) => (step: number) => 100 * factors[Math.floor(step / WEEK_STEPS)];

/** Wednesday noon of the fourth week, at hourly evaluations. */
const NOW = 3 * 168 + 84;

describe("the rules' twin", () => {
  it("grows each past week by the median growth, measured over two weeks, to the level now", () => {
    const twin = twinOf(weekly([1, 1.02, 1.0404, 1.061208]));
    expect(twin.growth(NOW)).toBeCloseTo(1.02, 12);
    expect(twin.trend(NOW)).toBeCloseTo(1.02, 12);
    const band = twin.band(NOW)!;
    expect(band.level).toBeCloseTo(106.1208, 9);
    expect(band.spread).toBeCloseTo(0.0175 * 106.1208, 9);
    expect(band.lower).toBeCloseTo(106.1208 * (1 - 3 * 0.0175), 9);
  });

  it("keeps its trend through a day's outage, and has none before two weeks of history", () => {
    const outage = twinOf((step) => (step >= WEEK_STEPS + 288 && step < WEEK_STEPS + 576 ? 0 : 100));
    expect(outage.trend(NOW)).toBe(1);
    expect(twinOf(weekly([1, 1]), 2).trend(168 + 84)).toBeUndefined();
  });

  it("leaves an odd week out of the level", () => {
    expect(twinOf(weekly([1, 0.4, 1, 1])).band(NOW)?.level).toBe(100);
  });

  it("compares the smoothed KPI's average over the relative window with the level's", () => {
    const twin = twinOf(weekly([1, 1, 1, 0.95]));
    expect(twin.smoothed(NOW)).toBeCloseTo(95, 9);
    expect(twin.impact(NOW)).toBeCloseTo(-0.05, 9);
  });
});
