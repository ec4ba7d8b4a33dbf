import type { PromQL } from "../promql";
/** Prometheus rule groups, the common form of every alert and recording rule Watchkeeper generates. */

export interface RecordingRule {
  /** The recorded series' name, e.g. `slo:sli_error:ratio_rate5m`. */
  readonly record: string;
  /** The PromQL expression recorded. */
  readonly expr: PromQL;
  /** Labels added to the recorded series. */
  readonly labels?: Readonly<Record<string, string>>;
}

/** A Prometheus alerting rule, as a rule file writes it. */
export interface AlertingRule {
  /** The alert's name, in CamelCase. */
  readonly alert: string;
  /** The PromQL condition: the alert fires for each series it returns. */
  readonly expr: PromQL;
  /** How long the condition must hold before the alert fires, in Prometheus duration syntax. */
  readonly for?: string;
  /** The alert's labels: Watchkeeper's `severity`, `team`, `service` and `env` at least. */
  readonly labels: Readonly<Record<string, string>>;
  /** The alert's annotations: `summary`, `description` and, for a page, `runbook_url`. */
  readonly annotations: Readonly<Record<string, string>>;
}

/** A rule of a group: a recording or an alert. */
export type Rule = RecordingRule | AlertingRule;

/** A Prometheus rule group: rules evaluated together, at the group's interval. */
export interface RuleGroup {
  /** The group's name, unique in its rule file. */
  readonly name: string;
  /** How often the group is evaluated, in Prometheus duration syntax; the server's default when unset. */
  readonly interval?: string;
  /** The rules, evaluated in order. */
  readonly rules: readonly Rule[];
}

/** Rule groups under one name, delivered as one rule file and one PrometheusRule. */
export interface NamedRuleGroups {
  /** The name of the rule file (`prometheus/<name>.rules.yml`) and of the PrometheusRule; unique in a stack. */
  readonly name: string;
  /** The service the rules watch: the PrometheusRule's `app.kubernetes.io/part-of` label. */
  readonly service: string;
  /** The rule groups of the file. */
  readonly groups: readonly RuleGroup[];
}

export function isAlertingRule(rule: Rule): rule is AlertingRule {
  return "alert" in rule;
}
