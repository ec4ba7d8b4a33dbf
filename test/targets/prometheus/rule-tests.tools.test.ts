import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { testRules } from "../../../src/cli/checks/tools";
import { Duration } from "../../../src/domain/duration";
import { sloTestCases } from "../../../src/domain/rule-tests/slo-tests";
import type { SloSpec } from "../../../src/domain/slo/slo";
import { sloRuleGroups } from "../../../src/domain/slo/slo-rules";
import { renderRuleFile } from "../../../src/targets/prometheus/rule-file";
import { renderSloRuleTests } from "../../../src/targets/prometheus/rule-tests";
import { burnRateWindows } from "../../../src/domain/slo/slo-math";
import { checkoutSpec } from "../../support/fixtures";

/**
 * Runs an SLO's generated tests against its generated rules. A 30-day availability SLO's and a whole-second
 * latency SLO's pass in the example organisation (test/example/example-org.tools.test.ts); that they fail when any
 * window pair, window, absent alert or the low-traffic guard is broken is test/targets/prometheus/slo.mutation.test.ts's.
 */
async function runGeneratedTests(spec: SloSpec) {
  const folder = mkdtempSync(join(tmpdir(), "watchkeeper-rule-tests-"));
  const groups = sloRuleGroups(spec);
  writeFileSync(join(folder, "slo.rules.yml"), renderRuleFile(groups, "test"));
  const order = groups.map((group) => group.name);
  const files = renderSloRuleTests("slo", ["slo.rules.yml"], order, sloTestCases(spec), "test");
  files.forEach((file) => writeFileSync(join(folder, file.name), file.text));
  return testRules(files.map((file) => join(folder, file.name)), folder);
}

it("generated promtool tests pass for a 90-day SLO, every scenario run: the scenarios of days sampled every 3 minutes, under promtool's sample limit", async () => {
  const quarter = checkoutSpec({ period: Duration.days(90), windows: burnRateWindows(Duration.days(90)) });
  const cases = sloTestCases(quarter);
  expect(cases.filter((testCase) => testCase.evaluationMinutes === 360).map((testCase) => testCase.inputMinutes)).toEqual([3, 3, 3]);
  const result = await runGeneratedTests(quarter);
  expect(result.ok, result.output).toBe(true);
  expect(result.output).toContain("slo.every-6h.test.yml");
  expect(result.output).not.toContain("too many samples");
});
