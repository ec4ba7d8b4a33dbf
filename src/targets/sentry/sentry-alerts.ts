import type { TerraformProvider } from "cdktf";
import type { Construct } from "constructs";
import { WEEK_MINUTES, type ErrorRate, type ErrorTrackingSpec } from "../../domain/apm/error-tracking";
import { cleanNumber } from "../../domain/numbers";
import type { AlertSeverity } from "../../domain/routing/routing";
import { IssueAlert, type IssueAlertConditionsV2 } from "../../providers/sentry/issue-alert";
import { MetricAlert } from "../../providers/sentry/metric-alert";
import type { SentryRouter } from "./sentry-routes";

/** What the alerts of one service are written with. */
export interface SentryAlertContext {
  readonly scope: Construct;
  readonly provider: TerraformProvider;
  readonly router: SentryRouter;
  readonly spec: ErrorTrackingSpec;
  /** The project's id (its slug), as alerts reference it. */
  readonly project: string;
}

const ISSUE_ALERTS = {
  "new-issue": { title: "new issue", conditions: [{ firstSeenEvent: {} }] },
  regression: { title: "regression (a resolved issue came back)", conditions: [{ regressionEvent: {} }] },
} satisfies Record<string, { title: string; conditions: IssueAlertConditionsV2[] }>;

function issueAlert(context: SentryAlertContext, id: string, title: string, severity: AlertSeverity, conditions: IssueAlertConditionsV2[]): void {
  const { spec, router } = context;
  new IssueAlert(context.scope, id, {
    provider: context.provider,
    organization: spec.organization,
    project: context.project,
    name: `${spec.service} (${spec.environment}): ${title}`,
    environment: spec.environment,
    actionMatch: "any",
    conditionsV2: conditions,
    actionsV2: router.issueAlertActions(severity),
    frequency: severity === "page" ? 60 : 30,
    owner: router.ruleOwner,
  });
}

/**
 * Issue alerts, each filtered to the environment: a ticket when an issue is first seen and when a resolved issue
 * regresses, a page when one issue's events exceed the spike threshold (`event_frequency`, comparison `count`).
 */
export function writeIssueAlerts(context: SentryAlertContext): void {
  for (const [id, { title, conditions }] of Object.entries(ISSUE_ALERTS)) {
    issueAlert(context, id, title, "ticket", conditions);
  }
  const spike = context.spec.errorSpike;
  if (spike !== undefined) {
    issueAlert(context, "error-spike", `more than ${spike.events} events of an issue within ${spike.interval}`, "page", [
      { eventFrequency: { comparisonType: "count", value: spike.events, interval: spike.interval } },
    ]);
  }
}

/** The metric as Sentry queries it, and thresholds in Sentry's unit (`failure_rate()` is a ratio, 0 to 1). */
function errorRateMetric(rate: ErrorRate) {
  return rate.measure === "failure-rate"
    ? {
        title: `transaction failure rate above ${rate.warning}% / ${rate.critical}% over ${rate.windowMinutes} min`,
        dataset: "transactions",
        eventTypes: ["transaction"],
        aggregate: "failure_rate()",
        threshold: (value: number) => cleanNumber(value / 100),
      }
    : {
        title: `more than ${rate.warning} / ${rate.critical} errors in ${rate.windowMinutes} min`,
        dataset: "events",
        eventTypes: ["error"],
        aggregate: "count()",
        threshold: (value: number) => value,
      };
}

/** The error rate metric alert: a critical trigger paging the owner, a warning trigger opening a ticket. */
export function writeErrorRateAlert(context: SentryAlertContext): void {
  const { spec, router } = context;
  const rate = spec.errorRate;
  if (rate === undefined) {
    return;
  }
  const metric = errorRateMetric(rate);
  const above = 0;
  new MetricAlert(context.scope, "error-rate", {
    provider: context.provider,
    organization: spec.organization,
    project: context.project,
    name: `${spec.service} (${spec.environment}): ${metric.title}`,
    environment: spec.environment,
    dataset: metric.dataset,
    eventTypes: metric.eventTypes,
    query: "",
    aggregate: metric.aggregate,
    timeWindow: rate.windowMinutes,
    thresholdType: above,
    owner: router.ruleOwner,
    trigger: [
      { label: "critical", thresholdType: above, alertThreshold: metric.threshold(rate.critical), action: router.metricAlertActions("page") },
      { label: "warning", thresholdType: above, alertThreshold: metric.threshold(rate.warning), action: router.metricAlertActions("ticket") },
    ],
  });
}

/**
 * The week-over-week error trend: a metric alert on `count()` of error events over the window, compared with the same
 * window a week before (`comparison_delta` 10080 minutes). With a comparison, Sentry reads `alert_threshold` as the
 * rise in percent (it stores 100 + the rise; getsentry/sentry src/sentry/incidents/endpoints/utils.py,
 * translate_threshold); its one critical trigger opens a ticket.
 */
export function writeErrorTrendAlert(context: SentryAlertContext): void {
  const { spec, router } = context;
  const trend = spec.errorTrend;
  if (trend === undefined) {
    return;
  }
  const above = 0;
  new MetricAlert(context.scope, "error-trend", {
    provider: context.provider,
    organization: spec.organization,
    project: context.project,
    name: `${spec.service} (${spec.environment}): errors ${trend.increasePercent}% above the same ${trend.windowMinutes} min last week`,
    environment: spec.environment,
    dataset: "events",
    eventTypes: ["error"],
    query: "",
    aggregate: "count()",
    timeWindow: trend.windowMinutes,
    comparisonDelta: WEEK_MINUTES,
    thresholdType: above,
    owner: router.ruleOwner,
    trigger: [{ label: "critical", thresholdType: above, alertThreshold: trend.increasePercent, action: router.metricAlertActions("ticket") }],
  });
}
