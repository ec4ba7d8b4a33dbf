import type { SentryPlatform } from "./sentry-platforms";
import type { AlertSeverity } from "../routing/routing";

/** The windows Sentry counts an issue's events over (`event_frequency.interval`). */
export const SENTRY_ISSUE_INTERVALS = ["1m", "5m", "15m", "1h", "1d", "1w", "30d"] as const;

/** A window Sentry counts an issue's events over. */
export type SentryIssueInterval = (typeof SENTRY_ISSUE_INTERVALS)[number];

/** The windows a Sentry metric alert evaluates over, in minutes (`time_window`). */
export const SENTRY_METRIC_WINDOWS = [1, 5, 10, 15, 30, 60, 120, 240, 1440] as const;

/** A window a Sentry metric alert evaluates over, in minutes. */
export type SentryMetricWindowMinutes = (typeof SENTRY_METRIC_WINDOWS)[number];

/**
 * How Sentry reaches the owner: ids of the organisation's integrations, as shown in the URL of the integration's
 * settings page (`https://<org>.sentry.io/settings/integrations/<provider>/<id>/`). They are identifiers, not
 * secrets. The provider (jianyuan/sentry 0.15.4, as generated here) has no data source to look them up by name.
 */
export interface SentryIntegrations {
  /**
   * The id of Sentry's PagerDuty integration; needed when the owner's pages go to PagerDuty.
   * @default none
   * @example "123456"
   */
  readonly pagerDutyIntegrationId?: string;
  /**
   * The id of the PagerDuty service already configured in that integration (the `service_table` entry), when it is
   * managed outside this stack.
   * @default none: the stack configures the owner's PagerDuty service in the integration (`sentry_integration_pagerduty`),
   *   with the service's Events API integration key read from the sensitive Terraform variable
   *   `sentry_pagerduty_integration_key_<pagerduty service>` (set it with `TF_VAR_…`; it never appears in output)
   */
  readonly pagerDutyServiceId?: string;
  /**
   * The id of Sentry's Slack integration for the workspace; needed when the owner's tickets go to Slack.
   * @default none
   * @example "234567"
   */
  readonly slackWorkspaceId?: string;
}

/** The error spike alert: a page when one issue fires more than `events` events within `interval`. */
export interface ErrorSpike {
  readonly events: number;
  readonly interval: SentryIssueInterval;
}

/** The error rate alert; thresholds as declared (percent for failure rate, events for error count). */
export interface ErrorRate {
  readonly measure: "failure-rate" | "error-count";
  readonly critical: number;
  readonly warning: number;
  readonly windowMinutes: SentryMetricWindowMinutes;
}

/**
 * The week-over-week error trend: a ticket when the service's error events over `windowMinutes` exceed those of the
 * same window a week before by more than `increasePercent`.
 */
export interface ErrorTrend {
  readonly increasePercent: number;
  readonly windowMinutes: SentryMetricWindowMinutes;
}

/** A week, in minutes: the comparison period of the error trend (Sentry's `comparison_delta`). */
export const WEEK_MINUTES = 10080;

/** Error tracking of one service on Sentry, validated and with its defaults: what the Sentry target writes. */
export interface ErrorTrackingSpec {
  readonly service: string;
  /** The Sentry organization's slug. */
  readonly organization: string;
  readonly platform: SentryPlatform;
  readonly projectSlug: string;
  /** The Sentry environment every alert is filtered to. */
  readonly environment: string;
  readonly release?: string;
  readonly traceSampleRatio: number;
  /** Fingerprinting rules, one per element; none for Sentry's built-in grouping. */
  readonly fingerprintingRules: readonly string[];
  /** Stack trace rules, one per element. */
  readonly groupingEnhancements: readonly string[];
  readonly errorSpike?: ErrorSpike;
  readonly errorRate?: ErrorRate;
  readonly errorTrend?: ErrorTrend;
  /**
   * The service's own counter of errors in Prometheus (declared in the stack's externalSignals), recorded for
   * `watchkeeper report`; none when the service exports no such counter.
   */
  readonly errorCounter?: string;
  /** The runbook of the service's errors, linked from tickets. */
  readonly runbookUrl?: string;
  readonly integrations: SentryIntegrations;
}

/** An alert of error tracking, as the stack's routing check and the Sentry target see it. */
export interface ErrorTrackingAlert {
  /** The id of its resource, under the declaration's path. */
  readonly id: "new-issue" | "regression" | "error-spike" | "error-rate" | "error-trend";
  /** The CamelCase suffix of its name, after the service. */
  readonly name: string;
  readonly severities: readonly AlertSeverity[];
}

/**
 * The alerts of error tracking: tickets for new issues, regressions (a resolved issue that came back) and a rise of
 * errors against the same time last week; pages for spikes and error rate.
 */
export function errorTrackingAlerts(spec: Pick<ErrorTrackingSpec, "errorSpike" | "errorRate" | "errorTrend">): ErrorTrackingAlert[] {
  return [
    { id: "new-issue", name: "NewIssue", severities: ["ticket"] },
    { id: "regression", name: "Regression", severities: ["ticket"] },
    ...(spec.errorSpike === undefined ? [] : [{ id: "error-spike", name: "ErrorSpike", severities: ["page"] } as const]),
    ...(spec.errorRate === undefined ? [] : [{ id: "error-rate", name: "ErrorRate", severities: ["page", "ticket"] } as const]),
    ...(spec.errorTrend === undefined ? [] : [{ id: "error-trend", name: "ErrorTrend", severities: ["ticket"] } as const]),
  ];
}

/** The severities error tracking alerts with, each once. */
export function errorTrackingSeverities(spec: Pick<ErrorTrackingSpec, "errorSpike" | "errorRate" | "errorTrend">): AlertSeverity[] {
  return [...new Set(errorTrackingAlerts(spec).flatMap((alert) => alert.severities))];
}
