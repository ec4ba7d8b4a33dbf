import type { SentryIntegrations, SentryIssueInterval, SentryMetricWindowMinutes } from "./error-tracking";
import type { AlertOwner } from "../routing/routing";
import type { SentryPlatform } from "./sentry-platforms";

export type { SentryIssueInterval, SentryMetricWindowMinutes };

/** A page when one issue suddenly fires many events (a crash loop, a broken release). */
export interface ErrorSpikeAlertProps {
  /**
   * The number of events of one issue, within `interval`, above which the owner is paged.
   * @default 100
   */
  readonly events?: number;
  /**
   * The window the events are counted over.
   * @default "1h"
   */
  readonly interval?: SentryIssueInterval;
}

/**
 * The service's error rate as a Sentry metric alert: a page above `critical`, a ticket above `warning`.
 *
 * - `failure-rate` (the default) is `failure_rate()` of the service's transactions (dataset `transactions`): the
 *   share of transactions whose status is neither ok, cancelled nor unknown. Thresholds are percentages. It needs
 *   tracing (`traceSampleRatio` above 0); the rate is measured on the sampled transactions.
 * - `error-count` is `count()` of error events (dataset `events`, event type `error`) per window: it works without
 *   tracing, but its thresholds are event counts and need retuning as traffic grows.
 */
export interface ErrorRateAlertProps {
  /**
   * What is measured.
   * @default "failure-rate"
   */
  readonly measure?: "failure-rate" | "error-count";
  /**
   * Above this the owner is paged: a percentage of transactions for `failure-rate`, a number of error events per
   * window for `error-count`.
   * @default 1 (percent) for `failure-rate`; none for `error-count`, where it must be given
   * @example 1
   */
  readonly critical?: number;
  /**
   * Above this the owner gets a ticket; at most `critical`.
   * @default half of `critical`
   * @example 0.5
   */
  readonly warning?: number;
  /**
   * The window the rate or count is evaluated over.
   * @default 15
   */
  readonly windowMinutes?: SentryMetricWindowMinutes;
}

/**
 * A ticket when the service's error events rise against the same time last week (a Sentry metric alert on
 * `count()` of errors with a one-week comparison): a slow rise that no spike or rate threshold catches.
 */
export interface ErrorTrendAlertProps {
  /**
   * By how many percent this window's error events must exceed those of the same window a week before.
   * @default 100 (twice as many)
   */
  readonly increasePercent?: number;
  /**
   * The window the events are counted over, in minutes.
   * @default 60
   */
  readonly windowMinutes?: SentryMetricWindowMinutes;
}

/** The Sentry integrations alerts are sent through, by id (see SentryIntegrations). */
export type SentryIntegrationsProps = SentryIntegrations;

/** The props of ErrorTracking: a service's Sentry project, its alerts and who receives them. */
export interface ErrorTrackingProps {
  /**
   * The service, as its telemetry names it: the Sentry project's name (its slug is derived from it).
   * @example "intelligent-teams-planner"
   */
  readonly service: string;
  /**
   * The Sentry organization's slug, as in `https://sentry.io/organizations/<slug>/`.
   * @example "acme"
   */
  readonly organization: string;
  /**
   * The service's SDK platform; `other` for one Sentry does not list.
   * @example "node"
   */
  readonly platform: SentryPlatform;
  /**
   * The team that owns the project and receives its alerts: an AlertOwner, or the name of a team of the stack.
   * @default the stack's defaultOwner
   */
  readonly owner?: AlertOwner | string;
  /**
   * The runbook of the service's errors, linked from tickets; required, by the stack's routing check, for the
   * page alerts.
   * @default none
   */
  readonly runbookUrl?: string;
  /**
   * The Sentry environment the SDK reports (SENTRY_ENVIRONMENT); every alert is filtered to it, so it must have
   * received an event before the alerts are first applied.
   * @default the stack's environment
   */
  readonly environment?: string;
  /**
   * The release the SDK reports (SENTRY_RELEASE), published as an output for the deployment.
   * @default none: no release output
   * @example "intelligent-teams-planner@2.0.0"
   */
  readonly release?: string;
  /**
   * The share of transactions the SDK traces (SENTRY_TRACES_SAMPLE_RATE), 0 to 1, published as an output.
   * @default 0.1
   */
  readonly traceSampleRatio?: number;
  /**
   * The Sentry project's slug. Each stack creates its own project and owner's team, and Sentry slugs are unique in
   * an organization: declaring the same service and team in two stacks of one organization collides at apply.
   * @default the service name as a slug
   */
  readonly projectSlug?: string;
  /**
   * Fingerprinting rules, one per line (`matcher:glob -> fingerprint`); `#` starts a comment.
   * @default none: Sentry's built-in grouping
   * @example ["error.type:DatabaseUnavailable -> database-unavailable"]
   */
  readonly fingerprintingRules?: readonly string[];
  /**
   * Stack trace rules (grouping enhancements), one per line (`matcher:glob [v^]?[+-]flag`).
   * @default none
   * @example ["stack.function:panic_handler ^-group", "stack.module:acme.* +app"]
   */
  readonly groupingEnhancements?: readonly string[];
  /**
   * The page on an issue's event spike, or false for none.
   * @default more than 100 events of one issue within 1h
   */
  readonly errorSpike?: ErrorSpikeAlertProps | false;
  /**
   * The metric alert on the error rate, or false for none.
   * @default the transaction failure rate over 15 minutes: a page above 1%, a ticket above 0.5%
   */
  readonly errorRate?: ErrorRateAlertProps | false;
  /**
   * The week-over-week ticket on the volume of error events, or false for none.
   * @default more than twice the errors of the same hour last week
   */
  readonly errorTrend?: ErrorTrendAlertProps | false;
  /**
   * The service's own counter of errors in Prometheus, selected by `service="<service>"`; declare it in the stack's
   * `externalSignals`. Its rate is recorded as `error_tracking:error_events:rate5m`, from which `watchkeeper report`
   * shows this week's errors against last week's; without it the report points to the Sentry project.
   * @default none
   * @example "checkout_errors_total"
   */
  readonly errorCounter?: string;
  /**
   * The Sentry integrations alerts are sent through.
   * @default none: valid only when the owner receives neither pages through PagerDuty nor tickets through Slack
   */
  readonly integrations?: SentryIntegrationsProps;
}
