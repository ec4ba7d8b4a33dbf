import { LogAlert, LogPolicy, LogRetention, logQuery, OnCallTeam, SecurityLogMonitoring, type MonitoringStack } from "../constructs";
import type { OrganisationSettings } from "./settings";

const RUNBOOKS = "https://runbooks.example.com/intelligent-teams-planner/logs";

/**
 * How the planner's logs are kept and watched: application logs LOG_RETENTION_DAYS (30 days), audit logs a year
 * (cold after 30 days; Datadog keeps 30 days and an S3 archive the rest), debug logs a week; alerts on error
 * spikes and on an unusual volume of errors; and security monitoring routed to the security team, as log alerts and
 * as Elastic Security and Datadog Cloud SIEM detection rules.
 */
export function plannerLogs(stack: MonitoringStack, settings: OrganisationSettings, owner: OnCallTeam): void {
  const service = settings.serviceName;
  new LogRetention(stack, "log-retention", {
    minimums: [{ category: "audit", minimumDays: 365, reason: "SOC 2 audit evidence" }],
    // The organisation's Datadog contract.
    datadogRetentionDays: [3, 7, 15, 30],
  });

  new LogPolicy(stack, "application-logs", {
    service,
    category: "application",
    retentionDays: settings.logRetentionDays,
    datadog: { exclusionFilters: [{ name: "health checks", query: logQuery.equals("url.path", "/health") }] },
  });
  new LogPolicy(stack, "audit-logs", {
    service,
    category: "audit",
    retentionDays: 365,
    coldAfterDays: 30,
    datadog: {
      indexRetentionDays: 30,
      archive: { kind: "s3", bucket: "planner-log-archive", path: "/audit", accountId: "123456789012", roleName: "datadog-log-archive" },
    },
  });
  new LogPolicy(stack, "debug-logs", {
    service,
    category: "debug",
    retentionDays: 7,
    datadog: { exclusionFilters: [{ name: "sample debug", query: logQuery.equals("log.level", "debug"), excludedRatio: 0.9 }] },
  });

  const errors = logQuery.equals("log.level", "error");
  new LogAlert(stack, "error-spike", {
    service,
    name: "error-spike",
    owner,
    query: errors,
    threshold: { above: 50, window: "5m", groupBy: "error.type" },
    runbookUrl: `${RUNBOOKS}/error-spike`,
    description: "More than 50 errors of one type in 5 minutes",
  });
  new LogAlert(stack, "unusual-error-volume", {
    service,
    name: "unusual-error-volume",
    owner,
    query: errors,
    anomaly: { window: "15m" },
    runbookUrl: `${RUNBOOKS}/unusual-error-volume`,
    description: "More errors than in the same hours of previous weeks",
  });

  const security = new OnCallTeam(stack, "security-team", { name: "security", slackChannel: "#security-alerts", email: "security@example.com" });
  new SecurityLogMonitoring(stack, "security-logs", {
    service,
    owner: security,
    runbookUrl: "https://runbooks.example.com/security",
    expectedCountries: ["DE", "FR", "GB", "US"],
    // Detection rules for the security team's SIEMs; the log alerts stay for the on-call dashboards.
    outputs: { elasticSecurity: true, datadogSiem: true },
  });
}
