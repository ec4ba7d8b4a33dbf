import * as common from "@grafana/grafana-foundation-sdk/common";
import * as dashboard from "@grafana/grafana-foundation-sdk/dashboard";
import * as prometheus from "@grafana/grafana-foundation-sdk/prometheus";
import * as timeseries from "@grafana/grafana-foundation-sdk/timeseries";
import { Duration } from "../../domain/duration";
import { slug } from "../../domain/naming";
import * as promql from "../../domain/promql";
import { aggregate, compare } from "../../domain/promql";
import { overTime } from "../../domain/promql";
import { REGRESSION_OFFSET } from "../../domain/synthetics/probe-alerts";
import { RECORDED } from "../../domain/synthetics/probe-rules";
import type { Aggregate } from "../../outputs";
import { writeGrafanaDashboard } from "../kubernetes/grafana-dashboard";
import { Dashboard } from "../../providers/grafana/dashboard";
import type { StackSettings } from "../target-scope";
import { DATASOURCE_VARIABLE } from "./slo-dashboard";
import { serviceFolder } from "./folders";
import { grafanaUid } from "./uids";
import { DASHBOARD_TITLES } from "./dashboard-titles";

const DATASOURCE = { type: "prometheus", uid: `\${${DATASOURCE_VARIABLE}}` };

/** Panel titles, exported so that tests need not repeat them. */
export const AVAILABILITY_PANEL_TITLES = {
  uptime: "Uptime per flow (1 day)",
  reachability: "Reachability per flow and location (1 day)",
  responseTime: "Response time against the same time last week",
  failures: "Failing locations per flow",
} as const;

function panel(title: string, description: string, unit: string, targets: ReadonlyArray<{ expr: promql.PromQL; legend: string }>, width: number) {
  return new timeseries.PanelBuilder()
    .title(title)
    .description(description)
    .datasource(DATASOURCE)
    .gridPos({ x: 0, y: 0, w: width, h: 9 })
    .unit(unit)
    .legend(new common.VizLegendOptionsBuilder().showLegend(true).displayMode(common.LegendDisplayMode.List))
    .targets(
      targets.map((target, index) =>
        new prometheus.DataqueryBuilder().datasource(DATASOURCE).expr(target.expr).range().legendFormat(target.legend).refId(String.fromCharCode(65 + index)),
      ),
    );
}

/**
 * The availability dashboard of a service's synthetic checks, built with the Grafana foundation SDK: uptime per
 * flow, reachability per flow and location, response time against the same time a week before, and the
 * locations failing now. Its queries select the service, so one dashboard shows every flow of it.
 */
export function availabilityDashboard(uid: string, service: string): object {
  const series = (metric: string) => promql.selector({ metric, matchers: promql.equals({ service }) });
  const duration = series("probe_duration_seconds");
  const recent = Duration.minutes(5);
  const panels = [
    panel(AVAILABILITY_PANEL_TITLES.uptime, "The share of the last day during which at least one location succeeded", "percentunit", [
      { expr: series(RECORDED.uptime(Duration.days(1))), legend: "{{flow}}" },
    ], 12),
    panel(AVAILABILITY_PANEL_TITLES.reachability, "Successful probes over all probes of the last day", "percentunit", [
      { expr: aggregate("avg", { by: ["flow", "location"] }, overTime("avg_over_time", series("probe_success"), Duration.days(1))), legend: "{{flow}} {{location}}" },
    ], 12),
    panel(AVAILABILITY_PANEL_TITLES.responseTime, "Mean probe duration over all locations, now and a week before", "s", [
      { expr: aggregate("avg", { by: ["flow"] }, overTime("avg_over_time", duration, recent)), legend: "{{flow}}" },
      { expr: aggregate("avg", { by: ["flow"] }, overTime("avg_over_time", duration, recent, REGRESSION_OFFSET)), legend: "{{flow}} last week" },
    ], 12),
    panel(AVAILABILITY_PANEL_TITLES.failures, "How many locations fail each flow now", "short", [
      { expr: aggregate("count", { by: ["flow"] }, compare(series("probe_success"), "==", 0)), legend: "{{flow}}" },
    ], 12),
  ];
  const builder = new dashboard.DashboardBuilder(DASHBOARD_TITLES.availability(service))
    .uid(uid)
    .tags(["synthetics", "watchkeeper", service])
    .time({ from: "now-7d", to: "now" })
    .withVariable(new dashboard.DatasourceVariableBuilder(DATASOURCE_VARIABLE).label("Data source").type("prometheus"));
  panels.forEach((item, index) => builder.withPanel(item.id(index + 1)));
  // The SDK's queries carry a marker function; their JSON form is what Grafana imports.
  return JSON.parse(JSON.stringify(builder.build())) as object;
}

/** The uid of a service's availability dashboard in a stack. */
function availabilityDashboardUid(stack: StackSettings, service: string): string {
  return grafanaUid(`availability-${stack.vendorName(service)}`);
}

/** The address of a service's availability dashboard, for alert annotations; undefined without a Grafana URL. */
export function availabilityDashboardUrl(stack: StackSettings, service: string): string | undefined {
  return stack.grafanaUrl === undefined ? undefined : `${stack.grafanaUrl}/d/${availabilityDashboardUid(stack, service)}`;
}

/**
 * The availability dashboard of each service with probed checks, written once per service: a JSON file
 * (`grafana/<service>.availability.json`, a name no SLO's file can take), a `grafana_dashboard` in the service's
 * folder and a GrafanaDashboard.
 */
export const AVAILABILITY_DASHBOARDS: Aggregate<string> = {
  name: "availability dashboards",
  write(scope, services) {
    for (const service of [...new Set(services)]) {
      const { stack, terraform } = scope;
      const uid = availabilityDashboardUid(stack, service);
      const json = JSON.stringify(availabilityDashboard(uid, service));
      scope.files.add(`grafana/${slug(service)}.availability.json`, `${JSON.stringify(JSON.parse(json), null, 2)}\n`);
      const folder = serviceFolder(scope, service);
      terraform.shared(`availability-dashboard-${slug(service)}`, (shared, id) => new Dashboard(shared, id, { provider: terraform.grafana(), folder: folder.uid, configJson: json }));
      writeGrafanaDashboard(scope, service, { uid, json }, `availability-${slug(service)}`);
    }
  },
};
