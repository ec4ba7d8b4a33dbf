import type { NamedRuleGroups } from "../../domain/rules/rules";
import { PrometheusRule, PrometheusRuleSpecGroupsRulesExpr } from "../../providers/k8s/monitoring.coreos.com";
import { ruleGroupsDocument } from "../prometheus/rule-file";
import type { TargetScope } from "../target-scope";
import { MANAGED_BY } from "./managed-by";

/** The rule groups as a PrometheusRule, for prometheus-operator, in the declaration's chart. */
export function writePrometheusRule(scope: TargetScope, input: NamedRuleGroups): void {
  new PrometheusRule(scope.kubernetesChart(), "rules", {
    metadata: {
      name: input.name,
      labels: { ...MANAGED_BY, "app.kubernetes.io/part-of": input.service },
    },
    spec: {
      groups: ruleGroupsDocument(input.groups).groups.map((group) => ({
        ...group,
        rules: group.rules.map((rule) => ({ ...rule, expr: PrometheusRuleSpecGroupsRulesExpr.fromString(rule.expr) })),
      })),
    },
  });
}
