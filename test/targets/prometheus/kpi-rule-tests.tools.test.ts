import { describe, expect, it } from "vitest";
import { Duration } from "../../../src/domain/duration";
import { parseSelector } from "../../../src/domain/promql";
import { conversionSpec } from "../../support/kpi-fixtures";
import { runGeneratedKpiTests } from "../../support/kpi-promtool";

const detection = conversionSpec().detection;

/** The KPIs whose generated tests promtool runs: each signal, both directions and both sides, both seasonalities. */
const KPIS = {
  "a ratio where higher is better, with a floor and a forecast": conversionSpec({
    rateWindow: Duration.minutes(10),
    floor: { value: 0, for: Duration.minutes(30) },
    forecast: { window: Duration.days(7), horizon: Duration.days(7), threshold: 0.02 },
  }),
  "a counter where lower is better": conversionSpec({
    signal: { kind: "counter", counter: parseSelector('checkout_errors_total{service="shop"}') },
    direction: "lower",
    detection: { ...detection, direction: "above" },
    thresholds: { maxImpactPercent: 5, relativeWindow: Duration.hours(1) },
  }),
  "a daily gauge watched on both sides": conversionSpec({
    signal: { kind: "gauge", gauge: parseSelector('active_users{service="shop"}'), aggregation: "sum", canBeZero: true },
    seasonality: "daily",
    detection: { ...detection, direction: "both" },
    thresholds: { relativeWindow: Duration.hours(1), absolute: 0.001 },
  }),
};

describe.concurrent("generated promtool tests of a KPI", () => {
  for (const [name, spec] of Object.entries(KPIS)) {
    it(`pass against the rules generated for the same KPI: ${name}`, async () => {
      const result = await runGeneratedKpiTests(spec);
      expect(result.ok, result.output).toBe(true);
    });
  }
});
