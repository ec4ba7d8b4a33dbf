import type { TerraformProvider } from "cdktf";
import type { Construct } from "constructs";
import { cleanNumber } from "../../src/domain/numbers";
import type { AlertOwner } from "../../src/domain/routing";
import type { AlertSeverity } from "../../src/domain/slo-math";
import { IssueAlert, type IssueAlertConditionsV2 } from "../../src/providers/sentry/issue-alert";
import { MetricAlert } from "../../src/providers/sentry/metric-alert";
import type { ErrorRate, ParsedErrorTracking } from "./parse-error-tracking";
import { sentryTargets, type SentryRouter, type SentryTarget } from "./sentry-routes";

/** An alert of the service as the stack's routing check and Sentry see it. */
export interface SentryAlert {
  /** The construct id of its resource, under the ErrorTracking's path. */
  readonly id: "new-issue" | "regression" | "error-spike" | "error-rate";
  /** The CamelCase suffix of its name, after the service. */
  readonly name: string;
  readonly severities: readonly AlertSeverity[];
}

/** The alerts an ErrorTracking declares: tickets for new issues and regressions, pages for spikes and error rate. */
export function sentryAlerts(parsed: Pick<ParsedErrorTracking, "errorSpike" | "errorRate">): SentryAlert[] {
  return [
    { id: "new-issue", name: "NewIssue", severities: ["ticket"] },
    { id: "regression", name: "Regression", severities: ["ticket"] },
    ...(parsed.errorSpike === undefined ? [] : [{ id: "error-spike", name: "ErrorSpike", severities: ["page"] } as const]),
    ...(parsed.errorRate === undefined ? [] : [{ id: "error-rate", name: "ErrorRate", severities: ["page", "ticket"] } as const]),
  ];
}

/** What the alerts of one service are written with. */
export interface SentryAlertContext {
  readonly scope: Construct;
  readonly provider: TerraformProvider;
  readonly router: SentryRouter;
  readonly owner: AlertOwner;
  readonly parsed: ParsedErrorTracking;
  /** The project's id (its slug), as alerts reference it. */
  readonly project: string;
  /** The rule owner, `team:<internal id>`. */
  readonly ruleOwner: string;
  readonly runbookUrl?: string;
}

/** Validation has made sure that the owner has a receiver Sentry can reach for each severity alerted on. */
function targetsFor(context: SentryAlertContext, severity: AlertSeverity): SentryTarget[] {
  return sentryTargets(context.owner.receivers(severity, context.parsed.service));
}

const ISSUE_ALERTS = {
  "new-issue": { title: "new issue", conditions: [{ firstSeenEvent: {} }] },
  regression: { title: "regression (a resolved issue came back)", conditions: [{ regressionEvent: {} }] },
} satisfies Record<string, { title: string; conditions: IssueAlertConditionsV2[] }>;

function issueAlert(context: SentryAlertContext, id: string, title: string, severity: AlertSeverity, conditions: IssueAlertConditionsV2[]): void {
  const { parsed } = context;
  const notes = context.runbookUrl === undefined ? undefined : `<${context.runbookUrl}|Runbook>`;
  new IssueAlert(context.scope, id, {
    provider: context.provider,
    organization: parsed.organization,
    project: context.project,
    name: `${parsed.service} (${parsed.environment}): ${title}`,
    environment: parsed.environment,
    actionMatch: "any",
    conditionsV2: conditions,
    actionsV2: targetsFor(context, severity).map((target) => context.router.issueAlertAction(target, notes)),
    frequency: severity === "page" ? 60 : 30,
    owner: context.ruleOwner,
  });
}

/**
 * Issue alerts, each filtered to the environment: a ticket when an issue is first seen and when a resolved issue
 * regresses, a page when one issue's events exceed the spike threshold (`event_frequency`, comparison `count`).
 */
export function emitIssueAlerts(context: SentryAlertContext): void {
  for (const [id, { title, conditions }] of Object.entries(ISSUE_ALERTS)) {
    issueAlert(context, id, title, "ticket", conditions);
  }
  const spike = context.parsed.errorSpike;
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
export function emitErrorRateAlert(context: SentryAlertContext): void {
  const { parsed } = context;
  const rate = parsed.errorRate;
  if (rate === undefined) {
    return;
  }
  const metric = errorRateMetric(rate);
  const above = 0;
  new MetricAlert(context.scope, "error-rate", {
    provider: context.provider,
    organization: parsed.organization,
    project: context.project,
    name: `${parsed.service} (${parsed.environment}): ${metric.title}`,
    environment: parsed.environment,
    dataset: metric.dataset,
    eventTypes: metric.eventTypes,
    query: "",
    aggregate: metric.aggregate,
    timeWindow: rate.windowMinutes,
    thresholdType: above,
    owner: context.ruleOwner,
    trigger: [
      {
        label: "critical",
        thresholdType: above,
        alertThreshold: metric.threshold(rate.critical),
        action: targetsFor(context, "page").map((target) => context.router.metricAlertAction(target)),
      },
      {
        label: "warning",
        thresholdType: above,
        alertThreshold: metric.threshold(rate.warning),
        action: targetsFor(context, "ticket").map((target) => context.router.metricAlertAction(target)),
      },
    ],
  });
}
