import { z } from "zod";
import { owner, propsSchema, webAddress } from "../validation/schema";
import { SENTRY_ISSUE_INTERVALS, type SentryMetricWindowMinutes } from "./error-tracking";
import type { ErrorRateAlertProps, ErrorSpikeAlertProps, ErrorTrackingProps, ErrorTrendAlertProps, SentryIntegrationsProps } from "./error-tracking-props";
import type { SentryPlatform } from "./sentry-platforms";

/** A Sentry metric alert's window in minutes (which ones Sentry evaluates over is parse's to say). */
const window = z.custom<SentryMetricWindowMinutes>((value) => typeof value === "number" && Number.isFinite(value), { message: "is not a number of minutes" });

/**
 * The schema of an ErrorTracking's props: every prop's type, Sentry's platforms, intervals and windows, finite
 * numbers and an anchored runbook address; parse checks Sentry's names and the thresholds against each other.
 */
export const errorTrackingSchema = propsSchema<ErrorTrackingProps>()({
  service: z.string(),
  organization: z.string(),
  // Which platform is meant is parse's to suggest.
  platform: z.custom<SentryPlatform>((value) => typeof value === "string", { message: "is not a Sentry platform name" }),
  owner: owner.optional(),
  runbookUrl: webAddress().optional(),
  environment: z.string().optional(),
  release: z.string().optional(),
  traceSampleRatio: z.number().optional(),
  projectSlug: z.string().optional(),
  fingerprintingRules: z.array(z.string()).optional(),
  groupingEnhancements: z.array(z.string()).optional(),
  errorSpike: z.union([propsSchema<ErrorSpikeAlertProps>()({ events: z.number().optional(), interval: z.enum(SENTRY_ISSUE_INTERVALS).optional() }), z.literal(false)]).optional(),
  errorRate: z
    .union([
      propsSchema<ErrorRateAlertProps>()({
        measure: z.enum(["failure-rate", "error-count"]).optional(),
        critical: z.number().optional(),
        warning: z.number().optional(),
        windowMinutes: window.optional(),
      }),
      z.literal(false),
    ])
    .optional(),
  errorTrend: z.union([propsSchema<ErrorTrendAlertProps>()({ increasePercent: z.number().optional(), windowMinutes: window.optional() }), z.literal(false)]).optional(),
  errorCounter: z.string().optional(),
  integrations: propsSchema<SentryIntegrationsProps>()({ pagerDutyIntegrationId: z.string().optional(), pagerDutyServiceId: z.string().optional(), slackWorkspaceId: z.string().optional() }).optional(),
}) satisfies z.ZodType<ErrorTrackingProps>;
