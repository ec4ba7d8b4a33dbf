import {
  AlertRouting,
  ErrorTracking,
  OnCallTeam,
  SecretRef,
  ServiceSlo,
  type AlertRoutingProps,
  type ErrorTrackingProps,
  type MonitoringApp,
  type MonitoringStack,
  type MonitoringStackProps,
  type OnCallTeamProps,
  type ServiceSloProps,
} from "../../constructs";
import { testStack } from "../support/app";

/**
 * Everything a stack declares, as plain props: one team, the stack's routing, one ErrorTracking and its SLOs. The
 * property tests generate these (valid ones, and valid ones with bad fields) and declare them with `declare`.
 */
export interface Declaration {
  readonly stack: MonitoringStackProps;
  readonly team: OnCallTeamProps;
  /** Teams declared besides `team` (e.g. a second team with the same name). */
  readonly otherTeams: readonly OnCallTeamProps[];
  /** One AlertRouting per entry: the first is the stack's, any other is a mistake. */
  readonly routings: readonly AlertRoutingProps[];
  /** An ErrorTracking per entry, owned by `team` unless it names its owner. */
  readonly errorTrackings: readonly ErrorTrackingProps[];
  /** A ServiceSlo per entry, owned by `team` unless it names its owner. */
  readonly slos: readonly ServiceSloProps[];
}

/** The construct paths `declare` gives each declaration, for expectations. */
export const PATHS = {
  stack: "production",
  team: "production/checkout-team",
  otherTeam: (index: number) => `production/other-team-${index + 1}`,
  routing: (index: number) => `production/alert-routing${index === 0 ? "" : `-${index + 1}`}`,
  errorTracking: (index: number) => `production/errors-${index + 1}`,
  slo: (index: number) => `production/slo-${index + 1}`,
} as const;

const secret = (key: string) => SecretRef.kubernetes("watchkeeper-alertmanager", key);

/** A valid declaration using most of what each construct offers; the invalid inputs are mutations of it. */
export function fullDeclaration(): Declaration {
  return {
    stack: { grafanaUrl: "https://grafana.example.com" },
    team: {
      name: "checkout",
      members: ["alice@example.com", "bob@example.com"],
      slackChannel: "#checkout-alerts",
      email: "checkout@example.com",
      schedules: [{ name: "checkout primary", timeZone: "Europe/Berlin", layers: [{ name: "weekly", rotation: "weekly", handoffTime: "09:00" }] }],
      escalation: { levels: [{ notify: [{ schedule: "checkout primary" }], delayMinutes: 15 }, { notify: [{ user: "alice@example.com" }] }], loops: 2 },
      services: [
        {
          name: "checkout",
          urgency: { supportHours: { timeZone: "Europe/Berlin", days: [1, 2, 3, 4, 5], start: "09:00:00", end: "17:00:00" } },
          dependsOn: ["payments"],
          autoResolveMinutes: 240,
          acknowledgementTimeoutMinutes: 30,
          runbookUrl: "https://runbooks.example.com/checkout",
          dashboardUrl: "https://grafana.example.com/d/checkout",
        },
        { name: "payments", urgency: "severity-based" },
      ],
      maintenanceWindows: [{ start: "2026-12-13T02:00:00Z", end: "2026-12-13T04:00:00Z", description: "Database upgrade" }],
      recurringMutes: [{ name: "weekend-deploys", weekdays: ["saturday"], start: "02:00", end: "04:00" }],
      incidentWorkflow: {
        priorities: ["P1"],
        steps: [
          { addResponders: { responders: [{ escalationPolicy: true }, { schedule: "checkout primary" }] } },
          { postToSlack: { channel: "#checkout-incidents", message: "Incident opened" } },
          { conferenceBridge: { url: "https://meet.example.com/checkout" } },
          { statusUpdate: { message: "Investigating" } },
        ],
      },
      alertmanager: { pagerDutyRoutingKey: secret("pagerduty-routing-key"), slackWebhook: secret("checkout-slack-webhook") },
    },
    otherTeams: [],
    routings: [
      {
        defaultReceiver: { slack: { channel: "#alerts", webhook: secret("default-slack-webhook") }, email: { to: "oncall@example.com" } },
        smtp: { smarthost: "smtp.example.com:587", from: "alertmanager@example.com", authUsername: "alertmanager", authPassword: secret("smtp-password") },
      },
    ],
    errorTrackings: [
      {
        service: "checkout",
        organization: "example-org",
        platform: "node",
        runbookUrl: "https://runbooks.example.com/checkout/errors",
        release: "checkout@2.0.0",
        fingerprintingRules: ["error.type:DatabaseUnavailable -> database-unavailable"],
        groupingEnhancements: ["stack.function:panic_handler ^-group"],
        errorSpike: { events: 100, interval: "1h" },
        errorRate: { measure: "failure-rate", critical: 1, warning: 0.5, windowMinutes: 15 },
        integrations: { pagerDutyIntegrationId: "123456", slackWorkspaceId: "234567" },
      },
    ],
    slos: [
      {
        service: "checkout",
        name: "availability",
        objective: 99.9,
        period: "30d",
        runbookUrl: "https://runbooks.example.com/checkout/availability",
        labels: { tier: "1" },
        sli: { events: { errors: 'http_requests_total{service="checkout",code=~"5.."}', total: 'http_requests_total{service="checkout"}' } },
      },
      {
        service: "checkout",
        name: "latency",
        objective: 95,
        runbookUrl: "https://runbooks.example.com/checkout/latency",
        sli: { latency: { histogram: 'http_request_duration_seconds{service="checkout"}', threshold: "500ms" } },
      },
    ],
  };
}

/** Declares everything in a stack "production" of the app; owners default to the declared team. */
export function declare(app: MonitoringApp, declaration: Declaration): MonitoringStack {
  const stack = testStack(app, "production", declaration.stack);
  const team = new OnCallTeam(stack, "checkout-team", declaration.team);
  declaration.otherTeams.forEach((props, index) => new OnCallTeam(stack, `other-team-${index + 1}`, props));
  declaration.routings.forEach((props, index) => new AlertRouting(stack, `alert-routing${index === 0 ? "" : `-${index + 1}`}`, props));
  declaration.errorTrackings.forEach((props, index) => new ErrorTracking(stack, `errors-${index + 1}`, { owner: team, ...props }));
  declaration.slos.forEach((props, index) => new ServiceSlo(stack, `slo-${index + 1}`, { owner: team, ...props }));
  return stack;
}
