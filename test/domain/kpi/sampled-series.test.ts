import { describe, expect, it } from "vitest";
import { SampledSeries } from "../../../src/domain/kpi/sampled-series";

// A counter sampled every 5 minutes, growing 300 a step, then 600 a step from 10 minutes on.
const counter = new SampledSeries(300, [0, 300, 600, 1200, 1800, 2400]);

describe("Prometheus' ranges on a sampled series", () => {
  it("takes a range's first sample in Prometheus 2 (closed) and leaves it out in Prometheus 3 (left-open)", () => {
    // [10m, 20m]: 600 → 1800 over 10 minutes; (10m, 20m]: 1200 → 1800 over 5 minutes, extrapolated to the start.
    expect(counter.rate(1200, 600, "closed")).toBe(2);
    expect(counter.rate(1200, 600, "left-open")).toBe(2);
    expect(counter.rate(900, 600, "closed")).toBe(1.5);
    expect(counter.rate(900, 600, "left-open")).toBe(2);
  });

  it("extrapolates a rate no further than the counter's zero, and needs two samples", () => {
    expect(counter.rate(300, 600, "closed")).toBe(0.5);
    expect(counter.rate(0, 600, "closed")).toBeUndefined();
  });

  it("averages a gauge over its range, and reads the latest sample within the lookback", () => {
    const gauge = new SampledSeries(300, [1, 2, 3, 4]);
    expect(gauge.averageOverTime(900, 600, "closed")).toBe(3);
    expect(gauge.averageOverTime(900, 600, "left-open")).toBe(3.5);
    expect(gauge.instant(900, "closed")).toBe(4);
    expect(gauge.instant(1500, "closed")).toBeUndefined();
  });
});
