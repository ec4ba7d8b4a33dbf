import { GrafanaDashboard } from "../../providers/k8s/grafana.integreatly.org";
import type { GrafanaDashboardModel } from "../grafana/grafana-slo";
import type { TargetScope } from "../target-scope";
import { MANAGED_BY } from "./managed-by";

/** The labels of the Grafana instances grafana-operator puts Watchkeeper's dashboards and data sources into. */
export const GRAFANA_INSTANCE_LABELS = { dashboards: "grafana" } as const;

/**
 * A dashboard as a GrafanaDashboard, for grafana-operator, in the declaration's chart: named after its uid,
 * in the given folder of every Grafana instance labelled `dashboards: grafana`. `id` tells apart two dashboards
 * of one declaration.
 */
export function writeGrafanaDashboard(scope: TargetScope, folder: string, dashboard: GrafanaDashboardModel, id = "dashboard"): void {
  new GrafanaDashboard(scope.kubernetesChart(), id, {
    metadata: { name: dashboard.uid, labels: MANAGED_BY },
    spec: {
      instanceSelector: { matchLabels: { ...GRAFANA_INSTANCE_LABELS } },
      folder,
      uid: dashboard.uid,
      json: dashboard.json,
    },
  });
}
