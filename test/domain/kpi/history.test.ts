import { describe, expect, it } from "vitest";
import { Duration } from "../../../src/domain/duration";
import { DEFAULT_PROMETHEUS_RETENTION, historyNeeds, requiredHistory, retentionProblem } from "../../../src/domain/kpi/history";
import { conversionSpec } from "../../support/kpi-fixtures";

describe("the history a KPI needs", () => {
  it("is three weeks and the detection window for a weekly baseline over three weeks, as for its trend", () => {
    expect(requiredHistory(conversionSpec())?.history.toString()).toBe("21d20m");
    expect(historyNeeds(conversionSpec()).map((need) => [need.reason, need.history.toString()])).toEqual([
      ["a weekly baseline over 3 weeks", "21d20m"],
      ["the weekly trend", "21d20m"],
    ]);
  });

  it("is three days and a bit for a daily baseline, and nothing beyond the rate window without seasonality", () => {
    expect(requiredHistory(conversionSpec({ seasonality: "daily" }))?.history.toString()).toBe("3d20m");
    expect(requiredHistory(conversionSpec({ seasonality: "none" }))).toBeUndefined();
  });

  it("counts the trend's three weeks when the baseline looks back fewer", () => {
    const detection = { ...conversionSpec().detection, seasons: 1 };
    expect(requiredHistory(conversionSpec({ detection }))).toEqual({ reason: "the weekly trend", history: Duration.parse("21d20m") });
  });

  it("counts the forecast window and the season it averages over", () => {
    const forecast = { window: Duration.days(21), horizon: Duration.days(7), threshold: 0.01 };
    expect(requiredHistory(conversionSpec({ forecast }))?.history.toString()).toBe("28d5m");
  });

  it("is more than Prometheus' default 15 days for a weekly KPI, which is then an error naming the fix", () => {
    expect(DEFAULT_PROMETHEUS_RETENTION.toString()).toBe("15d");
    expect(retentionProblem(conversionSpec(), DEFAULT_PROMETHEUS_RETENTION)).toBe(
      "a weekly baseline over 3 weeks needs 21d20m of Prometheus history, more than the stack's retention of 15d; " +
        "set prometheusRetention on the stack to at least 21d20m (and Prometheus' --storage.tsdb.retention.time with it), " +
        "or ask for less (fewer seasons, a shorter forecast window)",
    );
    expect(retentionProblem(conversionSpec(), Duration.days(30))).toBeUndefined();
  });
});
