import { slug } from "../names/slugs";
import type { LogQuery } from "./log-query";
import type { Retention } from "./retention";

/**
 * The retention periods (days) of Datadog's standard log indexes. Which ones an organisation may use depends on
 * its contract, so a stack declares its own list; this is the default.
 */
export const DATADOG_STANDARD_RETENTION_DAYS: readonly number[] = [3, 7, 15, 30, 45, 60, 90, 180, 360];

/** Where a Datadog archive writes logs for the long term: a bucket the organisation owns (no secret involved). */
export type LogArchiveDestination =
  | { readonly kind: "s3"; readonly bucket: string; readonly path?: string; readonly accountId: string; readonly roleName: string }
  | { readonly kind: "gcs"; readonly bucket: string; readonly path?: string; readonly projectId: string; readonly clientEmail: string }
  | { readonly kind: "azure"; readonly container: string; readonly path?: string; readonly storageAccount: string; readonly clientId: string; readonly tenantId: string };

/** Logs Datadog drops before indexing (still counted by logs metrics and kept by archives). */
export interface ExclusionFilter {
  readonly name: string;
  readonly query: LogQuery;
  /** The share of matching logs dropped, 0 to 1. */
  readonly excludedRatio: number;
}

/** A log policy on Datadog: an index, its noise filters, and an archive when the index keeps logs shorter. */
export interface DatadogLogPolicy {
  readonly indexRetentionDays: number;
  readonly exclusionFilters: readonly ExclusionFilter[];
  readonly archive?: LogArchiveDestination;
}

/** A log policy on Elastic: ILM on a classic cluster, or the data stream lifecycle on a serverless one. */
export interface ElasticLogPolicy {
  readonly lifecycle: "ilm" | "data-stream";
}

/** A log policy as the targets see it. */
export interface LogPolicySpec {
  /** The policy's id in its stack, `<subject>-<category>`: resource, template and index names. */
  readonly id: string;
  readonly category: string;
  /** The service or index family the logs belong to. */
  readonly subject: string;
  /** The ECS `event.dataset` of the logs, `<subject>.<category>` with underscores. */
  readonly dataset: string;
  /** The data stream's namespace: the stack's environment. */
  readonly namespace: string;
  /** Which logs the policy covers (the Datadog index filter). */
  readonly filter: LogQuery;
  readonly retention: Retention;
  readonly elastic?: ElasticLogPolicy;
  readonly datadog?: DatadogLogPolicy;
}

/** The ECS dataset of a subject's category of logs: lower case, `.` between, no dashes (Elastic's naming scheme). */
export function logDataset(subject: string, category: string): string {
  return `${slug(subject).replace(/-/g, "_")}.${slug(category).replace(/-/g, "_")}`;
}

/** The Elastic data stream of a policy, `logs-<dataset>-<namespace>`. */
export function dataStreamName(spec: Pick<LogPolicySpec, "dataset" | "namespace">): string {
  return `logs-${spec.dataset}-${slug(spec.namespace)}`;
}

/**
 * What is wrong with a Datadog index retention: it must be one of the stack's allowed values, and when it is
 * shorter than the policy's retention an archive must keep the logs for the rest.
 */
export function datadogRetentionProblems(indexDays: number, retentionDays: number, allowed: readonly number[], archived: boolean): string[] {
  const problems: string[] = [];
  if (!allowed.includes(indexDays)) {
    const nearest = [...allowed].sort((a, b) => a - b).find((days) => days >= indexDays) ?? Math.max(...allowed);
    problems.push(`datadog.indexRetentionDays: ${indexDays} is not a retention the stack's Datadog contract allows (${allowed.join(", ")}); use e.g. ${nearest}, with an archive for the rest`);
  }
  if (indexDays > retentionDays) {
    problems.push(`datadog.indexRetentionDays: ${indexDays} keeps logs longer than the ${retentionDays} days of retention; use at most ${retentionDays}`);
  }
  if (indexDays < retentionDays && !archived) {
    problems.push(`datadog: the index keeps logs ${indexDays} days, less than the ${retentionDays} days of retention; add datadog.archive or raise indexRetentionDays`);
  }
  return problems;
}
