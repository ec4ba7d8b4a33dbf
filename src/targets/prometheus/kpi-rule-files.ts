import type { KpiSpec } from "../../domain/kpi/kpi";
import { kpiRuleGroups } from "../../domain/kpi/kpi-rules";
import { kpiTestCases } from "../../domain/kpi/kpi-test-cases";
import { renderKpiRuleTests } from "./kpi-rule-tests";
import type { TargetScope } from "../target-scope";
import { writeRuleGroups } from "./rule-groups";

/** The name of a KPI's rule file and PrometheusRule: `kpi-<id>`. */
export function kpiRulesName(spec: Pick<KpiSpec, "id">): string {
  return `kpi-${spec.id}`;
}

/**
 * The KPI's Prometheus output: its recordings, band and alerts as a rule file and a PrometheusRule, and the
 * promtool tests of its alerts on synthetic weeks (`tests/kpi-<id>.test.yml`).
 */
export function writeKpiRules(scope: TargetScope, spec: KpiSpec): void {
  const name = kpiRulesName(spec);
  const groups = kpiRuleGroups(spec);
  writeRuleGroups(scope, { name, service: spec.service, groups });
  const cases = kpiTestCases(spec);
  if (cases.length > 0) {
    const order = groups.map((group) => group.name);
    scope.files.add(`tests/${name}.test.yml`, renderKpiRuleTests(spec, `../prometheus/${name}.rules.yml`, order, cases, scope.path));
  }
}
