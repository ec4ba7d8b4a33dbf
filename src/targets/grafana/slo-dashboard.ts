import type * as cog from "@grafana/grafana-foundation-sdk/cog";
import * as common from "@grafana/grafana-foundation-sdk/common";
import * as dashboard from "@grafana/grafana-foundation-sdk/dashboard";
import * as prometheus from "@grafana/grafana-foundation-sdk/prometheus";
import * as stat from "@grafana/grafana-foundation-sdk/stat";
import * as timeseries from "@grafana/grafana-foundation-sdk/timeseries";
import type { Duration } from "../../domain/duration";
import * as promql from "../../domain/promql";
import type { SloSpec } from "../../domain/slo/slo";
import { alertWindows, objectiveRatio } from "../../domain/slo/slo-math";
import { baseWindow, burnRate, identitySelector, SLO_METRICS } from "../../domain/slo/slo-rules";

/** What one SLO dashboard is built from. */
export interface SloDashboardInput {
  /** The Grafana dashboard uid, stable across deployments. */
  uid: string;
  title: string;
  tags: readonly string[];
  spec: SloSpec;
}

/** The name of the data source template variable that every query reads from. */
export const DATASOURCE_VARIABLE = "datasource";

/** Every panel and query points at the `${datasource}` variable rather than at a fixed data source. */
export const DATASOURCE: common.DataSourceRef = { type: "prometheus", uid: `\${${DATASOURCE_VARIABLE}}` };

/** Panel titles, exported so that tests and links need not repeat them. */
export const SLO_PANEL_TITLES = {
  objective: "Objective",
  period: "Period",
  budgetRemaining: "Error budget remaining",
  sli: "SLI",
  burnRate: "Burn rate",
  budgetRemainingOverTime: "Error budget remaining over time",
} as const;

/** The height of stat panels, in grid rows. */
export const STAT_HEIGHT = 5;
const GRAPH_HEIGHT = 9;

/**
 * The Grafana dashboard of one SLO, built with the Grafana foundation SDK: the SLI against its objective, the burn
 * rate of every alert window against the page and ticket factors, and the error budget left in the period. Every
 * query reads the SLO's recording rules (slo-rules.ts) through the SLO's identity labels, so that one Prometheus
 * can hold many SLOs. Returns the dashboard JSON model as plain data; the same input always gives the same JSON.
 */
export function sloDashboard(input: SloDashboardInput): object {
  const { spec } = input;
  const series = (metric: string) => promql.selector(identitySelector(spec, metric));
  const panels = [
    objectiveStat(series(SLO_METRICS.objective)),
    periodStat(spec.period),
    budgetRemainingStat(series(SLO_METRICS.periodBudgetRemaining), spec.period),
    sliGraph(promql.minus(1, series(SLO_METRICS.errorRatio(baseWindow(spec)))), spec),
    burnRateGraph(spec),
    budgetRemainingGraph(series(SLO_METRICS.periodBudgetRemaining), spec.period),
  ];
  const builder = new dashboard.DashboardBuilder(input.title)
    .uid(input.uid)
    .tags([...input.tags])
    .description(spec.description ?? `SLO ${spec.name} of ${spec.service}: ${spec.objectivePercent}% over ${spec.period}`)
    .tooltip(dashboard.DashboardCursorSync.Crosshair)
    .time({ from: "now-7d", to: "now" })
    .withVariable(new dashboard.DatasourceVariableBuilder(DATASOURCE_VARIABLE).label("Data source").type("prometheus"));
  panels.forEach((panel, index) => builder.withPanel(panel.id(index + 1)));
  return toJson(builder.build());
}

/**
 * The SDK's model is not plain data: every Prometheus query carries an `_implementsDataqueryVariant` marker function,
 * a new closure per query. Its JSON form, the one Grafana imports, drops it, and compares and snapshots cleanly.
 */
export function toJson(model: dashboard.Dashboard): object {
  return JSON.parse(JSON.stringify(model)) as object;
}

/** A Prometheus query of the `${datasource}` variable. */
export function query(expr: promql.PromQL, refId: string): prometheus.DataqueryBuilder {
  return new prometheus.DataqueryBuilder().datasource(DATASOURCE).expr(expr).refId(refId);
}

/** Fixed-colour thresholds: `base` below the first step, then each step's colour from its value upwards. */
export function thresholds(base: string, steps: readonly dashboard.Threshold[]): dashboard.ThresholdsConfigBuilder {
  return new dashboard.ThresholdsConfigBuilder()
    .mode(dashboard.ThresholdsMode.Absolute)
    .steps([{ value: null, color: base }, ...steps]);
}

