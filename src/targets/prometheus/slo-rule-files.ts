import { sloTestCases, testedSpec } from "../../domain/rule-tests/slo-tests";
import type { NamedRuleGroups } from "../../domain/rules/rules";
import type { SloSpec } from "../../domain/slo/slo";
import { sloRuleGroups } from "../../domain/slo/slo-rules";
import type { TargetScope } from "../target-scope";
import { renderRuleFile } from "./rule-file";
import { assertRulesParse } from "./rule-groups";
import { renderSloRuleTests } from "./rule-tests";

/** The SLO's rule groups, written as `prometheus/<id>.rules.yml` and a PrometheusRule `<id>`. */
export function sloRules(spec: SloSpec): NamedRuleGroups {
  return { name: spec.id, service: spec.service, groups: sloRuleGroups(spec) };
}

/**
 * The promtool tests of the SLO's alerts (`tests/<id>*.test.yml`), against its rule file. A query SLI is tested
 * through a stand-in SLI with the same alerts, written beside the test.
 */
export function writeSloRuleTests(scope: TargetScope, spec: SloSpec, rules: NamedRuleGroups): void {
  const tested = testedSpec(spec);
  let ruleFile = `../prometheus/${rules.name}.rules.yml`;
  let testedGroups = rules.groups;
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
