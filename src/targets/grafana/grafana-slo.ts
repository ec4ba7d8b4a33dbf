import type { SloSpec } from "../../domain/slo/slo";
import { Dashboard } from "../../providers/grafana/dashboard";
import type { TargetScope } from "../target-scope";
import { serviceFolder } from "./folders";
import { sloDashboard } from "./slo-dashboard";
import { sloDashboardUid } from "./uids";
import { DASHBOARD_TITLES } from "./dashboard-titles";

/** A dashboard as Grafana stores it: its uid and its JSON model. */
export interface GrafanaDashboardModel {
  readonly uid: string;
  readonly json: string;
}

/**
 * The SLO's Grafana dashboard as a JSON file for file provisioning (`grafana/<id>.json`) and a
 * `grafana_dashboard` in the service's folder (Terraform). Returns the dashboard, for other ways of delivering it.
 */
export function writeGrafanaSloDashboard(scope: TargetScope, spec: SloSpec): GrafanaDashboardModel {
  const { stack } = scope;
  const uid = sloDashboardUid(stack, spec.id);
  const model = sloDashboard({ uid, title: DASHBOARD_TITLES.slo(spec.service, spec.name), tags: ["slo", "watchkeeper", spec.service], spec });
  scope.files.add(`grafana/${spec.id}.json`, `${JSON.stringify(model, null, 2)}\n`);

  const json = JSON.stringify(model);
  new Dashboard(scope.terraformScope(), "dashboard", { provider: scope.terraform.grafana(), folder: serviceFolder(scope, spec.service).uid, configJson: json });
  return { uid, json };
}
