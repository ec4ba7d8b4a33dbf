import { DATA_SOURCE_TYPES, type DashboardSources } from "../../domain/platform/data-sources";
import { DATADOG_VARIABLE } from "./rum-dashboard";
import { DATASOURCE_VARIABLE } from "./slo-dashboard";

/**
 * A dashboard that reads Prometheus through its `$datasource` variable: the SLO, KPI, capacity, APM and
 * availability dashboards.
 */
export function prometheusDashboard(title: string): DashboardSources {
  return { title, reads: [{ type: DATA_SOURCE_TYPES.prometheus, variable: DATASOURCE_VARIABLE }] };
}

/** A dashboard that reads Datadog through its `$datadog` variable: the RUM dashboard. */
export function datadogDashboard(title: string): DashboardSources {
  return { title, reads: [{ type: DATA_SOURCE_TYPES.datadog, variable: DATADOG_VARIABLE }] };
}
