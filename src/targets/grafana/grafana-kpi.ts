import type { KpiSpec } from "../../domain/kpi/kpi";
import { Dashboard } from "../../providers/grafana/dashboard";
import type { Aggregate } from "../../outputs";
import { writeGrafanaDashboard } from "../kubernetes/grafana-dashboard";
import type { TargetScope } from "../target-scope";
import { executiveFolder, serviceFolder } from "./folders";
import type { GrafanaDashboardModel } from "./grafana-slo";
import { buildDashboard, kpiDashboard, kpiPanels } from "./kpi-dashboard";
import { grafanaUid, kpiDashboardUid } from "./uids";
import { DASHBOARD_TITLES } from "./dashboard-titles";

/**
 * The KPI's Grafana dashboard as a JSON file for file provisioning (`grafana/<id>.kpi.json`, a name no SLO's file
 * can take) and a `grafana_dashboard` in the service's folder (Terraform). Returns the dashboard, for other ways of
 * delivering it.
 */
export function writeGrafanaKpiDashboard(scope: TargetScope, spec: KpiSpec): GrafanaDashboardModel {
  const model = kpiDashboard(kpiDashboardUid(scope.stack, spec.id), spec);
  scope.files.add(`grafana/${spec.id}.kpi.json`, `${JSON.stringify(model, null, 2)}\n`);
  const json = JSON.stringify(model);
  new Dashboard(scope.terraformScope(), "dashboard", { provider: scope.terraform.grafana(), folder: serviceFolder(scope, spec.service).uid, configJson: json });
  return { uid: kpiDashboardUid(scope.stack, spec.id), json };
}

/** The stack's executive dashboard, of every KPI with a Grafana output, as a file, a Grafana resource and a GrafanaDashboard. */
export const EXECUTIVE_DASHBOARD: Aggregate<KpiSpec> = {
  name: "executive dashboard",
  write(scope, specs) {
    writeGrafanaDashboard(scope, "executive", writeExecutiveDashboard(scope, specs), "executive-dashboard");
  },
};

/**
 * The stack's executive dashboard: for each KPI in order, its value against its band, its week-over-week change,
 * its forecast and the burn rate of the SLOs it depends on. Shown in the KPIs' time zone when they share one,
 * else in UTC. Written as `grafana/executive.kpis.json` and a `grafana_dashboard` in the stack's executive folder;
 * returns the dashboard.
 */
function writeExecutiveDashboard(scope: TargetScope, specs: readonly KpiSpec[]): GrafanaDashboardModel {
  const uid = grafanaUid(`executive-${scope.stack.vendorName("kpis")}`);
  const zones = [...new Set(specs.map((spec) => spec.timeZone))];
  const sections = specs.map((spec) => ({ row: `${spec.service} ${spec.name}`, panels: kpiPanels(spec) }));
  const input = {
    uid,
    title: scope.stack.vendorName(DASHBOARD_TITLES.executive),
    description: "Each business KPI against its seasonal band, its week-over-week change, its forecast and the burn rate of the SLOs it depends on",
    tags: ["kpi", "executive", "watchkeeper"],
    timeZone: zones.length === 1 ? zones[0] : "utc",
    links: [],
  };
  const model = buildDashboard(input, sections);
  scope.files.add("grafana/executive.kpis.json", `${JSON.stringify(model, null, 2)}\n`);
  const json = JSON.stringify(model);
  const folder = executiveFolder(scope);
  scope.terraform.shared("executive-dashboard", (shared, id) => new Dashboard(shared, id, { provider: scope.terraform.grafana(), folder: folder.uid, configJson: json }));
  return { uid, json };
}
