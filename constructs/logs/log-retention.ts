import type { Construct } from "constructs";
import { DATADOG_STANDARD_RETENTION_DAYS } from "../../src/domain/logs/log-policy";
import { retentionMinimumProblems } from "../../src/domain/logs/retention";
import { retentionSummary } from "../../src/domain/logs/retention-summary";
import { MonitoringConstruct } from "../../src/monitoring-construct";
import { declareRetentionRules, retentionRecords } from "./retention-registry";

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

/**
 * The stack's log retention rules and compliance summary: the minimums its log policies must meet, the Datadog
 * retentions its contract allows, and `compliance/retention.md` listing what is kept how long, where and under
 * which declaration. One per stack.
 *
 * @example
 * new LogRetention(stack, "log-retention", { minimums: [{ category: "audit", minimumDays: 365, reason: "SOC 2" }] });
 */
export class LogRetention extends MonitoringConstruct {
  constructor(scope: Construct, id: string, readonly props: LogRetentionProps = {}) {
    super(scope, id);
    const minimums = props.minimums ?? [];
    const datadogRetentionDays = props.datadogRetentionDays ?? DATADOG_STANDARD_RETENTION_DAYS;
    this.claimName("log retention rules", "stack");
    declareRetentionRules(this.stack, { minimums, datadogRetentionDays });
    this.node.addValidation({
      validate: () => [
        ...minimums.flatMap((minimum, index) =>
          Number.isInteger(minimum.minimumDays) && minimum.minimumDays > 0
            ? []
            : [`${this.node.path}: minimums[${index}].minimumDays: ${minimum.minimumDays} is not a whole number of days above 0; use e.g. 365`],
        ),
        ...(datadogRetentionDays.length > 0 ? [] : [`${this.node.path}: datadogRetentionDays is empty; list the retentions the contract allows, e.g. [7, 15, 30]`]),
        ...retentionMinimumProblems(retentionRecords(this.stack), minimums),
      ],
    });
  }

  emit(): void {
    const summary = retentionSummary(this.stack.node.id, retentionRecords(this.stack), this.props.minimums ?? []);
    this.targetScope().files.add("compliance/retention.md", summary);
  }
}
