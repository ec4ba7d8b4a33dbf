import { ServiceTelemetry, type MonitoringStack, type OnCallTeam } from "../constructs";
import type { OrganisationSettings } from "./settings";

/**
 * Tracing and RED metrics of the planner's API (Node.js) and its background worker (Python), sampled at
 * SENTRY_TRACES_SAMPLE_RATE (the stack's traceSampleRatio). Their Deployments opt in with the annotations of
 * `podAnnotations`, e.g. `instrumentation.opentelemetry.io/inject-nodejs: "monitoring/intelligent-teams-planner"`.
 */
export function plannerTelemetry(stack: MonitoringStack, settings: OrganisationSettings, team: OnCallTeam, runbooks: string): void {
  new ServiceTelemetry(stack, "api-telemetry", {
    service: settings.serviceName,
    language: "nodejs",
    version: settings.serviceVersion,
    owner: team,
    runbookUrl: `${runbooks}/api-performance`,
    thresholds: { errorRatio: 0.001, p95: `${settings.responseTimeTargetMs}ms`, p99: "1s", databaseP95: "250ms" },
    outputs: { datadog: true },
    dependsOn: [`${settings.serviceName}-worker`, "postgres"],
  });
  new ServiceTelemetry(stack, "worker-telemetry", {
    service: `${settings.serviceName}-worker`,
    language: "python",
    version: settings.serviceVersion,
    owner: team,
    runbookUrl: `${runbooks}/worker-performance`,
    // Jobs plan whole teams: slower than requests, and they fail more often before a retry succeeds.
    thresholds: { errorRatio: 0.01, p95: "5s", p99: "10s", databaseP95: "500ms" },
    spanMetrics: { dimensions: ["messaging.destination.name"] },
  });
}
