import type { LogArchiveDestination } from "./log-policy";
import type { LogQuery } from "./log-query";

/** Logs Datadog drops before indexing: noise such as health checks, or a sample of debug chatter. */
export interface ExclusionFilterProps {
  /** The filter's name in Datadog. @example "health checks" */
  readonly name: string;
  /** Which logs it drops, built with `logQuery`. @example logQuery.equals("http.request.path", "/health") */
  readonly query: LogQuery;
  /** The share of matching logs dropped, from 0 to 1. @default 1 (all of them) */
  readonly excludedRatio?: number;
}

/** The policy on Datadog. */
export interface DatadogLogPolicyProps {
  /**
   * How long the Datadog index keeps the logs: one of the stack's allowed retentions (`LogRetention`'s
   * `datadogRetentionDays`). Shorter than `retentionDays` only with an `archive` keeping them for the rest.
   * @default the policy's retentionDays
   */
  readonly indexRetentionDays?: number;
  /** Noise dropped before indexing. @default [] */
  readonly exclusionFilters?: readonly ExclusionFilterProps[];
  /**
   * Where an archive keeps the logs for the long term: a bucket, and the role or identity Datadog writes with
   * (never a key).
   * @default no archive
   */
  readonly archive?: LogArchiveDestination;
}

/** The policy on Elastic. */
export interface ElasticLogPolicyProps {
  /**
   * Whether the cluster is serverless (Elastic Cloud Serverless has no ILM): the data stream lifecycle then keeps
   * the logs `retentionDays`, without phases.
   * @default false (an ILM policy)
   */
  readonly serverless?: boolean;
}

/** How one category of logs of a service, or of an index family, is kept. */
export interface LogPolicyProps {
  /** The category of logs, which retention minimums refer to. @example "audit" */
  readonly category: string;
  /** The service whose logs these are; give it or `indexFamily`. @default none */
  readonly service?: string;
  /** An index family not tied to one service (e.g. `ingress`); give it or `service`. @default none */
  readonly indexFamily?: string;
  /** Days after which the logs are deleted (the example reads LOG_RETENTION_DAYS). @default 30 */
  readonly retentionDays?: number;
  /** Days the logs stay hot. @default 7, or retentionDays when shorter */
  readonly hotDays?: number;
  /** Days after which the logs move to cold storage; between hotDays and retentionDays. @default no cold phase */
  readonly coldAfterDays?: number;
  /** When the hot write index rolls over. @default { maxAgeDays: 1, maxPrimaryShardSizeGb: 50 } */
  readonly rollover?: { readonly maxAgeDays?: number; readonly maxPrimaryShardSizeGb?: number };
  /**
   * Which logs the policy covers, built with `logQuery`; always restricted to the stack's environment
   * (`service.environment`).
   * @default logs whose ECS `event.dataset` is `<service or family>.<category>` (dashes as underscores)
   */
  readonly filter?: LogQuery;
  /** The policy on Elastic, or false for none. @default {} (ILM) */
  readonly elastic?: ElasticLogPolicyProps | false;
  /** The policy on Datadog, or false for none. @default {} (an index keeping the logs retentionDays) */
  readonly datadog?: DatadogLogPolicyProps | false;
}
