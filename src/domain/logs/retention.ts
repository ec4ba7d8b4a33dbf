/**
 * Log retention as data: the phases an index family's logs go through (hot, warm, optional cold) and the age at
 * which they are deleted. Elastic renders it as an ILM policy (or a data stream lifecycle), Datadog as an index's
 * retention; the compliance summary reads it back.
 */

/** How long logs are kept when nothing else is said (LOG_RETENTION_DAYS). */
export const DEFAULT_LOG_RETENTION_DAYS = 30;
/** How long logs stay hot (written and searched fast) by default, or the whole retention when it is shorter. */
export const DEFAULT_HOT_DAYS = 7;
/** When the write index rolls over, by default: a day old or a primary shard of 50 GB, whichever comes first. */
export const DEFAULT_ROLLOVER = { maxAgeDays: 1, maxPrimaryShardSizeGb: 50 } as const;

/** When the hot phase starts a new write index. */
export interface Rollover {
  readonly maxAgeDays: number;
  readonly maxPrimaryShardSizeGb: number;
}

/** One phase of the policy and the age (in days since rollover) at which logs enter it. */
export type RetentionPhase =
  | { readonly phase: "hot"; readonly minAgeDays: 0; readonly rollover: Rollover }
  | { readonly phase: "warm" | "cold" | "delete"; readonly minAgeDays: number };

/** What a retention is declared with; every field but `retentionDays` has a default. */
export interface RetentionInput {
  /** Days after which logs are deleted. */
  readonly retentionDays: number;
  /** Days logs stay hot. @default DEFAULT_HOT_DAYS, or `retentionDays` when shorter */
  readonly hotDays?: number;
  /** Days after which logs move to cold storage. @default no cold phase */
  readonly coldAfterDays?: number;
  readonly rollover?: Partial<Rollover>;
}

/** A retention's phases in order, ending with `delete`. */
export interface Retention {
  readonly retentionDays: number;
  readonly phases: readonly RetentionPhase[];
}

/**
 * The phases of a retention, or the problems of its input (days checked on their own by the LogPolicy schema:
 * whole, above 0): the retention must be at least the hot phase, and cold must come after hot (and warm) and
 * before delete.
 */
export function parseRetention(input: RetentionInput): { retention?: Retention; problems: string[] } {
  const { retentionDays, coldAfterDays } = input;
  const hotDays = input.hotDays ?? Math.min(DEFAULT_HOT_DAYS, retentionDays);
  const rollover = { ...DEFAULT_ROLLOVER, ...input.rollover };
  const problems: string[] = [];
  if (retentionDays < hotDays) {
    problems.push(`retentionDays: ${retentionDays} days is shorter than the hot phase (${hotDays} days); keep logs at least ${hotDays} days or shorten hotDays`);
  }
  if (coldAfterDays !== undefined && (coldAfterDays < hotDays || coldAfterDays >= retentionDays)) {
    problems.push(
      `coldAfterDays: phases out of order: cold at ${coldAfterDays} days must come after hot (${hotDays} days) and before delete (${retentionDays} days)`,
    );
  }
  if (problems.length > 0) {
    return { problems };
  }
  const warmUntil = coldAfterDays ?? retentionDays;
  const phases: RetentionPhase[] = [
    { phase: "hot", minAgeDays: 0, rollover },
    ...(hotDays < warmUntil ? [{ phase: "warm" as const, minAgeDays: hotDays }] : []),
    ...(coldAfterDays === undefined ? [] : [{ phase: "cold" as const, minAgeDays: coldAfterDays }]),
    { phase: "delete", minAgeDays: retentionDays },
  ];
  return { retention: { retentionDays, phases }, problems: [] };
}

/** A lower bound on how long a category of logs is kept, e.g. audit logs at least 365 days. */
export interface RetentionMinimum {
  /** The category of logs it applies to, e.g. `audit`. */
  readonly category: string;
  readonly minimumDays: number;
  /** Why: the regulation or policy that asks for it. */
  readonly reason?: string;
}

/** Where and how long one policy keeps a category of logs, as the compliance summary lists it. */
export interface RetentionRecord {
  /** The declaring construct's path. */
  readonly path: string;
  readonly category: string;
  /** What the logs are: a service or an index family. */
  readonly subject: string;
  readonly retention: Retention;
  /** Where the logs live: `Elastic data stream logs-planner-audit`, `Datadog index planner-audit`, … */
  readonly stores: readonly string[];
  /** Days an archive keeps the logs beyond the index, when one does. */
  readonly archive?: string;
}

/** The minimums a policy's retention does not meet, each as a problem with its fix. */
export function retentionMinimumProblems(category: string, retention: Retention, minimums: readonly RetentionMinimum[]): string[] {
  return minimums
    .filter((minimum) => minimum.category === category && retention.retentionDays < minimum.minimumDays)
    .map(
      (minimum) =>
        `${category} logs are kept ${retention.retentionDays} days, below the declared minimum of ${minimum.minimumDays} days` +
        `${minimum.reason === undefined ? "" : ` (${minimum.reason})`}; set retentionDays to at least ${minimum.minimumDays}`,
    );
}

/** A declaration that keeps logs (a LogPolicy), as the stack's retention rules see it. */
export interface RetentionSource {
  /** How it keeps its logs; undefined while its props have problems, which it reports. */
  retentionRecord(): RetentionRecord | undefined;
}

/** Whether a declaration keeps logs. */
export function isRetentionSource<T extends object>(value: T): value is T & RetentionSource {
  return "retentionRecord" in value && typeof value.retentionRecord === "function";
}

/** The retention rules of a stack (a LogRetention), as the declarations that keep logs see them. */
export interface RetentionRules {
  readonly minimums: readonly RetentionMinimum[];
  /** The Datadog index retentions (days) the organisation's contract allows. */
  readonly datadogRetentionDays: readonly number[];
}

/** Whether a declaration states the stack's retention rules. */
export function isRetentionRules<T extends object>(value: T): value is T & { readonly retentionRules: RetentionRules } {
  return "retentionRules" in value;
}
