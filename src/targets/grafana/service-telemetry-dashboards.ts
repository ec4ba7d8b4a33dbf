import * as dashboard from "@grafana/grafana-foundation-sdk/dashboard";
import * as heatmap from "@grafana/grafana-foundation-sdk/heatmap";
import * as nodegraph from "@grafana/grafana-foundation-sdk/nodegraph";
import * as prometheus from "@grafana/grafana-foundation-sdk/prometheus";
import * as timeseries from "@grafana/grafana-foundation-sdk/timeseries";
import { DATABASE_LABEL, RED_METRICS, rateBy, serviceSeries, SPAN_LABELS, spanSelectors } from "../../domain/apm/red-rules";
import type { TelemetrySpec } from "../../domain/apm/telemetry";
import { Duration } from "../../domain/duration";
import * as promql from "../../domain/promql";
import type { PromQL } from "../../domain/promql";
import { Dashboard } from "../../providers/grafana/dashboard";
import { Folder } from "../../providers/grafana/folder";
import type { StackSettings, TargetScope } from "../target-scope";
import type { GrafanaDashboardModel } from "./grafana-slo";
import { DATASOURCE_VARIABLE } from "./slo-dashboard";
import { grafanaUid, serviceFolderUid } from "./uids";
import { DASHBOARD_TITLES } from "./dashboard-titles";

const DATASOURCE = { type: "prometheus", uid: `\${${DATASOURCE_VARIABLE}}` };
const RATE_WINDOW = Duration.minutes(5);

/** Panel titles, exported so that tests need not repeat them. */
export const TELEMETRY_PANEL_TITLES = {
  rate: "Requests per second",
  errors: "Error ratio",
  latency: "Latency p95 and p99",
  heatmap: "Latency distribution",
  database: "Slowest database operations (p95)",
  map: "Service map",
} as const;

/** A range query, or an instant one for the tables a node graph reads. */
function query(expr: PromQL, legend: string, index: number, format = prometheus.PromQueryFormat.TimeSeries) {
  const builder = new prometheus.DataqueryBuilder().datasource(DATASOURCE).expr(expr).legendFormat(legend).refId(String.fromCharCode(65 + index));
  return format === prometheus.PromQueryFormat.Table ? builder.format(format).instant() : builder.format(format).range();
}

function series(title: string, unit: string, targets: ReadonlyArray<{ expr: PromQL; legend: string }>) {
  return new timeseries.PanelBuilder()
    .title(title)
    .datasource(DATASOURCE)
    .gridPos({ x: 0, y: 0, w: 12, h: 8 })
    .unit(unit)
    .targets(targets.map((target, index) => query(target.expr, target.legend, index)));
}

function build(builder: dashboard.DashboardBuilder, panels: ReadonlyArray<{ id(id: number): unknown }>): object {
  builder.withVariable(new dashboard.DatasourceVariableBuilder(DATASOURCE_VARIABLE).label("Data source").type("prometheus"));
  panels.forEach((panel, index) => builder.withPanel(panel.id(index + 1) as timeseries.PanelBuilder));
  // The SDK's queries carry a marker function; their JSON form is what Grafana imports.
  return JSON.parse(JSON.stringify(builder.build())) as object;
}

/** The service's RED dashboard: rate, errors and latency against its thresholds, the latency heatmap, slow database operations. */
export function telemetryDashboard(uid: string, spec: TelemetrySpec): object {
  const recorded = (metric: string) => serviceSeries(spec, metric);
  const selectors = spanSelectors(spec);
  const buckets = promql.aggregate("sum", { by: ["le"] }, promql.increase(selectors.durations, RATE_WINDOW));
  const panels = [
    series(TELEMETRY_PANEL_TITLES.rate, "reqps", [{ expr: recorded(RED_METRICS.calls), legend: "requests" }]),
    series(TELEMETRY_PANEL_TITLES.errors, "percentunit", [
      { expr: recorded(RED_METRICS.errorRatio), legend: "errors" },
      { expr: promql.vector(spec.thresholds.errorRatio), legend: "target" },
    ]),
    series(TELEMETRY_PANEL_TITLES.latency, "ms", [
      { expr: recorded(RED_METRICS.p95), legend: "p95" },
      { expr: recorded(RED_METRICS.p99), legend: "p99" },
      { expr: promql.vector(spec.thresholds.p95.milliseconds), legend: "p95 target" },
    ]),
    new heatmap.PanelBuilder()
      .title(TELEMETRY_PANEL_TITLES.heatmap)
      .datasource(DATASOURCE)
      .gridPos({ x: 0, y: 0, w: 12, h: 8 })
      .calculate(false)
      .yAxis(new heatmap.YAxisConfigBuilder().unit("ms"))
      .targets([query(buckets, "{{le}}", 0, prometheus.PromQueryFormat.Heatmap)]),
    series(TELEMETRY_PANEL_TITLES.database, "ms", [
      { expr: promql.topk(10, recorded(RED_METRICS.databaseP95)), legend: `{{${DATABASE_LABEL}}} {{${SPAN_LABELS.name}}}` },
    ]),
  ];
  const builder = new dashboard.DashboardBuilder(DASHBOARD_TITLES.apm(spec.service)).uid(uid).tags(["apm", "watchkeeper", spec.service]).time({ from: "now-24h", to: "now" });
  return build(builder, panels);
}

