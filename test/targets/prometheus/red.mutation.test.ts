import { describe, expect, it } from "vitest";
import { redRuleGroups } from "../../../src/domain/apm/red-rules";
import { redTestCases } from "../../../src/domain/apm/red-rule-tests";
import { renderRuleFile } from "../../../src/targets/prometheus/rule-file";
import { renderRedRuleTests } from "../../../src/targets/prometheus/telemetry-rules";
import { killMutants, mutants, pick, type MutantPick } from "../../support/rule-mutation";
import { apiTelemetrySpec } from "../../support/telemetry-fixtures";

const RULES = "prometheus/apm-planner-api.rules.yml";
const TESTS = "tests/apm-planner-api.test.yml";

/** A service's RED rule file and generated tests, by path as the tests name the rule file. */
function generated(): Map<string, string> {
  const spec = apiTelemetrySpec();
  const groups = redRuleGroups(spec);
  return new Map([
    [RULES, renderRuleFile(groups, "test")],
    [TESTS, renderRedRuleTests(groups, `../${RULES}`, redTestCases(spec), "test")],
  ]);
}

/** Breaking a RED alert the way its promise would break: each must make the generated tests fail. */
const BROKEN: MutantPick[] = [
  { rule: "PlannerApiLatencyP95High", kind: "numbers", before: "500" }, // 1s instead of 500ms
  { rule: "PlannerApiLatencyP95High", kind: "for" }, // 20m instead of 10m
  { rule: "service:span_duration_milliseconds:p95_5m", kind: "numbers", before: "0.95" }, // another quantile
  { rule: "PlannerApiHighErrorRatio", kind: "numbers", before: "0.001" }, // twice the failures
  { rule: "PlannerApiHighErrorRatio", kind: "for" },
  { rule: "PlannerApiDependencyFailing", kind: "numbers", before: "0.001" },
  { rule: "PlannerApiDependencyFailing", kind: "for" },
];

describe("mutations of a service's RED rules", () => {
  it("make the generated tests fail: a latency or error threshold raised, a for doubled, another quantile", async () => {
    const files = generated();
    const results = await killMutants({ files, ruleFile: RULES, tests: [TESTS], mutants: pick(mutants(files.get(RULES) as string, { rules: () => true }), BROKEN) });
    expect(results.filter((result) => !result.killed).map((result) => result.mutant.description)).toEqual([]);
    expect(results).toHaveLength(BROKEN.length);
  });
});
