import { z } from "zod";
import { checkedNumber, checkedText, owner, propsSchema, ratio, serviceName, webAddress, wholeNumber } from "../validation/schema";
import { SENTRY_ISSUE_INTERVALS, SENTRY_METRIC_WINDOWS, type SentryMetricWindowMinutes } from "./error-tracking";
import type { ErrorRateAlertProps, ErrorSpikeAlertProps, ErrorTrackingProps, ErrorTrendAlertProps, SentryIntegrationsProps } from "./error-tracking-props";
import { environmentProblem, organizationProblem, platformProblem, projectSlugProblem, releaseProblem, ruleLineProblem } from "./sentry-names";
import type { SentryPlatform } from "./sentry-platforms";

/** A Sentry metric alert's window in minutes: one Sentry evaluates over. */
const window = z.custom<SentryMetricWindowMinutes>().superRefine((value, context) => {
  if (!(SENTRY_METRIC_WINDOWS as readonly unknown[]).includes(value)) {
    context.addIssue({ code: "custom", message: `${String(value)} is not a window Sentry evaluates over; use one of ${SENTRY_METRIC_WINDOWS.join(", ")}` });
  }
});
/** A platform Sentry lists; the message suggests the likely ones. */
const platform = z.custom<SentryPlatform>().superRefine((value, context) => {
  const problem = typeof value === "string" ? platformProblem(value) : "is not a Sentry platform name; give a string";
  if (problem !== undefined) {
    context.addIssue({ code: "custom", message: problem });
  }
});
/** An alert threshold: above 0. */
const threshold = checkedNumber((value) => (value > 0 ? undefined : `${value} is not positive; use a number of percent of transactions (failure-rate) or of error events per window (error-count)`));
const rise = checkedNumber((value) => (value > 0 ? undefined : `${value} is not a rise; use a positive percentage, e.g. 100 for twice last week's errors`));
const ruleLines = (needsArrow: boolean) => z.array(checkedText((line) => ruleLineProblem(line, needsArrow)));
const metricName = checkedText((name) =>
  /^[a-zA-Z_:][a-zA-Z0-9_:]*$/.test(name) ? undefined : `"${name}" is not a Prometheus metric name; give the counter's name, e.g. "checkout_errors_total"`,
);

/**
 * The schema of an ErrorTracking's props: every prop's type; the service (an alert label), Sentry's names
 * (organization, platform, project, environment, release), rule lines, intervals and windows; the sample ratio
 * (0 to 1), the thresholds (above 0, whole events for a spike), an anchored runbook address and the counter (a
 * metric name). Parse checks the thresholds against each other and the measure, and the project derived from the
 * service.
 */
export const errorTrackingSchema = propsSchema<ErrorTrackingProps>()({
  service: serviceName,
  organization: checkedText(organizationProblem),
  platform,
  owner: owner.optional(),
  runbookUrl: webAddress().optional(),
  environment: checkedText(environmentProblem).optional(),
  release: checkedText(releaseProblem).optional(),
  traceSampleRatio: ratio().optional(),
  projectSlug: checkedText(projectSlugProblem).optional(),
  fingerprintingRules: ruleLines(true).optional(),
  groupingEnhancements: ruleLines(false).optional(),
  errorSpike: z.union([propsSchema<ErrorSpikeAlertProps>()({ events: wholeNumber(1).optional(), interval: z.enum(SENTRY_ISSUE_INTERVALS).optional() }), z.literal(false)]).optional(),
  errorRate: z
    .union([
      propsSchema<ErrorRateAlertProps>()({
        measure: z.enum(["failure-rate", "error-count"]).optional(),
        critical: threshold.optional(),
        warning: threshold.optional(),
        windowMinutes: window.optional(),
      }),
      z.literal(false),
    ])
    .optional(),
  errorTrend: z.union([propsSchema<ErrorTrendAlertProps>()({ increasePercent: rise.optional(), windowMinutes: window.optional() }), z.literal(false)]).optional(),
  errorCounter: metricName.optional(),
  integrations: propsSchema<SentryIntegrationsProps>()({ pagerDutyIntegrationId: z.string().optional(), pagerDutyServiceId: z.string().optional(), slackWorkspaceId: z.string().optional() }).optional(),
}) satisfies z.ZodType<ErrorTrackingProps>;
