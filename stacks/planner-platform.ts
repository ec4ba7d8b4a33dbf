import { MonitoringPlatform, type MonitoringStack } from "../constructs";
import type { OrganisationSettings } from "./settings";

/**
 * The platform production's monitoring runs on, declared with it: Prometheus and Alertmanager selecting what the
 * stack writes, Grafana with the data sources of its dashboards (Prometheus, and Datadog for the web app's RUM
 * dashboard), and the Elastic Stack its log policies keep logs on, sized from the planner's daily log volume.
 */
export function plannerPlatform(stack: MonitoringStack, settings: OrganisationSettings): MonitoringPlatform {
  const service = settings.serviceName;
  return new MonitoringPlatform(stack, "platform", {
    prometheus: {},
    alertmanager: {},
    grafana: { datadog: { secret: "datadog-secret" } },
    elastic: {
      // Indexed gb a day per log policy (planner-logs.ts), as the data streams have grown.
      ingestGbPerDay: { [`${service}-application`]: 20, [`${service}-audit`]: 1, [`${service}-debug`]: 5 },
    },
  });
}