/** A label copied to another: the node graph reads `id`, `source` and `target` fields. */
const copyLabel = (expression: PromQL, to: string, from: string) => promql.labelReplace(expression, to, "$1", from, "(.*)");

/**
 * The service map: a node graph of the service's calls from the servicegraph connector's metrics, an edge per
 * caller and callee with its request rate, a node per service (the service and what it calls).
 */
export function serviceMapDashboard(uid: string, spec: TelemetrySpec): object {
  const { edgeRequests } = spanSelectors(spec);
  const edges = rateBy(["client", "server"], edgeRequests, RATE_WINDOW);
  const edgeFrame = promql.labelJoin(copyLabel(copyLabel(edges, "source", "client"), "target", "server"), "id", "->", "client", "server");
  const nodeFrame = promql.anyOf(
    promql.aggregate("sum", { by: ["id"] }, copyLabel(rateBy(["server"], edgeRequests, RATE_WINDOW), "id", "server")),
    promql.aggregate("sum", { by: ["id"] }, copyLabel(rateBy(["client"], edgeRequests, RATE_WINDOW), "id", "client")),
  );
  const map = new nodegraph.PanelBuilder()
    .title(TELEMETRY_PANEL_TITLES.map)
    .datasource(DATASOURCE)
    .gridPos({ x: 0, y: 0, w: 24, h: 16 })
    .targets([query(nodeFrame, "", 0, prometheus.PromQueryFormat.Table), query(edgeFrame, "", 1, prometheus.PromQueryFormat.Table)]);
  const builder = new dashboard.DashboardBuilder(DASHBOARD_TITLES.serviceMap(spec.service)).uid(uid).tags(["apm", "watchkeeper", spec.service]).time({ from: "now-1h", to: "now" });
  return build(builder, [map]);
}

/** The uid of a service's APM dashboard (`apm-<service>`) or service map (`map-<service>`) in a stack. */
export function telemetryDashboardUid(stack: StackSettings, kind: "apm" | "map", spec: Pick<TelemetrySpec, "id">): string {
  return grafanaUid(`${kind}-${stack.vendorName(spec.id)}`);
}

/** The address of a service's APM dashboard, for alert annotations; undefined without a Grafana URL. */
export function telemetryDashboardUrl(stack: StackSettings, spec: Pick<TelemetrySpec, "id">): string | undefined {
  return stack.grafanaUrl === undefined ? undefined : `${stack.grafanaUrl}/d/${telemetryDashboardUid(stack, "apm", spec)}`;
}

/** One of the service's dashboards, with the id that tells it apart from the other in a declaration. */
export interface TelemetryDashboard {
  readonly id: string;
  readonly model: GrafanaDashboardModel;
}

/**
 * The service's two dashboards as JSON files for file provisioning (`grafana/<id>.apm.json`,
 * `grafana/<id>.service-map.json`, names no SLO's file can take) and `grafana_dashboard`s in the service's folder.
 * Returns them for other ways of provisioning (grafana-operator).
 */
export function writeTelemetryDashboards(scope: TargetScope, spec: TelemetrySpec): TelemetryDashboard[] {
  const { stack, terraform } = scope;
  const provider = terraform.grafana();
  const folder = terraform.shared(`grafana-folder-${spec.id}`, (shared, id) =>
    new Folder(shared, id, { provider, title: stack.vendorName(spec.service), uid: serviceFolderUid(stack, spec.service) }),
  );
  const apm = telemetryDashboardUid(stack, "apm", spec);
  const map = telemetryDashboardUid(stack, "map", spec);
  const dashboards = [
    { id: "apm-dashboard", file: `${spec.id}.apm.json`, uid: apm, model: telemetryDashboard(apm, spec) },
    { id: "service-map", file: `${spec.id}.service-map.json`, uid: map, model: serviceMapDashboard(map, spec) },
  ];
  for (const { id, file, model } of dashboards) {
    scope.files.add(`grafana/${file}`, `${JSON.stringify(model, null, 2)}\n`);
    new Dashboard(scope.terraformScope(), id, { provider, folder: folder.uid, configJson: JSON.stringify(model) });
  }
  return dashboards.map(({ id, uid, model }) => ({ id, model: { uid, json: JSON.stringify(model) } }));
}
