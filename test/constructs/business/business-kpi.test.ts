import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { BusinessKpi, type BusinessKpiProps } from "../../../constructs";
import { synthProblems, team, testApp, testStack } from "../../support/app";

const shop = (overrides: Partial<BusinessKpiProps> = {}): BusinessKpiProps => ({
  service: "shop",
  name: "conversion-rate",
  signal: { ratio: { numerator: 'orders_total{service="shop"}', denominator: 'sessions_total{service="shop"}' } },
  thresholds: { percentOfBaseline: 95 },
  runbookUrl: "https://runbooks.example.com/shop/conversion",
  ...overrides,
});

function problemsOf(props: Partial<BusinessKpiProps>, retention = "30d"): string[] {
  const test = testApp();
  const stack = testStack(test.app, "production", { prometheusRetention: retention });
  new BusinessKpi(stack, "conversion", { ...shop(props), owner: team(stack, "shop") });
  return synthProblems(test.app);
}

describe("BusinessKpi", () => {
  let files: Map<string, string>;

  beforeAll(() => {
    const test = testApp();
    const stack = testStack(test.app, "production", { prometheusRetention: "30d", grafanaUrl: "https://grafana.example.com" });
    new BusinessKpi(stack, "conversion", { ...shop(), owner: team(stack, "shop"), floor: { for: "30m" } });
    test.app.synth();
    files = test.files("production");
  });

  it("writes its rules as a rule file and a PrometheusRule, and their promtool tests, named after the KPI", () => {
    expect([...files.keys()].filter((path) => path.includes("kpi") || path.includes("conversion"))).toEqual([
      "grafana/executive.kpis.json",
      "grafana/shop-conversion-rate.kpi.json",
      "kubernetes/conversion.yaml",
      "prometheus/kpi-shop-conversion-rate.rules.yml",
      "tests/kpi-shop-conversion-rate.test.yml",
    ]);
    const rules = parse(files.get("prometheus/kpi-shop-conversion-rate.rules.yml") as string);
    const alerts = rules.groups.flatMap((group: { rules: Array<{ alert?: string; labels: Record<string, string> }> }) => group.rules.filter((rule) => rule.alert !== undefined));
    expect(alerts.map((rule: { alert: string }) => rule.alert)).toEqual([
      "ShopConversionRateAnomaly",
      "ShopConversionRateBelowBaseline",
      "ShopConversionRateAtFloor",
    ]);
    expect(alerts[0].labels).toEqual({ team: "shop", service: "shop", env: "production", kpi: "shop-conversion-rate", severity: "ticket" });
    expect(alerts[0].annotations.dashboard_url).toBe("https://grafana.example.com/d/kpi-shop-conversion-rate");
  });
});

describe("BusinessKpi's dashboards", () => {
  it("writes one executive dashboard per stack, a section per KPI with a Grafana output, in declaration order", () => {
    const test = testApp();
    const stack = testStack(test.app, "production", { prometheusRetention: "30d" });
    const owner = team(stack, "shop");
    new BusinessKpi(stack, "conversion", { ...shop(), owner });
    new BusinessKpi(stack, "hidden", { ...shop({ name: "hidden" }), owner, outputs: { grafana: false } });
    new BusinessKpi(stack, "revenue", { ...shop({ name: "revenue", signal: { counter: "revenue_total" }, thresholds: {}, unit: "currencyEUR" }), owner });
    test.app.synth();
    const files = test.files("production");
    expect([...files.keys()].filter((path) => path.startsWith("grafana/"))).toEqual([
      "grafana/executive.kpis.json",
      "grafana/shop-conversion-rate.kpi.json",
      "grafana/shop-revenue.kpi.json",
    ]);
    const executive = JSON.parse(files.get("grafana/executive.kpis.json") as string);
    const rows = executive.panels.filter((panel: { type: string }) => panel.type === "row").map((panel: { title: string }) => panel.title);
    expect(rows).toEqual(["shop conversion-rate", "shop revenue"]);
    const revenueBand = executive.panels.find((panel: { title: string }) => panel.title === "shop revenue: Value and seasonal band");
    expect(revenueBand.fieldConfig.defaults.unit).toBe("currencyEUR");
    const dashboards = Object.values(test.terraform("production").resource.grafana_dashboard ?? {});
    expect(dashboards).toHaveLength(3);
  });

  it("refuses a Grafana output without the Prometheus recordings it reads", () => {
    expect(problemsOf({ outputs: { prometheus: false } })).toEqual([
      "production/conversion: outputs.grafana: the KPI's dashboards read its Prometheus recordings; set outputs.grafana to false too, or keep outputs.prometheus on",
    ]);
  });
});

describe("BusinessKpi's bad input", () => {
  it("rejects a ratio with no denominator", () => {
    expect(problemsOf({ signal: { ratio: { numerator: "orders_total", denominator: "" } } })).toEqual([
      "production/conversion: signal.ratio.denominator: is empty; give it a value",
    ]);
  });

  it("rejects a sensitivity of 0 or less", () => {
    expect(problemsOf({ detection: { sensitivity: 0 } })).toEqual([
      "production/conversion: detection.sensitivity: 0 is not a band half-width in spreads from 0.1 to 100; e.g. 3",
    ]);
  });

  it("rejects a sustain time shorter than the rate window the KPI is averaged over", () => {
    expect(problemsOf({ detection: { sustain: "5m" } })).toEqual([
      "production/conversion: detection.sustain: 5m is shorter than the rate window (10m); the KPI is averaged over the sustain time " +
        "before it is compared with its band, which takes at least the rate window; use 10m or more, e.g. 20m",
    ]);
  });

  it("rejects a weekly baseline that needs more history than the stack's Prometheus keeps (15 days by default)", () => {
    expect(problemsOf({}, "15d")).toEqual([
      "production/conversion: seasonality: a weekly baseline over 3 weeks needs 21d20m of Prometheus history, more than " +
        "the stack's retention of 15d; set prometheusRetention on the stack to at least 21d20m (and Prometheus' " +
        "--storage.tsdb.retention.time with it), or ask for less (fewer seasons, a shorter forecast window)",
    ]);
  });

  it("rejects a relative threshold on a KPI without a baseline", () => {
    expect(problemsOf({ seasonality: "none" })).toEqual([
      'production/conversion: thresholds.percentOfBaseline: a relative threshold needs a baseline, and a KPI with seasonality "none" ' +
        'has none; set seasonality to "daily" or "weekly", or use thresholds.absolute',
    ]);
  });

  it("rejects a signal that is not valid PromQL", () => {
    expect(problemsOf({ signal: { counter: "revenue_total{currency=" } })).toEqual([
      'production/conversion: signal.counter: "revenue_total{currency=" is not valid PromQL (syntax error at column 24, near "the end of the expression"); write a selector like http_requests_total{job="checkout"}',
    ]);
  });

  it("rejects a floor at 0 on a gauge that can legitimately be 0", () => {
    expect(problemsOf({ signal: { gauge: { selector: "queue_length" } }, thresholds: {}, floor: { for: "30m" } })).toEqual([
      "production/conversion: floor: gauge queue_length can legitimately be 0 (signal.gauge.canBeZero), so a floor at 0 would " +
        "alert on normal readings; set canBeZero: false if 0 means an outage, or use thresholds.absolute instead",
    ]);
  });

  it("reports every problem at once", () => {
    expect(problemsOf({ detection: { sensitivity: -1, sustain: "soon" }, timeZone: "Mars/Olympus" })).toHaveLength(3);
  });
});
