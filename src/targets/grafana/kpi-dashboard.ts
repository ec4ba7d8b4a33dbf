import * as dashboard from "@grafana/grafana-foundation-sdk/dashboard";
import type * as stat from "@grafana/grafana-foundation-sdk/stat";
import type * as timeseries from "@grafana/grafana-foundation-sdk/timeseries";
import type { KpiSpec } from "../../domain/kpi/kpi";
import { dependencyBurnRate, kpiViews, WEEK } from "../../domain/kpi/kpi-views";
import { DATASOURCE_VARIABLE, graphPanel, query, STAT_HEIGHT, statPanel, thresholds, toJson } from "./slo-dashboard";
import { DASHBOARD_TITLES } from "./dashboard-titles";

/** Grafana's grid is 24 columns wide. */
const GRID_WIDTH = 24;

/** Panel titles, exported so that tests need not repeat them. */
export const KPI_PANEL_TITLES = {
  value: (spec: KpiSpec) => `${spec.service} ${spec.name}`,
  band: "Value and seasonal band",
  noBand: "Value and the week before",
  weekOverWeek: "Week over week",
  forecast: "Forecast",
  burn: (name: string) => `${name} burn rate`,
} as const;

/** The KPI against its band (when it has one): the value, the baseline, the upper and lower bands. */
export function bandPanel(spec: KpiSpec, width: number): timeseries.PanelBuilder {
  const views = kpiViews(spec);
  const band = views.band;
  const targets = [
    query(views.value, "A").range().legendFormat("value"),
    ...(band === undefined
      ? []
      : [
          query(band.level, "B").range().legendFormat("baseline"),
          query(band.upper, "C").range().legendFormat("upper band"),
          query(band.lower, "D").range().legendFormat("lower band"),
        ]),
    query(views.weekBefore, band === undefined ? "B" : "E").range().legendFormat("a week before"),
  ];
  return graphPanel(`${KPI_PANEL_TITLES.value(spec)}: ${band === undefined ? KPI_PANEL_TITLES.noBand : KPI_PANEL_TITLES.band}`, width)
    .description(band === undefined ? "The KPI and its value a week before" : `The KPI, its baseline and the band of ${spec.detection.sensitivity} spreads around it`)
    .targets(targets)
    .unit(spec.unit ?? "none");
}

/** The change against the same moment a week before; red on the KPI's bad side. */
export function weekOverWeekStat(spec: KpiSpec, width: number): stat.PanelBuilder {
  const [below, above] = spec.direction === "higher" ? ["red", "green"] : ["green", "red"];
  return statPanel(KPI_PANEL_TITLES.weekOverWeek, query(kpiViews(spec).weekOverWeek, "A").instant(), width)
    .description(`The KPI now against ${WEEK} before`)
    .unit("percentunit")
    .decimals(1)
    .thresholds(thresholds(below, [{ value: 0, color: above }]));
}

/** The forecast at the end of its horizon against its limit; undefined without a forecast. */
export function forecastStat(spec: KpiSpec, width: number): stat.PanelBuilder | undefined {
  const forecast = kpiViews(spec).forecast;
  if (forecast === undefined || spec.forecast === undefined) {
    return undefined;
  }
  const [below, above] = spec.direction === "higher" ? ["red", "green"] : ["green", "red"];
  return statPanel(KPI_PANEL_TITLES.forecast, query(forecast, "A").instant(), width)
    .description(`A linear fit over ${spec.forecast.window}, ${spec.forecast.horizon} ahead; the limit is ${spec.forecast.threshold}`)
    .unit(spec.unit ?? "none")
    .thresholds(thresholds(below, [{ value: spec.forecast.threshold, color: above }]));
}

/** The current burn rate of each SLO the KPI depends on: green below 1, red from 1 (the budget would not last). */
export function burnStats(spec: KpiSpec, width: number): stat.PanelBuilder[] {
  return spec.dependencies.flatMap((dependency) => {
    const burn = dependencyBurnRate(dependency);
    return burn === undefined
      ? []
      : [
          statPanel(KPI_PANEL_TITLES.burn(dependency.name), query(burn, "A").instant(), width)
            .description("How many times faster than the objective allows the SLO spends its error budget")
            .unit("suffix:x")
            .decimals(2)
            .thresholds(thresholds("green", [{ value: 1, color: "red" }])),
        ];
  });
}

