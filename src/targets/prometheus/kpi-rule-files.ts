import type { KpiSpec } from "../../domain/kpi/kpi";
import type { NamedRuleGroups } from "../../domain/rules/rules";
import { kpiRuleGroups } from "../../domain/kpi/kpi-rules";
import { kpiTestCases } from "../../domain/kpi/kpi-test-cases";
import { renderKpiRuleTests } from "./kpi-rule-tests";
import type { TargetScope } from "../target-scope";

/** The name of a KPI's rule file and PrometheusRule: `kpi-<id>`. */
export function kpiRulesName(spec: Pick<KpiSpec, "id">): string {
  return `kpi-${spec.id}`;
}

/** The KPI's recordings, band and alerts, written as a rule file and a PrometheusRule `kpi-<id>`. */
export function kpiRules(spec: KpiSpec): NamedRuleGroups {
  return { name: kpiRulesName(spec), service: spec.service, groups: kpiRuleGroups(spec) };
}

/** The promtool tests of the KPI's alerts on synthetic weeks (`tests/kpi-<id>.test.yml`). */
export function writeKpiRuleTests(scope: TargetScope, spec: KpiSpec, rules: NamedRuleGroups): void {
  const cases = kpiTestCases(spec);
  if (cases.length > 0) {
    const order = rules.groups.map((group) => group.name);
    scope.files.add(`tests/${rules.name}.test.yml`, renderKpiRuleTests(spec, `../prometheus/${rules.name}.rules.yml`, order, cases, scope.path));
  }
}
