import { ALERTMANAGER_SECRET, AlertRouting, MonitoringApp, MonitoringStack, SecretRef } from "../constructs";
import { plannerMonitoring, PLANNER_SIGNALS } from "./planner";
import { settingsFrom } from "./settings";

/** The example organisation: production and staging monitoring of intelligent-teams-planner. */
const settings = settingsFrom(process.env);
const app = new MonitoringApp();
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
app.run();
