import { describe, expect, it } from "vitest";
import { metaRuleGroups } from "../../../src/domain/meta/meta-rules";
import { metaTestCases } from "../../../src/domain/meta/meta-test-cases";
import { renderRuleFile } from "../../../src/targets/prometheus/rule-file";
import { renderSloRuleTests } from "../../../src/targets/prometheus/rule-tests";
import { META_SPEC } from "../../support/prometheus-outputs";
import { changed, killMutants, mutants, pick, type Mutant, type MutantPick, type RuleText } from "../../support/rule-mutation";

const RULES = "prometheus/meta-monitoring.rules.yml";

/**
 * The meta-monitoring rule file and its generated tests, by path as the tests name the rule file. That they pass
 * against the unchanged rules is checked first (killMutants); the example organisation's own meta-monitoring tests
 * pass in test/example/example-org.tools.test.ts, and promtool check rules accepts its rules (watchkeeper validate).
 */
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

/** Regressions no generic kind makes, each as its promise would break. */
const REGRESSIONS: ReadonlyArray<[alert: string, description: string, change: (rule: RuleText) => RuleText]> = [
  ["Watchdog", "a heartbeat that stops after half an hour", (rule) => ({ ...rule, expr: "vector(1) and on() (vector(time()) < 1800)" })],
  ["AlertmanagerFailedReload", "on the wrong side of its gauge", (rule) => ({ ...rule, expr: rule.expr.replace("== 0", "== 1") })],
  ["PrometheusErrorSendingAlertsToSomeAlertmanagers", "alerting at 10% instead of 1%", (rule) => ({ ...rule, expr: rule.expr.replace("> 0.01", "> 0.1") })],
  ["AlertmanagerClusterFailedToSendAlerts", "paging when one instance of two fails", (rule) => ({ ...rule, expr: rule.expr.replace("min by", "max by") })],
  ["TargetMissing", "blind to a job that is gone", (rule) => ({ ...rule, expr: rule.expr.split("\nor\n")[0] })],
  ["TargetMissing", "taking 15 minutes", (rule) => ({ ...rule, for: "15m" })],
];

describe("mutations of the meta-monitoring rules", () => {
  it("make the generated tests fail: a threshold moved, a for doubled, a grouping left out, and each regression written out", async () => {
    const files = generated();
    const ruleFile = files.get(RULES) as string;
    const broken: Mutant[] = [...pick(mutants(ruleFile, { rules: () => true }), BROKEN), ...REGRESSIONS.map(([alert, description, change]) => changed(ruleFile, alert, description, change))];
    const results = await killMutants({ files, ruleFile: RULES, tests: [...files.keys()].filter((path) => path.startsWith("tests/")), mutants: broken, cases: (mutant) => (name) => name.startsWith(`${mutant.rule}: `) });
    expect(results.filter((result) => !result.killed).map((result) => result.mutant.description)).toEqual([]);
    expect(results).toHaveLength(BROKEN.length + REGRESSIONS.length);
  });
});
