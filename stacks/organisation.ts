import { ALERTMANAGER_SECRET, AlertRouting, MonitoringStack, SecretRef, type MonitoringApp } from "../constructs";
import { plannerMonitoring, PLANNER_SIGNALS } from "./planner";
import { plannerPlatform } from "./planner-platform";
import type { OrganisationSettings } from "./settings";

/**
 * The example organisation: production and staging monitoring of intelligent-teams-planner, production with the
 * monitoring platform it runs on.
 */
export function declareOrganisation(app: MonitoringApp, settings: OrganisationSettings): void {
  for (const environment of ["production", "staging"]) {
    const stack = new MonitoringStack(app, environment, {
      grafanaUrl: settings.grafanaUrl,
      datadogMetricNamespace: "planner",
      // Three weeks and some hours of history for the business metrics' weekly baselines.
      prometheusRetention: "30d",
      locations: settings.locations,
      traceSampleRatio: settings.sentry.traceSampleRatio,
      // Both environments share the PagerDuty, Sentry and Grafana accounts: staging's names carry a suffix.
      vendorNameSuffix: environment === "production" ? "" : `-${environment}`,
      externalSignals: PLANNER_SIGNALS,
    });
    plannerMonitoring(stack, settings);
    if (environment === "production") {
      plannerPlatform(stack, settings);
    }
    new AlertRouting(stack, "alert-routing", {
      defaultReceiver: {
        slack: { channel: "#ops-alerts", webhook: SecretRef.kubernetes(ALERTMANAGER_SECRET, "ops-slack-webhook") },
      },
      smtp: {
        smarthost: "smtp.example.com:587",
        from: "alertmanager@example.com",
        authUsername: "alertmanager@example.com",
        authPassword: SecretRef.kubernetes(ALERTMANAGER_SECRET, "smtp-password"),
      },
    });
  }
}
