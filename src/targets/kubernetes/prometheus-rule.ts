import { isAlertingRule, type NamedRuleGroups, type Rule } from "../../domain/rules/rules";
import { PrometheusRule, PrometheusRuleSpecGroupsRulesExpr } from "../../providers/k8s/monitoring.coreos.com";
import { ruleGroupsDocument } from "../prometheus/rule-file";
import type { TargetScope } from "../target-scope";
import { MANAGED_BY } from "./managed-by";

/**
 * The label an AlertmanagerConfig's routes match alerts by: prometheus-operator's default matcher strategy,
 * OnNamespace, adds `namespace="<the AlertmanagerConfig's namespace>"` to the top route of every AlertmanagerConfig
 * (and to both sides of its inhibition rules), so that it only processes alerts labelled with its namespace
 * (prometheus-operator v0.93.0 `pkg/alertmanager/amcfg.go` namespaceEnforcer, `pkg/apis/monitoring/v1/alertmanager_types.go`
 * AlertmanagerConfigMatcherStrategy). The stack's AlertmanagerConfig lives in the stack's namespace, as do its
 * PrometheusRules.
 */
export const NAMESPACE_LABEL = "namespace";

/**
 * A rule as the PrometheusRule holds it: an alerting rule gets the fixed label `namespace` = the rule's own
 * namespace, so that the stack's AlertmanagerConfig routes it under the OnNamespace strategy. A rule label
 * replaces a label of the expression (a pod's namespace stays readable in the annotations, which are rendered from
 * the expression's labels). Recording rules are left as they are: their series are read by rules, not routed.
 */
function inNamespace(rule: Rule, namespace: string): Rule {
  return isAlertingRule(rule) ? { ...rule, labels: { ...rule.labels, [NAMESPACE_LABEL]: namespace } } : rule;
}

/** The rule groups as a PrometheusRule, for prometheus-operator, in the declaration's chart (and its namespace). */
export function writePrometheusRule(scope: TargetScope, input: NamedRuleGroups): void {
  const chart = scope.kubernetesChart();
  const namespace = chart.namespace as string;
  const groups = input.groups.map((group) => ({ ...group, rules: group.rules.map((rule) => inNamespace(rule, namespace)) }));
  new PrometheusRule(chart, "rules", {
    metadata: {
      name: input.name,
      labels: { ...MANAGED_BY, "app.kubernetes.io/part-of": input.service },
    },
    spec: {
      groups: ruleGroupsDocument(groups).groups.map((group) => ({
        ...group,
        rules: group.rules.map((rule) => ({ ...rule, expr: PrometheusRuleSpecGroupsRulesExpr.fromString(rule.expr) })),
      })),
    },
  });
}
