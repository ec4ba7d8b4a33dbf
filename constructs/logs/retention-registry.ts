import type { Construct } from "constructs";
import { DATADOG_STANDARD_RETENTION_DAYS } from "../../src/domain/logs/log-policy";
import type { RetentionMinimum, RetentionRecord } from "../../src/domain/logs/retention";

/** The retention rules a stack declares with `LogRetention`. */
export interface RetentionRules {
  readonly minimums: readonly RetentionMinimum[];
  readonly datadogRetentionDays: readonly number[];
}

const DEFAULT_RULES: RetentionRules = { minimums: [], datadogRetentionDays: DATADOG_STANDARD_RETENTION_DAYS };
const rules = new WeakMap<Construct, RetentionRules>();
const records = new WeakMap<Construct, Array<() => RetentionRecord | undefined>>();

/** Declares a stack's retention rules (once per stack; `LogRetention` claims the name). */
export function declareRetentionRules(stack: Construct, declared: RetentionRules): void {
  rules.set(stack, declared);
}

/** The stack's retention rules, or the defaults (no minimums, Datadog's standard retentions). */
export function retentionRules(stack: Construct): RetentionRules {
  return rules.get(stack) ?? DEFAULT_RULES;
}

/** Registers how a policy keeps its logs, read by the compliance check and summary once every policy is declared. */
export function registerRetention(stack: Construct, record: () => RetentionRecord | undefined): void {
  records.set(stack, [...(records.get(stack) ?? []), record]);
}

/** Every valid retention declared in the stack, in declaration order. */
export function retentionRecords(stack: Construct): RetentionRecord[] {
  return (records.get(stack) ?? []).flatMap((record) => record() ?? []);
}
