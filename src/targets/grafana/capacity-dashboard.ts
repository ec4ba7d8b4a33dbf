import * as common from "@grafana/grafana-foundation-sdk/common";
import * as dashboard from "@grafana/grafana-foundation-sdk/dashboard";
import * as prometheus from "@grafana/grafana-foundation-sdk/prometheus";
import * as timeseries from "@grafana/grafana-foundation-sdk/timeseries";
import { CAPACITY_METRICS } from "../../domain/infrastructure/capacity";
import * as promql from "../../domain/promql";
import type { StackSettings, TargetScope } from "../target-scope";
import type { GrafanaDashboardModel } from "./grafana-slo";
import { DATASOURCE_VARIABLE } from "./slo-dashboard";
import { grafanaUid } from "./uids";
import { DASHBOARD_TITLES } from "./dashboard-titles";

const DATASOURCE = { type: "prometheus", uid: `\${${DATASOURCE_VARIABLE}}` };
const DAY_SECONDS = 86400;

/** Panel titles, exported so that tests need not repeat them. */
export const CAPACITY_PANEL_TITLES = {
  utilisation: "Requests over allocatable",
  headroom: "Headroom (allocatable minus requests)",
  runOut: "Days until requests exceed allocatable",
  namespaces: "Namespaces' share of allocatable",
  volumes: "Persistent volume usage",
  volumesRunOut: "Days until each volume is full",
} as const;

function panel(title: string, unit: string, expr: promql.PromQL, legend: string) {
  return new timeseries.PanelBuilder()
    .title(title)
    .datasource(DATASOURCE)
    .gridPos({ x: 0, y: 0, w: 12, h: 9 })
    .unit(unit)
    .legend(new common.VizLegendOptionsBuilder().showLegend(true).displayMode(common.LegendDisplayMode.List))
    .targets([new prometheus.DataqueryBuilder().datasource(DATASOURCE).expr(expr).range().legendFormat(legend).refId("A")]);
}

/**
 * The capacity dashboard of a cluster, built with the Grafana foundation SDK from the capacity recordings:
 * utilisation and headroom of CPU and memory requests, the days left at the current trend, each namespace's
 * share, and persistent volumes' usage and days left.
 */
export function capacityDashboard(uid: string, cluster: string): object {
  const series = (metric: string) => promql.selector({ metric, matchers: promql.equals({ cluster }) });
  const daysLeft = (metric: string) => promql.divide(promql.minus(series(metric), promql.time()), DAY_SECONDS);
  const m = CAPACITY_METRICS;
  const panels = [
    panel(CAPACITY_PANEL_TITLES.utilisation, "percentunit", series(m.clusterUtilisation), "{{resource}}"),
    panel(CAPACITY_PANEL_TITLES.headroom, "short", series(m.clusterHeadroom), "{{resource}}"),
    panel(CAPACITY_PANEL_TITLES.runOut, "d", daysLeft(m.clusterExhaustion), "{{resource}}"),
    panel(CAPACITY_PANEL_TITLES.namespaces, "percentunit", series(m.namespaceShare), "{{namespace}} {{resource}}"),
    panel(CAPACITY_PANEL_TITLES.volumes, "percentunit", series(m.volumeUsage), "{{namespace}}/{{persistentvolumeclaim}}"),
    panel(CAPACITY_PANEL_TITLES.volumesRunOut, "d", daysLeft(m.volumeExhaustion), "{{namespace}}/{{persistentvolumeclaim}}"),
  ];
  const builder = new dashboard.DashboardBuilder(DASHBOARD_TITLES.capacity(cluster))
    .uid(uid)
    .tags(["capacity", "infrastructure", "watchkeeper"])
    .time({ from: "now-30d", to: "now" })
    .withVariable(new dashboard.DatasourceVariableBuilder(DATASOURCE_VARIABLE).label("Data source").type("prometheus"));
  panels.forEach((item, index) => builder.withPanel(item.id(index + 1)));
  // The SDK's queries carry a marker function; their JSON form is what Grafana imports.
  return JSON.parse(JSON.stringify(builder.build())) as object;
}

/** The uid of a cluster's capacity dashboard in a stack. */
export function capacityDashboardUid(stack: StackSettings, cluster: string): string {
  return grafanaUid(`capacity-${stack.vendorName(cluster)}`);
}

/** The address of a cluster's capacity dashboard, for alert annotations; undefined without a Grafana URL. */
export function capacityDashboardUrl(stack: StackSettings, cluster: string): string | undefined {
  return stack.grafanaUrl === undefined ? undefined : `${stack.grafanaUrl}/d/${capacityDashboardUid(stack, cluster)}`;
}

/** Writes a cluster's capacity dashboard as `grafana/<cluster>.capacity.json`; returns it for other deliveries. */
export function writeCapacityDashboard(scope: TargetScope, cluster: string): GrafanaDashboardModel {
  const uid = capacityDashboardUid(scope.stack, cluster);
  const model = capacityDashboard(uid, cluster);
  scope.files.add(`grafana/${cluster}.capacity.json`, `${JSON.stringify(model, null, 2)}\n`);
  return { uid, json: JSON.stringify(model) };
}
