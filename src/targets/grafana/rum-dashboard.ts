import type * as cog from "@grafana/grafana-foundation-sdk/cog";
import * as common from "@grafana/grafana-foundation-sdk/common";
import * as dashboard from "@grafana/grafana-foundation-sdk/dashboard";
import * as timeseries from "@grafana/grafana-foundation-sdk/timeseries";
import { journeySteps, type RumSpec } from "../../domain/rum/rum-application";
import { VITALS, type VitalThresholds } from "../../domain/rum/vitals";
import { Dashboard } from "../../providers/grafana/dashboard";
import { errorSessionsPercentQuery, journeyStepConversionQuery, vitalP75Query } from "../datadog/rum-queries";
import type { StackSettings, TargetScope } from "../target-scope";
import type { GrafanaDashboardModel } from "./grafana-slo";
import { serviceFolder } from "./folders";
import { grafanaUid } from "./uids";
import { DASHBOARD_TITLES } from "./dashboard-titles";

/** The variable choosing the Datadog data source (Grafana's Datadog plugin) the dashboard reads RUM metrics from. */
export const DATADOG_VARIABLE = "datadog";
const DATASOURCE = { type: "grafana-datadog-datasource", uid: `\${${DATADOG_VARIABLE}}` };

/** A query of Grafana's Datadog data source: a Datadog metric query. */
function datadogQuery(query: string, refId: string): cog.Builder<cog.Dataquery> {
  return { build: () => ({ _implementsDataqueryVariant: () => undefined, refId, datasource: DATASOURCE, queryText: query }) as cog.Dataquery };
}

/** A panel of Datadog metric queries, with the warning and alert bounds as coloured thresholds when given. */
function panel(title: string, unit: string, queries: readonly string[], bounds?: { warning: number; alert: number }) {
  const builder = new timeseries.PanelBuilder()
    .title(title)
    .datasource(DATASOURCE)
    .gridPos({ x: 0, y: 0, w: 12, h: 8 })
    .unit(unit)
    .legend(new common.VizLegendOptionsBuilder().showLegend(true).displayMode(common.LegendDisplayMode.List))
    .targets(queries.map((query, index) => datadogQuery(query, String.fromCharCode(65 + index))));
  if (bounds !== undefined) {
    builder
      .thresholdsStyle(new common.GraphThresholdsStyleConfigBuilder().mode(common.GraphThresholdsStyleMode.Line))
      .thresholds(
        new dashboard.ThresholdsConfigBuilder().mode(dashboard.ThresholdsMode.Absolute).steps([
          { value: null, color: "green" },
          { value: bounds.warning, color: "orange" },
          { value: bounds.alert, color: "red" },
        ]),
      );
  }
  return builder;
}

/** The unit a vital is drawn in: nanoseconds for durations (RUM's unit), none for CLS. */
const vitalUnit = (vital: VitalThresholds) => (VITALS[vital.vital].unit === "duration" ? "ns" : "none");

/**
 * The RUM dashboard of an application, built with the Grafana foundation SDK from its RUM-based metrics: each
 * Core Web Vital's 75th percentile per view group with Google's bounds, the percent of sessions with an error,
 * and each journey's step conversions.
 */
export function rumDashboard(uid: string, vendorId: string, spec: RumSpec): object {
  const panels = [
    ...spec.vitals.map((vital) => panel(`${VITALS[vital.vital].title} (p75) per view group`, vitalUnit(vital), [vitalP75Query(vendorId, vital.vital)], { warning: vital.good, alert: vital.poor })),
    panel("Sessions with an error (%)", "percent", [errorSessionsPercentQuery(vendorId)], spec.errorSessions),
    ...spec.journeys.map((journey) => panel(`Journey ${journey.name}: conversion per step`, "percentunit", journeySteps(journey).map((step) => journeyStepConversionQuery(vendorId, step)))),
  ];
  const builder = new dashboard.DashboardBuilder(DASHBOARD_TITLES.realUsers(spec.name))
    .uid(uid)
    .tags(["rum", "watchkeeper", spec.service])
    .time({ from: "now-7d", to: "now" })
    .withVariable(new dashboard.DatasourceVariableBuilder(DATADOG_VARIABLE).label("Datadog").type(DATASOURCE.type));
  panels.forEach((item, index) => builder.withPanel(item.id(index + 1)));
  return JSON.parse(JSON.stringify(builder.build())) as object;
}

/** The uid of an application's RUM dashboard in a stack. */
function rumDashboardUid(stack: StackSettings, applicationId: string): string {
  return grafanaUid(`rum-${stack.vendorName(applicationId)}`);
}

/** The address of an application's RUM dashboard, for monitor messages; undefined without a Grafana URL. */
export function rumDashboardUrl(stack: StackSettings, applicationId: string): string | undefined {
  return stack.grafanaUrl === undefined ? undefined : `${stack.grafanaUrl}/d/${rumDashboardUid(stack, applicationId)}`;
}

/**
 * Writes an application's RUM dashboard: a JSON file (`grafana/<application>.rum.json`) and a `grafana_dashboard`
 * in its service's folder. Returns the dashboard, for other ways of delivering it.
 */
export function writeRumDashboard(scope: TargetScope, spec: RumSpec): GrafanaDashboardModel {
  const { stack, terraform } = scope;
  const uid = rumDashboardUid(stack, spec.id);
  const model = rumDashboard(uid, stack.vendorName(spec.id), spec);
  const json = JSON.stringify(model);
  scope.files.add(`grafana/${spec.id}.rum.json`, `${JSON.stringify(model, null, 2)}\n`);
  new Dashboard(scope.terraformScope(), "dashboard", { provider: terraform.grafana(), folder: serviceFolder(scope, spec.service).uid, configJson: json });
  return { uid, json };
}
