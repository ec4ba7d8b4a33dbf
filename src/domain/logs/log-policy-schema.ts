import { z } from "zod";
import { slugProblem } from "../names/slugs";
import { positive, propsSchema, ratio, validatedBy, wholeNumber } from "../validation/schema";
import type { LogArchiveDestination } from "./log-policy";
import type { DatadogLogPolicyProps, ElasticLogPolicyProps, ExclusionFilterProps, LogPolicyProps } from "./log-policy-props";
import { logQuery } from "./log-schemas";

/** Days of logs: a whole number, at most ten years. */
const days = wholeNumber(1, 3650);
/** A name that makes a slug (the dataset, the policy's id). */
const slugged = validatedBy(slugProblem);

const archive: z.ZodType<LogArchiveDestination> = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("s3"), bucket: z.string(), path: z.string().optional(), accountId: z.string(), roleName: z.string() }),
  z.strictObject({ kind: z.literal("gcs"), bucket: z.string(), path: z.string().optional(), projectId: z.string(), clientEmail: z.string() }),
  z.strictObject({ kind: z.literal("azure"), container: z.string(), path: z.string().optional(), storageAccount: z.string(), clientId: z.string(), tenantId: z.string() }),
]);

/**
 * The schema of a LogPolicy's props: every prop's type, the category and subject (slugs), days (whole, 1 to
 * 3650), the rollover's shard size (above 0), exclusion ratios (0 to 1), log queries and archives by kind; parse
 * checks the phases and the Datadog index against each other and the stack's Datadog contract, and the queries'
 * fields.
 */
export const logPolicySchema = propsSchema<LogPolicyProps>()({
  category: slugged,
  service: slugged.optional(),
  indexFamily: slugged.optional(),
  retentionDays: days.optional(),
  hotDays: days.optional(),
  coldAfterDays: days.optional(),
  rollover: z.strictObject({ maxAgeDays: days.optional(), maxPrimaryShardSizeGb: positive.optional() }).optional(),
  filter: logQuery.optional(),
  elastic: z.union([propsSchema<ElasticLogPolicyProps>()({ serverless: z.boolean().optional() }), z.literal(false)]).optional(),
  datadog: z
    .union([
      propsSchema<DatadogLogPolicyProps>()({
        indexRetentionDays: days.optional(),
        exclusionFilters: z.array(propsSchema<ExclusionFilterProps>()({ name: z.string(), query: logQuery, excludedRatio: ratio().optional() })).optional(),
        archive: archive.optional(),
      }),
      z.literal(false),
    ])
    .optional(),
}) satisfies z.ZodType<LogPolicyProps>;
