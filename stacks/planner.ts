import { ErrorTracking, OnCallTeam, serviceFolderUrl, ServiceSlo, type ExternalSignalProps, type MonitoringStack } from "../constructs";
import { plannerDeploymentGate } from "./planner-gate";
import { plannerKpis } from "./planner-kpis";
import { plannerFlows, plannerHealthChecks } from "./planner-flows";
import { plannerRum } from "./planner-rum";
import { plannerSla } from "./planner-sla";
import { plannerLogs } from "./planner-logs";
import { plannerInfrastructure } from "./planner-infrastructure";
import { plannerMetaMonitoring } from "./planner-meta";
import { plannerTelemetry } from "./planner-telemetry";
import type { OrganisationSettings } from "./settings";

/**
 * The metrics the planner's services export themselves, as its SLOs and KPIs read them: the HTTP server's request
 * counter and latency histogram, and the business counters and gauges of the planner's own code.
 */
export const PLANNER_SIGNALS: readonly ExternalSignalProps[] = [
  { description: "the planner's HTTP server", metrics: ["http_requests_total"], labels: ["service", "code"], job: "intelligent-teams-planner" },
  { description: "the planner's HTTP server", metrics: ["http_request_duration_seconds_*"], labels: ["service", "le"], job: "intelligent-teams-planner" },
  { description: "the planner's business metrics", metrics: ["planner_*"], labels: ["service"], job: "intelligent-teams-planner" },
];

/**
 * The objectives of intelligent-teams-planner, as its team wrote them: availability 99.9% (43 minutes of
 * error budget in 30 days), 95% of requests under 500 ms and 99% under 1 s, at most 0.1% failed requests; and
 * its business metrics (planner-kpis.ts), how its logs are kept and watched (planner-logs.ts), its cluster's
 * infrastructure (planner-infrastructure.ts) and the monitoring itself (planner-meta.ts).
 */
export function plannerMonitoring(stack: MonitoringStack, settings: OrganisationSettings): void {
  const service = settings.serviceName;
  const period = `${settings.errorBudgetWindowDays}d`;
  const runbooks = "https://runbooks.example.com/intelligent-teams-planner";
  const requests = `http_requests_total{service="${service}"}`;
  const durations = `http_request_duration_seconds{service="${service}"}`;

  const team = new OnCallTeam(stack, "planner-team", {
    name: "planner",
    members: ["ana.lima@example.com", "ben.okafor@example.com"],
    schedules: [
      {
        name: "planner primary",
        timeZone: "Europe/Berlin",
        layers: [{ name: "weekly rotation", rotation: "weekly", handoffDay: "monday", handoffTime: "09:00" }],
      },
    ],
    escalation: {
      levels: [
        { notify: [{ schedule: "planner primary" }], delayMinutes: 15 },
        { notify: [{ user: "ana.lima@example.com" }, { user: "ben.okafor@example.com" }], delayMinutes: 30 },
      ],
      loops: 2,
    },
    services: [
      {
        name: service,
        urgency: "severity-based",
        alertGrouping: "intelligent",
        businessService: "Team planning",
        runbookUrl: runbooks,
        dashboardUrl: serviceFolderUrl(stack, service),
      },
    ],
    slackChannel: "#planner-alerts",
    email: settings.emailAlerts ? "planner-team@example.com" : undefined,
    recurringMutes: [{ name: "sunday-backup", weekdays: ["sunday"], start: "02:00", end: "02:30" }],
    incidentWorkflow: {
      priorities: ["P1"],
      steps: [
        { addResponders: { responders: [{ escalationPolicy: true }] } },
        { postToSlack: { message: "A P1 incident is open on intelligent-teams-planner: {{incident.title}} {{incident.html_url}}" } },
        { conferenceBridge: { url: "https://meet.example.com/planner-incident" } },
        { statusUpdate: { message: "We are investigating an issue affecting team planning." } },
      ],
    },
  });

  // The health probes measure availability, whether or not the other flows are monitored.
  const probes = `probe_success{job="${plannerHealthChecks(stack, settings, team).probeJob}"}`;
  const availability = new ServiceSlo(stack, "availability", {
    service,
    name: "availability",
    objective: settings.availabilityTarget,
    period,
    owner: team,
    runbookUrl: `${runbooks}/availability`,
    description: "The planner answers its health probe from every region",
    sli: {
      query: {
        errorRatio: `1 - avg(avg_over_time(${probes}[{{.window}}]))`,
        // Counting probes arms the low-traffic guard: one failed probe must not page.
        totalEvents: `sum(count_over_time(${probes}[{{.window}}]))`,
      },
    },
    // Datadog measures availability with its own synthetic checks, declared with the synthetics constructs.
    outputs: { datadog: false },
    statusPage: { component: "Team planning", description: "Planning boards and sprints in the web app" },
  });

  const errorRate = new ServiceSlo(stack, "error-rate", {
    service,
    name: "error-rate",
    objective: 99.9,
    period,
    owner: team,
    runbookUrl: `${runbooks}/error-rate`,
    description: "At most 0.1% of the planner's requests fail",
    sli: { events: { errors: `http_requests_total{service="${service}",code=~"5.."}`, total: requests } },
  });

  const latencyTargets = [
    { name: "latency-p95", objective: 95, threshold: `${settings.responseTimeTargetMs}ms` },
    { name: "latency-p99", objective: 99, threshold: "1s" },
  ];
  for (const target of latencyTargets) {
    new ServiceSlo(stack, target.name, {
      service,
      name: target.name,
      objective: target.objective,
      period,
      owner: team,
      runbookUrl: `${runbooks}/latency`,
      description: `${target.objective}% of the planner's requests complete within ${target.threshold}`,
      sli: { latency: { histogram: durations, threshold: target.threshold } },
    });
  }

  plannerKpis(stack, service, team, [availability, errorRate]);
  plannerDeploymentGate(stack, settings, [availability, errorRate]);
  plannerSla(stack, settings, availability);
  plannerInfrastructure(stack, service, team);
  plannerTelemetry(stack, settings, team, runbooks);
  plannerMetaMonitoring(stack, team, runbooks);

  new ErrorTracking(stack, "errors", {
    service,
    organization: settings.sentry.organization,
    platform: "node",
    owner: team,
    runbookUrl: `${runbooks}/errors`,
    environment: settings.sentry.environment ?? stack.environment,
    release: settings.sentry.release,
    traceSampleRatio: settings.sentry.traceSampleRatio,
    fingerprintingRules: ["error.type:DatabaseConnectionError -> database-connection", "message:\"*timed out*\" -> upstream-timeout"],
    groupingEnhancements: ["stack.function:log_* -group", "family:javascript stack.module:node_modules/** -app"],
    integrations: {
      pagerDutyIntegrationId: settings.sentry.pagerDutyIntegrationId,
      slackWorkspaceId: settings.sentry.slackWorkspaceId,
    },
  });

  plannerLogs(stack, settings, team);

  if (settings.syntheticsEnabled) {
    plannerFlows(stack, settings, team);
  }
  if (settings.rumEnabled) {
    plannerRum(stack, settings, team);
  }
}
