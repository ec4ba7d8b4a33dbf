import { describe, expect, it } from "vitest";
import { Duration } from "../../../src/domain/duration";
import { kpiAlerts, kpiRuleGroups } from "../../../src/domain/kpi/kpi-rules";
import { promqlError } from "../../../src/domain/promql";
import { isAlertingRule, type RecordingRule } from "../../../src/domain/rules/rules";
import { conversionSpec } from "../../support/kpi-fixtures";

const K = 'kpi="shop-conversion-rate"';
const full = conversionSpec({
  forecast: { window: Duration.days(7), horizon: Duration.days(7), threshold: 0.02 },
  floor: { value: 0, for: Duration.minutes(30) },
  thresholds: { percentOfBaseline: 95, relativeWindow: Duration.hours(1), absolute: 0.01 },
});

function recordings(spec = full): Map<string, RecordingRule[]> {
  const rules = kpiRuleGroups(spec).flatMap((group) => group.rules).filter((rule): rule is RecordingRule => !isAlertingRule(rule));
  const byName = new Map<string, RecordingRule[]>();
  rules.forEach((rule) => byName.set(rule.record, [...(byName.get(rule.record) ?? []), rule]));
  return byName;
}

describe("KPI recording rules", () => {
  it("record the KPI from its signal", () => {
    expect(recordings().get("kpi:value")?.[0]).toEqual({
      record: "kpi:value",
      expr: 'sum(rate(orders_total{service="shop"}[5m])) / sum(rate(sessions_total{service="shop"}[5m]))',
      labels: { kpi: "shop-conversion-rate" },
    });
  });

  it("average the KPI over the detection window, and sample the same window of the last three weeks from the signal", () => {
    const rules = recordings();
    const over = (offset: string) =>
      `sum(rate(orders_total{service="shop"}[20m]${offset})) / sum(rate(sessions_total{service="shop"}[20m]${offset}))`;
    expect(rules.get("kpi:value:smoothed")?.[0].expr).toBe(over(""));
    expect(rules.get("kpi:value:season_sample")?.map((rule) => [rule.labels?.seasons_ago, rule.expr])).toEqual(
      [1, 2, 3].map((weeks) => [String(weeks), `(${over(` offset ${weeks}w`)}) * on () (kpi:trend:ratio{${K}} ^ ${weeks} or on () vector(1))`]),
    );
  });

  it("grow each sample by the trend, the median over a week of the growth a week measured over two", () => {
    const rules = recordings();
    expect(rules.get("kpi:growth:ratio")?.[0].expr).toBe(
      `(kpi:value:smoothed{${K}} / on () (sum(rate(orders_total{service="shop"}[20m] offset 2w)) / sum(rate(sessions_total{service="shop"}[20m] offset 2w)))) ^ 0.5`,
    );
    expect(rules.get("kpi:trend:ratio")?.[0].expr).toBe(`clamp(quantile_over_time(0.5, kpi:growth:ratio{${K}}[1w]), 0.909090909091, 1.1)`);
    expect(rules.get("kpi:value:season_median")?.[0].expr).toBe(`quantile without (seasons_ago) (0.5, kpi:value:season_sample{${K}})`);
  });

  it("take the samples' median distance from their median as spread, at least 1.75% of it, and bands 3 spreads wide", () => {
    const rules = recordings();
    const distance = `abs(kpi:value:season_sample{${K}} - ignoring (seasons_ago) group_left () kpi:value:season_median{${K}})`;
    expect(rules.get("anomaly:spread")?.[0].expr).toBe(
      `((1.4826 * (quantile without (seasons_ago) (0.5, ${distance}))) >= (0.0175 * abs(kpi:value:season_median{${K}}))) or (0.0175 * abs(kpi:value:season_median{${K}}))`,
    );
    expect(rules.get("anomaly:lower_band")?.[0].expr).toBe(`anomaly:level{${K}} - (3 * anomaly:spread{${K}})`);
    expect(rules.get("anomaly:upper_band")?.[0].expr).toBe(`anomaly:level{${K}} + (3 * anomaly:spread{${K}})`);
    expect(rules.get("anomaly:deviation")?.[0].expr).toBe(`(kpi:value:smoothed{${K}} - anomaly:level{${K}}) / anomaly:spread{${K}}`);
  });

  it("take as level the average of the samples within the band's width of their median", () => {
    const distance = `abs(kpi:value:season_sample{${K}} - ignoring (seasons_ago) group_left () kpi:value:season_median{${K}})`;
    expect(recordings().get("anomaly:level")?.[0].expr).toBe(
      `avg without (seasons_ago) (kpi:value:season_sample{${K}} and (${distance} <= ignoring (seasons_ago) group_left () (3 * anomaly:spread{${K}})))`,
    );
  });

  it("average a gauge over the window, and record the weekly average only for a forecast", () => {
    const gauge = conversionSpec({ signal: { kind: "gauge", gauge: { metric: "users", matchers: [] }, aggregation: "sum", canBeZero: true } });
    expect(recordings(gauge).get("kpi:value:smoothed")?.[0].expr).toBe("sum(avg_over_time(users[20m]))");
    expect(recordings(gauge).get("kpi:value")?.[0].expr).toBe("sum(users)");
    expect(recordings(gauge).has("kpi:value:avg1w")).toBe(false);
    expect(recordings().get("kpi:value:avg1w")?.[0].expr).toBe(`avg_over_time(kpi:value{${K}}[1w])`);
  });

  it("forecast the weekly average half a week further than the horizon, where it shows the KPI's level", () => {
    expect(recordings().get("kpi:forecast")?.[0].expr).toBe(`predict_linear(kpi:value:avg1w{${K}}[1w], ${(7 + 3.5) * 86400})`);
  });

  it("record the shortfall per hour of a counter KPI against its baseline", () => {
    const revenue = conversionSpec({ signal: { kind: "counter", counter: { metric: "revenue_total", matchers: [] } } });
    expect(recordings(revenue).get("kpi:shortfall:per_hour")?.[0].expr).toBe(
      `clamp_min(avg_over_time(anomaly:level{${K}}[1h]) - avg_over_time(kpi:value:smoothed{${K}}[1h]), 0) * 3600`,
    );
    expect(recordings().has("kpi:shortfall:per_hour")).toBe(false);
  });

  it("record no baseline without seasonality", () => {
    expect([...recordings(conversionSpec({ seasonality: "none" })).keys()]).toEqual(["kpi:value"]);
  });
});

