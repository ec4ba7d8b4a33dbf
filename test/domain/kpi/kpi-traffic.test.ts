import { describe, expect, it } from "vitest";
import { expandingValues, signalInputs } from "../../../src/domain/kpi/kpi-traffic";
import { parseSelector } from "../../../src/domain/promql";

const counter = { kind: "counter" as const, counter: parseSelector('orders_total{service="shop"}') };

describe("the input series of a KPI's generated tests", () => {
  it("write a counter growing by value × seconds a step, equal steps in a row as one run", () => {
    const { series, samples } = signalInputs(counter, [1, 1, 1, 2], [], 5);
    expect(series).toEqual([{ metric: "orders_total", labels: { service: "shop" }, stepMinutes: 5, runs: expect.any(Array) }]);
    expect(expandingValues(series[0], 5)).toBe("0 300+300x2 1500");
    expect(samples.kind === "counter" && samples.counter.values).toEqual([0, 300, 600, 900, 1500]);
  });

  it("write a gauge reading each step's value at its end, and a ratio's numerator as the value times its denominator", () => {
    const gauge = { kind: "gauge" as const, gauge: parseSelector("users"), aggregation: "sum" as const, canBeZero: true };
    expect(expandingValues(signalInputs(gauge, [4.5, 4.5, 5], [], 5).series[0], 5)).toBe("4.5+0x2 5");
    const ratio = { kind: "ratio" as const, numerator: parseSelector("orders_total"), denominator: parseSelector("sessions_total") };
    const [numerator, denominator] = signalInputs(ratio, [0.5, 0.5], [10, 10], 5).series;
    expect([expandingValues(numerator, 5), expandingValues(denominator, 5)]).toEqual(["0 1500+1500x1", "0 3000+3000x1"]);
  });

  it("average the steps no evaluation reads, keeping the last ones before each evaluation as they are", () => {
    const { series } = signalInputs(counter, [1, 3, 5, 7, 1, 3, 5, 7], [], 5, { every: 4, last: 2 });
    expect(expandingValues(series[0], 5)).toBe("0 600+600x1 2700 4800 5400+600x1 7500 9600");
  });

  it("refuse to be written at another input interval", () => {
    expect(() => expandingValues(signalInputs(counter, [1], [], 5).series[0], 1)).toThrow("series orders_total is sampled every 5m, not every 1m");
  });
});
