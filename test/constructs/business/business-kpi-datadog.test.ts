import { describe, expect, it } from "vitest";
import { BusinessKpi, type BusinessKpiProps } from "../../../constructs";
import { resources, synthProblems, team, testApp, testStack } from "../../support/app";

const conversion: BusinessKpiProps = {
  service: "shop",
  name: "conversion-rate",
  signal: { ratio: { numerator: 'orders_total{service="shop"}', denominator: 'sessions_total{service="shop"}' } },
  thresholds: { percentOfBaseline: 95 },
  timeZone: "Europe/Berlin",
  runbookUrl: "https://runbooks.example.com/shop/conversion",
};

function monitorsOf(props: Partial<BusinessKpiProps>): Array<Record<string, unknown>> {
  const test = testApp();
  const stack = testStack(test.app, "production", { prometheusRetention: "30d", grafanaUrl: "https://grafana.example.com" });
  new BusinessKpi(stack, "kpi", { ...conversion, ...props, owner: team(stack, "shop") });
  test.app.synth();
  return resources(test.terraform("production"), "datadog_monitor");
}

function problemsOf(props: Partial<BusinessKpiProps>): string[] {
  const test = testApp();
  const stack = testStack(test.app, "production", { prometheusRetention: "30d" });
  new BusinessKpi(stack, "kpi", { ...conversion, ...props, owner: team(stack, "shop") });
  return synthProblems(test.app);
}

describe("BusinessKpi on Datadog", () => {
  it("watches a seasonal ratio with a robust weekly anomaly monitor in the KPI's time zone, tagged with owner and KPI", () => {
    const [anomaly, ...others] = monitorsOf({});
    expect(others).toEqual([]);
    expect(anomaly.type).toBe("query alert");
    expect(anomaly.query).toBe(
      "avg(last_20m):anomalies(sum:orders.count{service:shop}.as_count() / sum:sessions.count{service:shop}.as_count(), " +
        "'robust', 3, direction='below', alert_window='last_20m', interval=60, count_default_zero='true', " +
        "seasonality='weekly', timezone='Europe/Berlin') >= 0.5",
    );
    expect(anomaly.monitor_thresholds).toEqual({ critical: "0.5" });
    expect(anomaly.monitor_threshold_windows).toEqual({ trigger_window: "last_20m", recovery_window: "last_20m" });
    expect(anomaly.tags).toEqual(["team:shop", "service:shop", "env:production", "kpi:shop-conversion-rate", "managed-by:watchkeeper", "severity:ticket"]);
    expect(anomaly.name).toBe("[ticket] ShopConversionRateAnomaly: shop conversion-rate is outside its weekly bounds (below) for 50% of the last 20m");
    expect(anomaly.message).toContain("Runbook: https://runbooks.example.com/shop/conversion");
    expect(String(anomaly.message).endsWith("@slack-shop-alerts")).toBe(true);
  });

  it("follows the given algorithm, interval, direction and query", () => {
    const [anomaly] = monitorsOf({
      detection: { sensitivity: 2.5, sustain: "1h", direction: "both" },
      seasonality: "daily",
      datadogAnomaly: { algorithm: "agile", interval: "5m" },
      datadogQuery: "sum:shop.conversions{*}.as_count()",
    });
    expect(anomaly.query).toBe(
      "avg(last_1h):anomalies(sum:shop.conversions{*}.as_count(), 'agile', 2.5, direction='both', alert_window='last_1h', " +
        "interval=300, count_default_zero='true', seasonality='daily', timezone='Europe/Berlin') >= 0.5",
    );
    expect(anomaly.monitor_threshold_windows).toEqual({ trigger_window: "last_1h", recovery_window: "last_1h" });
  });

  it("writes a gauge without seasonality as threshold and linear forecast monitors, and no anomaly monitor", () => {
    const monitors = monitorsOf({
      signal: { gauge: { selector: 'satisfaction_score{service="shop"}', canBeZero: false } },
      seasonality: "none",
      thresholds: { absolute: 4.5 },
      forecast: { threshold: 4.5, window: "3d" },
    });
    expect(monitors.map((monitor) => [monitor.query, monitor.monitor_thresholds])).toEqual([
      ["min(next_1w):forecast(avg:satisfaction_score{service:shop}, 'linear', 1, interval='60m', history='3d', model='default') <= 4.5", { critical: "4.5" }],
      ["avg(last_20m):avg:satisfaction_score{service:shop} < 4.5", { critical: "4.5" }],
    ]);
  });

  it("forecasts a seasonal counter with the seasonal model and watches its floor", () => {
    const monitors = monitorsOf({
      signal: { counter: 'revenue_total{service="shop"}' },
      thresholds: {},
      floor: { for: "30m" },
      forecast: { threshold: 10, horizon: "2d" },
    });
    expect(monitors.map((monitor) => monitor.query)).toEqual([
      "avg(last_20m):anomalies(sum:revenue.count{service:shop}.as_rate(), 'robust', 3, direction='below', alert_window='last_20m', interval=60, count_default_zero='true', seasonality='weekly', timezone='Europe/Berlin') >= 0.5",
      "max(last_30m):sum:revenue.count{service:shop}.as_rate() <= 0",
      "min(next_2d):forecast(sum:revenue.count{service:shop}.as_rate(), 'seasonal', 1, interval='17m', seasonality='weekly') <= 10",
    ]);
  });

  it("writes a Datadog-only KPI without asking for Prometheus history", () => {
    const test = testApp();
    const stack = testStack(test.app, "production", { prometheusRetention: "1d" });
    new BusinessKpi(stack, "kpi", { ...conversion, owner: team(stack, "shop"), outputs: { prometheus: false, grafana: false } });
    test.app.synth();
    expect(resources(test.terraform("production"), "datadog_monitor")).toHaveLength(1);
    expect(Object.keys(test.terraform("production").resource).filter((type) => type.startsWith("grafana"))).toEqual([]);
  });

  it("writes nothing to Datadog when its output is off", () => {
    expect(monitorsOf({ outputs: { datadog: false } })).toEqual([]);
  });
});

describe("BusinessKpi's bad Datadog input", () => {
  it("rejects an anomaly interval over a fifth of the alert window, with the fix", () => {
    expect(problemsOf({ datadogAnomaly: { interval: "5m" } })).toEqual([
      "production/kpi: datadogAnomaly.interval: interval 5m is more than a fifth of the alert window (detection.sustain 20m), " +
        "or not whole seconds; Datadog needs at least five points in the window: use an interval of at most 240s, or a longer sustain (at least 25m)",
    ]);
  });

  it("asks for datadogQuery when the signal has no Datadog translation", () => {
    expect(problemsOf({ signal: { counter: 'revenue_total{currency=~"[A-Z]+"}' } })).toEqual([
      'production/kpi: datadogQuery: currency=~"[A-Z]+" cannot be written as a Datadog tag filter; use literal alternatives with at ' +
        "most a trailing wildcard (like \"5..\" or \"500|503\"), or give the Datadog queries explicitly; give datadogQuery, or set outputs.datadog to false",
    ]);
    const given = monitorsOf({ signal: { counter: 'revenue_total{currency=~"[A-Z]+"}' }, datadogQuery: "sum:revenue{*}.as_rate()", thresholds: {} });
    expect(given.map((monitor) => monitor.query)).toEqual([expect.stringMatching(/^avg\(last_20m\):anomalies\(sum:revenue\{\*\}\.as_rate\(\), 'robust'/)]);
  });
});