describe("KPI alerts", () => {
  const alerts = new Map(kpiAlerts(full).map((rule) => [rule.alert, rule]));

  it("fire below the band, below 95% of baseline, below the threshold, at the floor and on a forecast breach", () => {
    expect([...alerts.keys()]).toEqual([
      "ShopConversionRateAnomaly",
      "ShopConversionRateBelowBaseline",
      "ShopConversionRateBelowThreshold",
      "ShopConversionRateAtFloor",
      "ShopConversionRateForecastBreach",
    ]);
    expect(alerts.get("ShopConversionRateAnomaly")?.expr).toBe(`(kpi:value:smoothed{${K}} < anomaly:lower_band{${K}})`);
    expect(alerts.get("ShopConversionRateBelowBaseline")?.expr).toBe(`kpi:impact:ratio{${K}} < -0.05`);
    expect(alerts.get("ShopConversionRateAtFloor")).toMatchObject({ expr: `(kpi:value{${K}} <= 0)\nor\nabsent(kpi:value{${K}})`, for: "30m" });
    expect(alerts.get("ShopConversionRateForecastBreach")?.expr).toBe(`kpi:forecast{${K}} < 0.02`);
    expect(alerts.get("ShopConversionRateAnomaly")).toMatchObject({ labels: { severity: "ticket", team: "shop" } });
    expect(alerts.get("ShopConversionRateAnomaly")?.for).toBeUndefined();
    expect(alerts.get("ShopConversionRateBelowBaseline")?.for).toBe("20m");
  });

  it("watch both sides of the band when asked, and the other side when lower is better", () => {
    const both = kpiAlerts(conversionSpec({ detection: { ...full.detection, direction: "both" } }))[0];
    expect(both.expr).toBe(`(kpi:value:smoothed{${K}} < anomaly:lower_band{${K}})\nor\n(kpi:value:smoothed{${K}} > anomaly:upper_band{${K}})`);
    const lower = kpiAlerts(conversionSpec({ direction: "lower", thresholds: { maxImpactPercent: 1, relativeWindow: Duration.hours(1) } }));
    expect(lower.map((rule) => [rule.alert, rule.expr])).toContainEqual(["ShopConversionRateAboveBaseline", `kpi:impact:ratio{${K}} > 0.01`]);
  });

  it("link the dashboards of the SLOs the KPI depends on", () => {
    const linked = kpiAlerts(conversionSpec({ dependencies: [{ name: "checkout availability", dashboardUrl: "https://grafana.example.com/d/slo-checkout" }] }));
    expect(linked[0].annotations.dependency_dashboards).toBe("checkout availability: https://grafana.example.com/d/slo-checkout");
  });

  it("are all valid PromQL, as every recording", () => {
    for (const rule of kpiRuleGroups(full).flatMap((group) => group.rules)) {
      expect(promqlError(rule.expr), rule.expr).toBeUndefined();
    }
  });
});
