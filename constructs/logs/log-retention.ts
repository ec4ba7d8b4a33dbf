import type { Construct } from "constructs";
import { DATADOG_STANDARD_RETENTION_DAYS } from "../../src/domain/logs/log-policy";
import { isRetentionSource, type RetentionRecord, type RetentionRules } from "../../src/domain/logs/retention";
import { retentionSummary } from "../../src/domain/logs/retention-summary";
import { MonitoringConstruct } from "../../src/monitoring-construct";
import { propsSchema, text, wholeNumber } from "../../src/domain/validation/schema";
import { z } from "zod";
import type { Outputs } from "../../src/outputs";

/** A lower bound on how long a category of logs is kept. */
export interface RetentionMinimumProps {
  /** The category, as LogPolicy's `category`. @example "audit" */
  readonly category: string;
  /** The fewest days the category must be kept. @example 365 */
  readonly minimumDays: number;
  /** The regulation or policy that asks for it, quoted in the summary and in errors. @default none */
  readonly reason?: string;
}

/** A stack's log retention rules. */
export interface LogRetentionProps {
  /** Minimums the stack's log policies must meet; synth fails when one is not met. @default [] */
  readonly minimums?: readonly RetentionMinimumProps[];
  /**
   * The Datadog index retentions (days) the organisation's contract allows; a policy's Datadog index must use one.
   * @default [3, 7, 15, 30, 45, 60, 90, 180, 360] (Datadog's standard retentions)
   */
  readonly datadogRetentionDays?: readonly number[];
}

/** The schema of a LogRetention's props: categories, whole numbers of days (at most ten years). */
const logRetentionSchema = propsSchema<LogRetentionProps>()({
  minimums: z.array(propsSchema<RetentionMinimumProps>()({ category: text, minimumDays: wholeNumber(1, 3650), reason: z.string().optional() })).optional(),
  datadogRetentionDays: z.array(wholeNumber(1, 3650)).min(1, "is empty; list the retentions the Datadog contract allows, e.g. [7, 15, 30]").optional(),
}) satisfies z.ZodType<LogRetentionProps>;

/**
 * The stack's log retention rules and compliance summary: the minimums its log policies must meet, the Datadog
 * retentions its contract allows, and `compliance/retention.md` listing what is kept how long, where and under
 * which declaration. One per stack.
 *
 * @example
 * new LogRetention(stack, "log-retention", { minimums: [{ category: "audit", minimumDays: 365, reason: "SOC 2" }] });
 */
export class LogRetention extends MonitoringConstruct<LogRetentionProps, readonly RetentionRecord[]> {
  /** @internal The schema the props are checked against before parse. */
  protected static readonly schema = logRetentionSchema;

  /** The rules the stack's log policies are read against. */
  readonly retentionRules: RetentionRules;

  constructor(scope: Construct, id: string, props: LogRetentionProps = {}) {
    super(scope, id, props);
    this.retentionRules = { minimums: props.minimums ?? [], datadogRetentionDays: props.datadogRetentionDays ?? DATADOG_STANDARD_RETENTION_DAYS };
    this.claimName("log retention rules", "stack");
  }

  /** Every valid retention declared in the stack, checked against the minimums (logRetentionSchema checks the props). */
  protected parse(): readonly RetentionRecord[] {
    // Each policy checks itself against the minimums.
    return this.stack.declarations().filter(isRetentionSource).flatMap((source) => source.retentionRecord() ?? []);
  }

  protected outputs(records: readonly RetentionRecord[]): Outputs {
    const summary = retentionSummary(this.stack.node.id, records, this.retentionRules.minimums);
    return { compliance: { write: (scope) => scope.files.add("compliance/retention.md", summary) } };
  }
}