/** A stat panel of one query's last value, `width` columns wide. */
export function statPanel(title: string, target: cog.Builder<cog.Dataquery>, width: number): stat.PanelBuilder {
  return new stat.PanelBuilder()
    .title(title)
    .datasource(DATASOURCE)
    .withTarget(target)
    .gridPos({ x: 0, y: 0, w: width, h: STAT_HEIGHT })
    .reduceOptions(new common.ReduceDataOptionsBuilder().calcs(["lastNotNull"]).values(false))
    .graphMode(common.BigValueGraphMode.None)
    .colorMode(common.BigValueColorMode.Value);
}

function objectiveStat(objective: promql.PromQL): stat.PanelBuilder {
  return statPanel(SLO_PANEL_TITLES.objective, query(objective, "A").instant(), 6)
    .description("The share of good events the SLO promises")
    .unit("percentunit")
    .decimals(3)
    .thresholds(thresholds("text", []));
}

/** The period is known when the dashboard is generated, so it is shown from the spec, not from a recording. */
function periodStat(period: Duration): stat.PanelBuilder {
  return statPanel(SLO_PANEL_TITLES.period, query(promql.vector(period.days), "A").instant(), 6)
    .description(`The rolling window the objective is measured over: ${period}`)
    .unit("suffix: days")
    .thresholds(thresholds("text", []));
}

function budgetRemainingStat(remaining: promql.PromQL, period: Duration): stat.PanelBuilder {
  return statPanel(SLO_PANEL_TITLES.budgetRemaining, query(remaining, "A").instant(), 12)
    .description(`The share of the error budget of the last ${period} that is left; below 0 the SLO is missed`)
    .unit("percentunit")
    .decimals(1)
    .thresholds(thresholds("red", [{ value: 0, color: "green" }]));
}

/** A time series panel with a legend, a tooltip of every series and dashed threshold lines, `width` columns wide. */
export function graphPanel(title: string, width: number): timeseries.PanelBuilder {
  return new timeseries.PanelBuilder()
    .title(title)
    .datasource(DATASOURCE)
    .gridPos({ x: 0, y: 0, w: width, h: GRAPH_HEIGHT })
    .legend(new common.VizLegendOptionsBuilder().showLegend(true).displayMode(common.LegendDisplayMode.List))
    .tooltip(new common.VizTooltipOptionsBuilder().mode(common.TooltipDisplayMode.Multi).sort(common.SortOrder.Descending))
    .thresholdsStyle(new common.GraphThresholdsStyleConfigBuilder().mode(common.GraphThresholdsStyleMode.Dashed));
}

function sliGraph(sli: promql.PromQL, spec: SloSpec): timeseries.PanelBuilder {
  const objective = objectiveRatio(spec.objectivePercent);
  return graphPanel(SLO_PANEL_TITLES.sli, 12)
    .description(`Good events over all events in ${baseWindow(spec)} windows; the dashed line is the objective`)
    .withTarget(query(sli, "A").range().legendFormat("SLI"))
    .unit("percentunit")
    .decimals(3)
    .thresholds(thresholds("red", [{ value: objective, color: "green" }]));
}

/** One query per alert window; page factors are red lines, ticket factors orange ones. */
function burnRateGraph(spec: SloSpec): timeseries.PanelBuilder {
  const targets = alertWindows(spec.windows).map((window, index) =>
    query(
      burnRate(spec, window),
      refId(index),
    )
      .range()
      .legendFormat(window.toString()),
  );
  const factorColors = new Map<number, string>();
  for (const window of [...spec.windows].sort((a, b) => a.factor - b.factor)) {
    factorColors.set(window.factor, window.severity === "page" ? "red" : (factorColors.get(window.factor) ?? "orange"));
  }
  return graphPanel(SLO_PANEL_TITLES.burnRate, 12)
    .description("How many times faster than the objective allows the error budget is spent, per alert window")
    .targets(targets)
    .unit("suffix:x")
    .thresholds(thresholds("green", [...factorColors].map(([value, color]) => ({ value, color }))));
}

function budgetRemainingGraph(remaining: promql.PromQL, period: Duration): timeseries.PanelBuilder {
  return graphPanel(SLO_PANEL_TITLES.budgetRemainingOverTime, 24)
    .description(`The share of the error budget of the preceding ${period} that was left at each moment`)
    .withTarget(query(remaining, "A").range().legendFormat("remaining"))
    .unit("percentunit")
    .thresholds(thresholds("red", [{ value: 0, color: "green" }]));
}

/** Grafana's query ids: A, B, … Z, AA, AB, … */
function refId(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : refId(Math.floor(index / 26) - 1) + letter;
}
