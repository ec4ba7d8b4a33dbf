import { describe, expect, it } from "vitest";
import { metaRuleGroups } from "../../../src/domain/meta/meta-rules";
import { metaTestCases } from "../../../src/domain/meta/meta-test-cases";
import { renderRuleFile } from "../../../src/targets/prometheus/rule-file";
import { renderSloRuleTests } from "../../../src/targets/prometheus/rule-tests";
import { META_SPEC } from "../../support/prometheus-outputs";
import { killMutants, mutants, pick, type MutantPick } from "../../support/rule-mutation";

const RULES = "prometheus/meta-monitoring.rules.yml";

/** The meta-monitoring rule file and its generated tests, by path as the tests name the rule file. */
function generated(): Map<string, string> {
  const groups = metaRuleGroups(META_SPEC);
  const [file] = renderSloRuleTests("meta", [`../${RULES}`], groups.map((group) => group.name), metaTestCases(META_SPEC), "test");
  return new Map([[RULES, renderRuleFile(groups, "test")], [`tests/${file.name}`, file.text]]);
}

/**
 * Breaking a meta alert the way its promise would break: each must make the generated tests fail. The generated
 * scenarios fail far past the thresholds, so these survive today: the Alertmanager count (1 → 2), the error ratios
 * of sending alerts (1% → 2%, to some or to all Alertmanagers), AlertmanagerFailedReload without its job matcher
 * (no other job in the tests) and TargetMissing's for doubled (5m → 10m: checked 15 minutes on).
 */
const BROKEN: MutantPick[] = [
  { rule: "PrometheusBadConfig", kind: "numbers", before: "0" }, // a failed reload is 0, not 1
  { rule: "PrometheusBadConfig", kind: "for" }, // 20m instead of 10m
  { rule: "PrometheusRuleFailures", kind: "for" },
  { rule: "PrometheusDroppingAlerts", kind: "for" },
  { rule: "AlertmanagerClusterFailedToSendAlerts", kind: "grouping" }, // every integration as one
];

describe("mutations of the meta-monitoring rules", () => {
  it("make the generated tests fail: a threshold moved, a for doubled, a grouping left out", async () => {
    const files = generated();
    const results = await killMutants({ files, ruleFile: RULES, tests: [...files.keys()].filter((path) => path.startsWith("tests/")), mutants: pick(mutants(files.get(RULES) as string, { rules: () => true }), BROKEN), cases: (mutant) => (name) => name.startsWith(`${mutant.rule}: `) });
    expect(results.filter((result) => !result.killed).map((result) => result.mutant.description)).toEqual([]);
    expect(results).toHaveLength(BROKEN.length);
  });
});
