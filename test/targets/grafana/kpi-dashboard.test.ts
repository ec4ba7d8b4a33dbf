import { describe, expect, it } from "vitest";
import { Duration } from "../../../src/domain/duration";
import { kpiDashboard, KPI_PANEL_TITLES } from "../../../src/targets/grafana/kpi-dashboard";
import { conversionSpec } from "../../support/kpi-fixtures";

interface PanelJson {
  type: string;
  title: string;
  gridPos: { x: number; y: number; w: number; h: number };
  targets: Array<{ expr: string; legendFormat?: string }>;
  fieldConfig: { defaults: { unit?: string; thresholds?: { steps: Array<{ value: number | null; color: string }> } } };
}

interface DashboardJson {
  uid: string;
  timezone: string;
  links: Array<{ title: string; url: string }>;
  panels: PanelJson[];
}

const spec = conversionSpec({
  unit: "percentunit",
  dependencies: [{ name: "SLO shop availability", dashboardUrl: "https://grafana.example.com/d/slo-shop-availability", slo: { id: "shop-availability", service: "shop", name: "availability" } }],
});

describe("kpiDashboard", () => {
  const model = kpiDashboard("kpi-shop-conversion-rate", spec) as DashboardJson;
  const panel = (title: string) => model.panels.find((candidate) => candidate.title === title) as PanelJson;
  const value = 'kpi:value{kpi="shop-conversion-rate"}';

  it("draws the value against its band and the week before, in the KPI's unit and time zone", () => {
    const band = panel(`shop conversion-rate: ${KPI_PANEL_TITLES.band}`);
    expect(band.targets.map((target) => [target.expr, target.legendFormat])).toEqual([
      [value, "value"],
      ['anomaly:level{kpi="shop-conversion-rate"}', "baseline"],
      ['anomaly:upper_band{kpi="shop-conversion-rate"}', "upper band"],
      ['anomaly:lower_band{kpi="shop-conversion-rate"}', "lower band"],
      [`${value} offset 1w`, "a week before"],
    ]);
    expect(band.fieldConfig.defaults.unit).toBe("percentunit");
    expect(band.gridPos).toEqual({ x: 0, y: 5, w: 24, h: 9 });
    expect(model.timezone).toBe("Europe/Berlin");
  });

  it("shows the week-over-week change, red when the KPI fell, and the burn rate of the SLOs it depends on", () => {
    const change = panel(KPI_PANEL_TITLES.weekOverWeek);
    expect(change.targets[0].expr).toBe(`(${value} / (${value} offset 1w)) - 1`);
    expect(change.fieldConfig.defaults.thresholds?.steps).toEqual([{ value: null, color: "red" }, { value: 0, color: "green" }]);
    const burn = panel(KPI_PANEL_TITLES.burn("SLO shop availability"));
    expect(burn.targets[0].expr).toBe('slo:current_burn_rate:ratio{sloth_id="shop-availability",sloth_service="shop",sloth_slo="availability"}');
    expect([change.gridPos, burn.gridPos]).toEqual([{ x: 0, y: 0, w: 12, h: 5 }, { x: 12, y: 0, w: 12, h: 5 }]);
    expect(model.links.map((link) => [link.title, link.url])).toEqual([["SLO shop availability", "https://grafana.example.com/d/slo-shop-availability"]]);
  });

  it("shows the forecast against its limit only for a KPI with a forecast", () => {
    expect(model.panels.map((candidate) => candidate.title)).not.toContain(KPI_PANEL_TITLES.forecast);
    const lower = kpiDashboard("kpi", { ...spec, direction: "lower", forecast: { threshold: 0.02, window: Duration.days(7), horizon: Duration.days(7) } }) as DashboardJson;
    const forecast = lower.panels.find((candidate) => candidate.title === KPI_PANEL_TITLES.forecast) as PanelJson;
    expect(forecast.targets[0].expr).toBe('kpi:forecast{kpi="shop-conversion-rate"}');
    expect(forecast.fieldConfig.defaults.thresholds?.steps).toEqual([{ value: null, color: "green" }, { value: 0.02, color: "red" }]);
    expect(lower.panels.filter((candidate) => candidate.type === "stat").map((stat) => stat.gridPos.w)).toEqual([8, 8, 8]);
  });
});
