import { promqlError } from "../../domain/promql";
import type { NamedRuleGroups, RuleGroup } from "../../domain/rules/rules";
import { writePrometheusRule } from "../kubernetes/prometheus-rule";
import type { TargetScope } from "../target-scope";
import { renderRuleFile } from "./rule-file";

/** Every expression of the groups parses, or synth stops naming the declaration and the rule. */
export function assertRulesParse(path: string, groups: readonly RuleGroup[]): void {
  for (const rule of groups.flatMap((group) => group.rules)) {
    const error = promqlError(rule.expr);
    if (error !== undefined) {
      const name = "alert" in rule ? rule.alert : rule.record;
      throw new Error(`${path}: generated rule ${name} is not valid PromQL (${error}): ${rule.expr}`);
    }
  }
}

/**
 * Writes a declaration's rule groups: a rule file `prometheus/<name>.rules.yml` (for Prometheus, Thanos and Mimir
 * rulers) and a PrometheusRule named `<name>` (for prometheus-operator), both headed by the declaration's path.
 * Their expressions were parsed by the stack's signal graph before anything was written.
 */
export function writeRuleGroups(scope: TargetScope, rules: NamedRuleGroups): void {
  scope.files.add(`prometheus/${rules.name}.rules.yml`, renderRuleFile(rules.groups, scope.path));
  writePrometheusRule(scope, rules);
}
