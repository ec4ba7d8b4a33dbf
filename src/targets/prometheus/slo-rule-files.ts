import { sloTestCases, testedSpec } from "../../domain/rule-tests/slo-tests";
import type { SloSpec } from "../../domain/slo/slo";
import { sloRuleGroups } from "../../domain/slo/slo-rules";
import type { TargetScope } from "../target-scope";
import { renderRuleFile } from "./rule-file";
import { assertRulesParse, writeRuleGroups } from "./rule-groups";
import { renderSloRuleTests } from "./rule-tests";

/**
 * The SLO's Prometheus output: its rule groups as a rule file (`prometheus/<id>.rules.yml`) and a PrometheusRule,
 * and the promtool tests of its alerts (`tests/<id>*.test.yml`). A query SLI is tested through a stand-in SLI with
 * the same alerts, written beside the test.
 */
export function writeSloRules(scope: TargetScope, spec: SloSpec): void {
  const groups = sloRuleGroups(spec);
  writeRuleGroups(scope, { name: spec.id, service: spec.service, groups });

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
}