/**
 * A KPI's panels: its stats on one row sharing the full width (week-over-week change, forecast, the burn rate
 * of each SLO it depends on), then its value against its band across the full width.
 */
export function kpiPanels(spec: KpiSpec): Array<stat.PanelBuilder | timeseries.PanelBuilder> {
  const dependencies = spec.dependencies.filter((dependency) => dependencyBurnRate(dependency) !== undefined).length;
  const count = 1 + (spec.forecast === undefined ? 0 : 1) + dependencies;
  const width = Math.floor(GRID_WIDTH / count);
  const stats = [weekOverWeekStat(spec, width), ...[forecastStat(spec, width)].filter((panel) => panel !== undefined), ...burnStats(spec, width)];
  const last = stats[stats.length - 1];
  last.gridPos({ x: 0, y: 0, w: GRID_WIDTH - width * (count - 1), h: STAT_HEIGHT });
  return [...stats, bandPanel(spec, GRID_WIDTH)];
}

/** What a dashboard is built from besides its panels. */
export interface KpiDashboardInput {
  readonly uid: string;
  readonly title: string;
  readonly description: string;
  readonly tags: readonly string[];
  readonly timeZone: string;
  /** Dashboards linked from the top of this one. */
  readonly links: ReadonlyArray<{ readonly title: string; readonly url: string }>;
}

/** A group of panels, under a collapsible row when it has a title. */
export interface DashboardSection {
  readonly row?: string;
  readonly panels: ReadonlyArray<stat.PanelBuilder | timeseries.PanelBuilder>;
}

/** A dashboard of the given sections in order, reading the `${datasource}` variable, over the last 2 weeks. */
export function buildDashboard(input: KpiDashboardInput, sections: readonly DashboardSection[]): object {
  const builder = new dashboard.DashboardBuilder(input.title)
    .uid(input.uid)
    .tags([...input.tags])
    .description(input.description)
    .timezone(input.timeZone)
    .tooltip(dashboard.DashboardCursorSync.Crosshair)
    .time({ from: "now-14d", to: "now" })
    .withVariable(new dashboard.DatasourceVariableBuilder(DATASOURCE_VARIABLE).label("Data source").type("prometheus"));
  input.links.forEach((link) => builder.link(new dashboard.DashboardLinkBuilder(link.title).type(dashboard.DashboardLinkType.Link).url(link.url)));
  let id = 0;
  for (const section of sections) {
    if (section.row !== undefined) {
      builder.withRow(new dashboard.RowBuilder(section.row).id((id += 1)));
    }
    section.panels.forEach((panel) => builder.withPanel(panel.id((id += 1))));
  }
  return toJson(builder.build());
}

/** The links of a KPI's dependencies that have a dashboard. */
export function dependencyLinks(spec: KpiSpec): Array<{ title: string; url: string }> {
  return spec.dependencies.flatMap((dependency) => (dependency.dashboardUrl === undefined ? [] : [{ title: dependency.name, url: dependency.dashboardUrl }]));
}

/**
 * The dashboard of one KPI: its week-over-week change, forecast and dependencies' burn rates as stats, then its
 * value against its seasonal band and the week before, in the KPI's unit and time zone; it links the dashboards
 * of its dependencies.
 */
export function kpiDashboard(uid: string, spec: KpiSpec): object {
  const input = {
    uid,
    title: DASHBOARD_TITLES.kpi(spec.service, spec.name),
    description: spec.description ?? `KPI ${spec.name} of ${spec.service}`,
    tags: ["kpi", "watchkeeper", spec.service],
    timeZone: spec.timeZone,
    links: dependencyLinks(spec),
  };
  return buildDashboard(input, [{ panels: kpiPanels(spec) }]);
}
