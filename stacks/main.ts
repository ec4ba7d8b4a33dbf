import { MonitoringApp, MonitoringStack } from "../constructs";
import { plannerMonitoring } from "./planner";
import { settingsFrom } from "./settings";

/** The example organisation: production and staging monitoring of intelligent-teams-planner. */
const settings = settingsFrom(process.env);
const app = new MonitoringApp();
for (const environment of ["production", "staging"]) {
  const stack = new MonitoringStack(app, environment, { grafanaUrl: settings.grafanaUrl, datadogMetricNamespace: "planner" });
  plannerMonitoring(stack, settings);
}
app.synth();
