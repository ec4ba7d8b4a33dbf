import { z } from "zod";
import { annotationText, countryCode, duration, owner, propsSchema, serviceName, severity, text, webAddress } from "../validation/schema";
import type { LogAlertOutputs, LogAlertProps, LogAnomalyProps, LogThresholdProps } from "./log-alert-props";
import type { LogQuery } from "./log-query";
import type { SecurityLogMonitoringOutputs, SecurityLogMonitoringProps } from "./security-log-monitoring-props";

/** A log query, checked by kind at every depth. */
export const logQuery: z.ZodType<LogQuery> = z.lazy(() =>
  z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("equals"), field: text, value: z.union([z.string(), z.number(), z.boolean()]) }),
    z.strictObject({ kind: z.literal("exists"), field: text }),
    z.strictObject({ kind: z.literal("range"), field: text, gte: z.number().optional(), lte: z.number().optional() }),
    z.strictObject({ kind: z.literal("text"), text }),
    z.strictObject({ kind: z.literal("and"), all: z.array(logQuery) }),
    z.strictObject({ kind: z.literal("or"), any: z.array(logQuery) }),
    z.strictObject({ kind: z.literal("not"), query: logQuery }),
  ]),
);

/** A log count threshold: above a whole number of matching logs within a window. */
const logThreshold = propsSchema<LogThresholdProps>()({
  above: z.number().int("is not a whole number of logs").min(0),
  window: duration({ min: "1m", max: "1d" }).optional(),
  groupBy: text.optional(),
});

const logAlertOutputs = propsSchema<LogAlertOutputs>()({ elastic: z.boolean().optional(), datadog: z.boolean().optional() });

/** The schema of a LogAlert's props; parse checks the backends' limits. */
export const logAlertSchema = propsSchema<LogAlertProps>()({
  service: serviceName,
  name: text,
  query: logQuery,
  threshold: logThreshold.optional(),
  anomaly: propsSchema<LogAnomalyProps>()({ window: duration({ min: "1m", max: "1d" }).optional() }).optional(),
  severity: severity.optional(),
  owner: owner.optional(),
  runbookUrl: webAddress().optional(),
  description: annotationText.optional(),
  outputs: logAlertOutputs.optional(),
}) satisfies z.ZodType<LogAlertProps>;

/** The schema of a SecurityLogMonitoring's props; parse checks the outputs and the backends' windows. */
export const securityLogMonitoringSchema = propsSchema<SecurityLogMonitoringProps>()({
  service: serviceName,
  owner: owner.optional(),
  runbookUrl: webAddress().optional(),
  severity: severity.optional(),
  // Checked once, by the detection's own LogAlert, which names it.
  authenticationFailures: z.custom<LogThresholdProps>(() => true).optional(),
  expectedCountries: z.array(countryCode).optional(),
  outputs: propsSchema<SecurityLogMonitoringOutputs>()({
    logAlerts: z.union([logAlertOutputs, z.literal(false)]).optional(),
    elasticSecurity: z.boolean().optional(),
    datadogSiem: z.boolean().optional(),
  }).optional(),
}) satisfies z.ZodType<SecurityLogMonitoringProps>;
