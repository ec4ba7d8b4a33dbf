import { promqlError } from "../../domain/promql/check";
import { sloTestCases, testedSpec } from "../../domain/rule-tests/slo-tests";
import type { RuleGroup } from "../../domain/rules";
import type { SloSpec } from "../../domain/slo";
import { sloRuleGroups } from "../../domain/slo-rules";
import type { TargetScope } from "../target-scope";
import { renderRuleFile } from "./rule-file";
import { renderSloRuleTests } from "./rule-tests";

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
 * The SLO's Prometheus files: the rule file (`prometheus/<id>.rules.yml`) and the promtool tests of its alerts
 * (`tests/<id>*.test.yml`). A query SLI is tested through a stand-in SLI with the same alerts, written beside
 * the test. Returns the rule groups, for other ways of delivering them.
 */
export function writeSloRuleFiles(scope: TargetScope, spec: SloSpec): RuleGroup[] {
  const groups = sloRuleGroups(spec);
  assertRulesParse(scope.path, groups);
  scope.files.add(`prometheus/${spec.id}.rules.yml`, renderRuleFile(groups, scope.path));

  const tested = testedSpec(spec);
  let ruleFile = `../prometheus/${spec.id}.rules.yml`;
  let testedGroups = groups;
  if (tested !== spec) {
    testedGroups = sloRuleGroups(tested);
    assertRulesParse(scope.path, testedGroups);
    ruleFile = `${spec.id}.stand-in.rules.yml`;
    scope.files.add(`tests/${ruleFile}`, renderRuleFile(testedGroups, `${scope.path} (stand-in SLI for tests)`));
  }
  const order = testedGroups.map((group) => group.name);
  for (const file of renderSloRuleTests(spec.id, [ruleFile], order, sloTestCases(spec), scope.path)) {
    scope.files.add(`tests/${file.name}`, file.text);
  }
  return groups;
}
