import type { KpiSpec } from "../../domain/kpi/kpi";
import { kpiRuleGroups } from "../../domain/kpi/kpi-rules";
import type { TargetScope } from "../target-scope";
import { writeRuleGroups } from "./rule-groups";

/** The name of a KPI's rule file and PrometheusRule: `kpi-<id>`. */
export function kpiRulesName(spec: Pick<KpiSpec, "id">): string {
  return `kpi-${spec.id}`;
}

/** The KPI's Prometheus output: its recordings, band and alerts as a rule file and a PrometheusRule. */
export function writeKpiRules(scope: TargetScope, spec: KpiSpec): void {
  writeRuleGroups(scope, { name: kpiRulesName(spec), service: spec.service, groups: kpiRuleGroups(spec) });
}
