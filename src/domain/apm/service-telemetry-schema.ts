import { z } from "zod";
import { duration, oneOf, owner, propsSchema, ratio, serviceName, severity, text, webAddress } from "../validation/schema";
import type { ServiceTelemetryProps, SpanMetricsProps, TelemetryOutputProps, TelemetryThresholdProps } from "./service-telemetry-props";
import { TELEMETRY_LANGUAGES } from "./telemetry";

/** A latency target: a bounded duration. */
const latency = duration({ min: "1ms", max: "10m" });

/** The schema of a ServiceTelemetry's props; parse checks targets against each other and the buckets against the targets. */
export const serviceTelemetrySchema = propsSchema<ServiceTelemetryProps>()({
  service: serviceName,
  language: oneOf(TELEMETRY_LANGUAGES),
  version: text,
  traceSampleRatio: ratio().optional(),
  keepRatio: ratio().optional(),
  thresholds: propsSchema<TelemetryThresholdProps>()({
    errorRatio: ratio({ zero: false, one: false }).optional(),
    p95: latency.optional(),
    p99: latency.optional(),
    databaseP95: latency.optional(),
  }).optional(),
  sloPeriod: duration({ min: "1d", max: "90d" }).optional(),
  spanMetrics: propsSchema<SpanMetricsProps>()({
    dimensions: z.array(text).optional(),
    allowHighCardinality: z.array(text).optional(),
    bucketsMs: z.array(z.number()).optional(),
    metricNaming: oneOf(["with-suffixes", "without-suffixes"]).optional(),
  }).optional(),
  outputs: propsSchema<TelemetryOutputProps>()({
    datadog: z.boolean().optional(),
    datadogOperation: text.optional(),
    datadogDatabaseOperation: text.optional(),
    datadogClientOperation: text.optional(),
  }).optional(),
  owner: owner.optional(),
  runbookUrl: webAddress().optional(),
  dependsOn: z.array(serviceName).optional(),
  severity: severity.optional(),
}) satisfies z.ZodType<ServiceTelemetryProps>;
