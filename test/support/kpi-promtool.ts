import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { testRules, type ToolResult } from "../../src/cli/checks/tools";
import type { KpiSpec } from "../../src/domain/kpi/kpi";
import { kpiRuleGroups } from "../../src/domain/kpi/kpi-rules";
import { kpiTestCases } from "../../src/domain/kpi/kpi-test-cases";
import type { RuleGroup } from "../../src/domain/rules/rules";
import { renderKpiRuleTests } from "../../src/targets/prometheus/kpi-rule-tests";
import { renderRuleFile } from "../../src/targets/prometheus/rule-file";

/**
 * Runs the promtool tests Watchkeeper generates for `spec` against `groups`: the rules generated for the same KPI,
 * or broken ones (a mutant). Each run has its own folder, so runs may go in parallel.
 */
export function runGeneratedKpiTests(spec: KpiSpec, groups: readonly RuleGroup[] = kpiRuleGroups(spec)): Promise<ToolResult> {
  const folder = mkdtempSync(join(tmpdir(), "watchkeeper-kpi-tests-"));
  writeFileSync(join(folder, "kpi.rules.yml"), renderRuleFile(groups, "test"));
  const text = renderKpiRuleTests(spec, "kpi.rules.yml", groups.map((group) => group.name), kpiTestCases(spec), "test");
  writeFileSync(join(folder, "kpi.test.yml"), text);
  return testRules([join(folder, "kpi.test.yml")], folder);
}

/** The `alertname@time` of each failed check in promtool's output. */
export function failedChecks(output: string): string[] {
  return [...output.matchAll(/alertname: (\w+), time: (\S+),/g)].map((match) => `${match[1]}@${match[2]}`);
}
