import type { PromQL } from "../promql";
/** Prometheus rule groups, the common form of every alert and recording rule Watchkeeper generates. */

export interface RecordingRule {
  readonly record: string;
  readonly expr: PromQL;
  readonly labels?: Readonly<Record<string, string>>;
}

export interface AlertingRule {
  readonly alert: string;
  readonly expr: PromQL;
  readonly for?: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly annotations: Readonly<Record<string, string>>;
}

export type Rule = RecordingRule | AlertingRule;

export interface RuleGroup {
  readonly name: string;
  readonly interval?: string;
  readonly rules: readonly Rule[];
}

/** Rule groups under one name, delivered as one rule file and one PrometheusRule. */
export interface NamedRuleGroups {
  /** The name of the rule file (`prometheus/<name>.rules.yml`) and of the PrometheusRule; unique in a stack. */
  readonly name: string;
  /** The service the rules watch: the PrometheusRule's `app.kubernetes.io/part-of` label. */
  readonly service: string;
  readonly groups: readonly RuleGroup[];
}

export function isAlertingRule(rule: Rule): rule is AlertingRule {
  return "alert" in rule;
}
