import { promqlError } from "../../src/domain/promql/check";
import { sloTestCases, testedSpec } from "../../src/domain/rule-tests/slo-tests";
import type { RuleGroup } from "../../src/domain/rules";
import type { SloSpec } from "../../src/domain/slo";
import { sloRuleGroups } from "../../src/domain/slo-rules";
import { PrometheusRule, PrometheusRuleSpecGroupsRulesExpr } from "../../src/providers/k8s/monitoring.coreos.com";
import { MANAGED_BY, MonitoringStack } from "../../src/stack";
import { renderRuleFile, ruleGroupsDocument } from "../../src/targets/prometheus/rule-file";
import { renderSloRuleTests } from "../../src/targets/prometheus/rule-tests";
import type { ServiceSlo } from "./service-slo";

/** Every expression of the groups parses, or synth stops naming the construct and the rule. */
function assertParses(slo: ServiceSlo, groups: readonly RuleGroup[]): void {
  for (const rule of groups.flatMap((group) => group.rules)) {
    const error = promqlError(rule.expr);
    if (error !== undefined) {
      const name = "alert" in rule ? rule.alert : rule.record;
      throw new Error(`${slo.node.path}: generated rule ${name} is not valid PromQL (${error}): ${rule.expr}`);
    }
  }
}

/**
 * The SLO's Prometheus output: the rule file (`prometheus/<id>.rules.yml`), the same groups as a PrometheusRule,
 * and the promtool tests of its alerts (`tests/<id>*.test.yml`). A query SLI is tested through a stand-in SLI
 * with the same alerts, written beside the test.
 */
export function emitPrometheusRules(slo: ServiceSlo, spec: SloSpec): void {
  const stack = MonitoringStack.of(slo);
  const groups = sloRuleGroups(spec);
  assertParses(slo, groups);
  stack.files.add(`prometheus/${spec.id}.rules.yml`, renderRuleFile(groups, slo.node.path));

  new PrometheusRule(stack.kubernetes.chartFor(slo), "rules", {
    metadata: {
      name: spec.id,
      labels: { ...MANAGED_BY, "app.kubernetes.io/part-of": spec.service },
    },
    spec: {
      groups: ruleGroupsDocument(groups).groups.map((group) => ({
        ...group,
        rules: group.rules.map((rule) => ({ ...rule, expr: PrometheusRuleSpecGroupsRulesExpr.fromString(rule.expr) })),
      })),
    },
  });

  const tested = testedSpec(spec);
  let ruleFile = `../prometheus/${spec.id}.rules.yml`;
  let testedGroups = groups;
  if (tested !== spec) {
    testedGroups = sloRuleGroups(tested);
    assertParses(slo, testedGroups);
    ruleFile = `${spec.id}.stand-in.rules.yml`;
    stack.files.add(`tests/${ruleFile}`, renderRuleFile(testedGroups, `${slo.node.path} (stand-in SLI for tests)`));
  }
  const order = testedGroups.map((group) => group.name);
  for (const file of renderSloRuleTests(spec.id, [ruleFile], order, sloTestCases(spec), slo.node.path)) {
    stack.files.add(`tests/${file.name}`, file.text);
  }
}
