import { ALERTMANAGER_SECRET, MetaMonitoring, SecretRef, type MonitoringStack, type OnCallTeam } from "../constructs";

/**
 * The monitoring watching itself: the Watchdog heartbeat to an Opsgenie heartbeat of each environment (its ping URL
 * is public, its GenieKey a secret sent as a header, which the Alertmanager 0.25 of alertmanager.yml reads from a
 * file), Prometheus's and Alertmanager's own alerts on kube-prometheus' jobs, and a ticket for every scrape job whose
 * targets are down or gone: the cluster's exporters, the telemetry collectors, Prometheus and Alertmanager.
 */
export function plannerMetaMonitoring(stack: MonitoringStack, team: OnCallTeam, runbooks: string): void {
  new MetaMonitoring(stack, "meta", {
    owner: team,
    runbookBaseUrl: `${runbooks}/monitoring`,
    heartbeat: {
      webhook: {
        url: `https://api.opsgenie.com/v2/heartbeats/planner-${stack.environment}/ping`,
        credentials: { type: "GenieKey", secret: SecretRef.kubernetes(ALERTMANAGER_SECRET, "opsgenie-heartbeat-key") },
      },
    },
  });
}
