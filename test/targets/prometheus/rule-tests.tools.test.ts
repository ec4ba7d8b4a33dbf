import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { testRules } from "../../../src/cli/checks/tools";
import { Duration } from "../../../src/domain/duration";
import { parseSelector } from "../../../src/domain/promql";
import { sloTestCases } from "../../../src/domain/rule-tests/slo-tests";
import type { SloSpec } from "../../../src/domain/slo/slo";
import type { LatencySli } from "../../../src/domain/slo/sli";
import { sloRuleGroups } from "../../../src/domain/slo/slo-rules";
import { renderRuleFile } from "../../../src/targets/prometheus/rule-file";
import { renderSloRuleTests } from "../../../src/targets/prometheus/rule-tests";
import { burnRateWindows } from "../../../src/domain/slo/slo-math";
import { checkoutSpec } from "../../support/fixtures";

const spec = checkoutSpec();

/**
 * Runs the tests generated for `testsOf` against the rules generated for `rulesOf` (the same SLO, or a broken one).
 * A 30-day availability SLO's pass in the example organisation (test/example/example-org.tools.test.ts); that they
 * fail when any window pair, window or absent alert is broken is test/targets/prometheus/slo.mutation.test.ts's.
 */
async function runGeneratedTests(rulesOf: SloSpec, testsOf: SloSpec = spec) {
  const folder = mkdtempSync(join(tmpdir(), "watchkeeper-rule-tests-"));
  const groups = sloRuleGroups(rulesOf);
  writeFileSync(join(folder, "slo.rules.yml"), renderRuleFile(groups, "test"));
  const order = groups.map((group) => group.name);
  const files = renderSloRuleTests("slo", ["slo.rules.yml"], order, sloTestCases(testsOf), "test");
  files.forEach((file) => writeFileSync(join(folder, file.name), file.text));
  return testRules(files.map((file) => join(folder, file.name)), folder);
}

/** A latency SLO with a whole-second threshold, whose bucket has two spellings ("1" and "1.0"). */
const latencySli: LatencySli = {
  kind: "latency",
  histogram: parseSelector('http_request_duration_seconds{job="checkout"}'),
  threshold: Duration.parse("1s"),
};
const latencySpec = checkoutSpec({ sli: latencySli });

describe.concurrent("generated promtool tests", () => {
  it("fail when the low-traffic guard is missing: one failed request would page", async () => {
    const result = await runGeneratedTests({ ...spec, minimumEventsForPage: 0 });
    expect(result.ok).toBe(false);
    expect(result.output).toContain("one failed request at 1 request/minute");
  });

  it("pass for a 90-day SLO, every scenario run: the scenarios of days sampled every 3 minutes, under promtool's sample limit", async () => {
    const quarter = checkoutSpec({ period: Duration.days(90), windows: burnRateWindows(Duration.days(90)) });
    const cases = sloTestCases(quarter);
    expect(cases.filter((testCase) => testCase.evaluationMinutes === 360).map((testCase) => testCase.inputMinutes)).toEqual([3, 3, 3]);
    const result = await runGeneratedTests(quarter, quarter);
    expect(result.ok, result.output).toBe(true);
    expect(result.output).toContain("slo.every-6h.test.yml");
    expect(result.output).not.toContain("too many samples");
  });

  it("pass for a latency SLO: the bucket at the threshold is fed, and its absence opens a ticket", async () => {
    const result = await runGeneratedTests(latencySpec, latencySpec);
    expect(result.ok, result.output).toBe(true);
  });
});
