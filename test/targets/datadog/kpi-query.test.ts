import { describe, expect, it } from "vitest";
import { Duration } from "../../../src/domain/duration";
import {
  anomalyIntervalProblem,
  anomalyMonitorQuery,
  canonicalTimeZone,
  datadogSpan,
  defaultAnomalyInterval,
  forecastMonitorQuery,
  thresholdMonitorQuery,
} from "../../../src/targets/datadog/kpi-query";

describe("Datadog KPI queries", () => {
  it("writes spans in whole weeks, days, hours, else minutes", () => {
    expect([Duration.days(14), Duration.days(3), Duration.hours(36), Duration.minutes(90), Duration.minutes(15)].map(datadogSpan)).toEqual(["2w", "3d", "36h", "90m", "15m"]);
  });

  it("rolls anomalies up by the minute, or by a fifth of an alert window shorter than 5m", () => {
    expect(defaultAnomalyInterval(Duration.minutes(15)).seconds).toBe(60);
    expect(defaultAnomalyInterval(Duration.minutes(2)).seconds).toBe(24);
  });

  it("accepts an interval of exactly a fifth of the alert window and refuses one second more", () => {
    expect(anomalyIntervalProblem(Duration.parse("3m"), Duration.minutes(15))).toBeUndefined();
    expect(anomalyIntervalProblem(Duration.parse("3m1s"), Duration.minutes(15))).toMatch(/^interval 3m1s is more than a fifth of the alert window .* at most 180s, or a longer sustain \(at least 15m5s\)$/);
  });

  it("compares a lower-is-better KPI the other way: above its limit, at or above its ceiling, forecast at or above", () => {
    expect(thresholdMonitorQuery("avg:latency{*}", "lower", 2, Duration.minutes(15), "limit")).toBe("avg(last_15m):avg:latency{*} > 2");
    expect(thresholdMonitorQuery("avg:queue{*}", "lower", 100, Duration.minutes(30), "floor")).toBe("min(last_30m):avg:queue{*} >= 100");
    expect(forecastMonitorQuery({ query: "avg:queue{*}", direction: "lower", seasonality: "daily", threshold: 100, history: Duration.days(1), horizon: Duration.days(1) })).toBe(
      "max(next_1d):forecast(avg:queue{*}, 'seasonal', 1, interval='9m', seasonality='daily') >= 100",
    );
  });

  // DataDog/documentation monitors/guide/how-to-update-anomaly-monitor-timezone.md: "TZ identification string …
  // for example America/New_York or Europe/Paris … (canonical format recommended)".
  it("gives an anomaly monitor's timezone as the canonical IANA name, whatever the case it was declared in", () => {
    expect(["Europe/Berlin", "europe/berlin", "AMERICA/NEW_YORK", "utc"].map(canonicalTimeZone)).toEqual(["Europe/Berlin", "Europe/Berlin", "America/New_York", "UTC"]);
    const input = { query: "sum:orders{*}.as_count()", algorithm: "robust", deviations: 3, direction: "below", alertWindow: Duration.minutes(15), interval: Duration.minutes(1), seasonality: "weekly" } as const;
    const zone = /timezone='([^']+)'/.exec(anomalyMonitorQuery({ ...input, timeZone: "Europe/Berlin" }))?.[1];
    expect(Intl.supportedValuesOf("timeZone")).toContain(zone);
  });
});
