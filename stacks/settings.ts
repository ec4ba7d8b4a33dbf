/**
 * The example organisation's settings. In production they come from the environment; none has to be set to
 * synth, and the defaults are what the committed snapshots are made from.
 */
export interface OrganisationSettings {
  readonly serviceName: string;
  /** The release the services run (APM_SERVICE_VERSION): `service.version` of their spans. */
  readonly serviceVersion: string;
  readonly grafanaUrl: string;
  readonly availabilityTarget: number;
  readonly responseTimeTargetMs: number;
  readonly errorBudgetWindowDays: number;
  readonly sentry: {
    readonly organization: string;
    readonly environment?: string;
    readonly release?: string;
    readonly traceSampleRatio: number;
    readonly pagerDutyIntegrationId: string;
    readonly slackWorkspaceId: string;
  };
  readonly emailAlerts: boolean;
  /** Whether the critical user flows are monitored (SYNTHETICS_ENABLED). */
  readonly syntheticsEnabled: boolean;
  /** Whether the web app's real user monitoring is declared (RUM_ENABLED). */
  readonly rumEnabled: boolean;
  /** Where the flows run from (GLOBAL_MONITORING_LOCATIONS, comma-separated); undefined for the stack's default. */
  readonly locations?: readonly string[];
  /** How long application logs are kept, in days (LOG_RETENTION_DAYS). */
  readonly logRetentionDays: number;
  /** Prometheus's base URL inside the cluster, where the deployment gate's analyses read (PROMETHEUS_URL). */
  readonly prometheusUrl: string;
}

function numberFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === "") {
    return fallback;
  }
  const value = Number(text);
  if (!Number.isFinite(value)) {
    throw new Error(`${name}=${text} is not a number`);
  }
  return value;
}

export function settingsFrom(env: NodeJS.ProcessEnv): OrganisationSettings {
  return {
    serviceName: env.APM_SERVICE_NAME || "intelligent-teams-planner",
    serviceVersion: env.APM_SERVICE_VERSION || "2.0.0",
    grafanaUrl: env.GRAFANA_URL || "https://grafana.example.com",
    availabilityTarget: numberFrom(env, "SLA_AVAILABILITY_TARGET", 99.9),
    responseTimeTargetMs: numberFrom(env, "SLA_RESPONSE_TIME_TARGET", 500),
    errorBudgetWindowDays: numberFrom(env, "ERROR_BUDGET_WINDOW_DAYS", 30),
    sentry: {
      organization: env.SENTRY_ORG || "example-org",
      environment: env.SENTRY_ENVIRONMENT || undefined,
      release: env.SENTRY_RELEASE || undefined,
      traceSampleRatio: numberFrom(env, "SENTRY_TRACES_SAMPLE_RATE", 0.1),
      pagerDutyIntegrationId: env.SENTRY_PAGERDUTY_INTEGRATION_ID || "100001",
      slackWorkspaceId: env.SENTRY_SLACK_WORKSPACE_ID || "100002",
    },
    emailAlerts: (env.EMAIL_ALERT_ENABLED ?? "true") !== "false",
    syntheticsEnabled: (env.SYNTHETICS_ENABLED ?? "true") !== "false",
    rumEnabled: (env.RUM_ENABLED ?? "true") !== "false",
    logRetentionDays: numberFrom(env, "LOG_RETENTION_DAYS", 30),
    prometheusUrl: env.PROMETHEUS_URL || "http://prometheus-operated.monitoring.svc:9090",
    locations: env.GLOBAL_MONITORING_LOCATIONS ? env.GLOBAL_MONITORING_LOCATIONS.split(",").map((name) => name.trim()) : undefined,
  };
}
