import { z } from "zod";
import { propsSchema, wholeNumber } from "../validation/schema";
import type { LogArchiveDestination } from "./log-policy";
import type { DatadogLogPolicyProps, ElasticLogPolicyProps, ExclusionFilterProps, LogPolicyProps } from "./log-policy-props";
import { logQuery } from "./log-schemas";

/** Days of logs: a whole number, at most ten years. */
const days = wholeNumber(1, 3650);

const archive: z.ZodType<LogArchiveDestination> = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("s3"), bucket: z.string(), path: z.string().optional(), accountId: z.string(), roleName: z.string() }),
  z.strictObject({ kind: z.literal("gcs"), bucket: z.string(), path: z.string().optional(), projectId: z.string(), clientEmail: z.string() }),
  z.strictObject({ kind: z.literal("azure"), container: z.string(), path: z.string().optional(), storageAccount: z.string(), clientId: z.string(), tenantId: z.string() }),
]);

/**
 * The schema of a LogPolicy's props: every prop's type, finite numbers, log queries and archives by kind; parse
 * checks the days against each other and the backends' contracts.
 */
export const logPolicySchema = propsSchema<LogPolicyProps>()({
  category: z.string(),
  service: z.string().optional(),
  indexFamily: z.string().optional(),
  retentionDays: days.optional(),
  hotDays: days.optional(),
  coldAfterDays: days.optional(),
  rollover: z.strictObject({ maxAgeDays: z.number().optional(), maxPrimaryShardSizeGb: z.number().optional() }).optional(),
  filter: logQuery.optional(),
  elastic: z.union([propsSchema<ElasticLogPolicyProps>()({ serverless: z.boolean().optional() }), z.literal(false)]).optional(),
  datadog: z
    .union([
      propsSchema<DatadogLogPolicyProps>()({
        indexRetentionDays: z.number().optional(),
        exclusionFilters: z.array(propsSchema<ExclusionFilterProps>()({ name: z.string(), query: logQuery, excludedRatio: z.number().optional() })).optional(),
        archive: archive.optional(),
      }),
      z.literal(false),
    ])
    .optional(),
}) satisfies z.ZodType<LogPolicyProps>;
