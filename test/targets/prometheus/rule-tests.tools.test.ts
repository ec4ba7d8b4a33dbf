import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { testRules } from "../../../src/cli/checks/tools";
import { Duration } from "../../../src/domain/duration";
import * as promql from "../../../src/domain/promql";
import { parseSelector } from "../../../src/domain/promql";
import type { RuleGroup } from "../../../src/domain/rules/rules";
import { sloTestCases } from "../../../src/domain/rule-tests/slo-tests";
import type { SloSpec } from "../../../src/domain/slo/slo";
import { latencyTotalSelector, type LatencySli } from "../../../src/domain/slo/sli";
import { absentAlertName, sloRuleGroups } from "../../../src/domain/slo/slo-rules";
import { renderRuleFile } from "../../../src/targets/prometheus/rule-file";
import { renderSloRuleTests } from "../../../src/targets/prometheus/rule-tests";
import { burnRateWindows } from "../../../src/domain/slo/slo-math";
import { checkoutSpec } from "../../support/fixtures";

const spec = checkoutSpec();
const windows = spec.windows;

/**
 * Runs the tests generated for `testsOf` against the rules generated for `rulesOf` (the same SLO, or a broken
 * one), or against the given rule groups.
 */
async function runGeneratedTests(rulesOf: SloSpec | readonly RuleGroup[], testsOf: SloSpec = spec) {
  const folder = mkdtempSync(join(tmpdir(), "watchkeeper-rule-tests-"));
  const groups = "sli" in rulesOf ? sloRuleGroups(rulesOf) : rulesOf;
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

/** The latency SLO's rules with the absent alert as it was before it watched the bucket: `_count` only. */
function withoutBucketWatch(): RuleGroup[] {
  const countOnly = promql.absent(promql.selector(latencyTotalSelector(latencySli)));
  return sloRuleGroups(latencySpec).map((group) => ({
    ...group,
    rules: group.rules.map((rule) => ("alert" in rule && rule.alert === absentAlertName(latencySpec) ? { ...rule, expr: countOnly } : rule)),
  }));
}

describe.concurrent("generated promtool tests", () => {
  it("pass against the rules generated for the same SLO, in a file per evaluation interval", async () => {
    const result = await runGeneratedTests(spec);
    expect(result.ok, result.output).toBe(true);
    expect(result.output).toContain("slo.test.yml");
    expect(result.output).toContain("slo.every-6h.test.yml");
  });

  it("fail when the low-traffic guard is missing: one failed request would page", async () => {
    const result = await runGeneratedTests({ ...spec, minimumEventsForPage: 0 });
    expect(result.ok).toBe(false);
    expect(result.output).toContain("one failed request at 1 request/minute");
  });

  it("fail when the page windows are wrong: a 17.28x burn would page too early", async () => {
    const fast = windows.map((w) => (w.severity === "page" ? { ...w, long: Duration.minutes(10), short: Duration.minutes(5) } : w));
    const result = await runGeneratedTests({ ...spec, windows: fast });
    expect(result.ok).toBe(false);
    expect(result.output).toContain("the 1h/5m page pair: pages 55m into a 17.28x burn");
  });

  it("fail when the ticket threshold is too high: a sustained 1.2x burn would open no ticket", async () => {
    const lax = windows.map((w) => (w.severity === "ticket" ? { ...w, factor: w.factor * 2 } : w));
    const result = await runGeneratedTests({ ...spec, windows: lax });
    expect(result.ok).toBe(false);
    expect(result.output).toContain("the 3d/6h ticket pair: opens a ticket 2d18h into a 1.2x burn");
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

  it("fail when the absent alert does not watch the bucket at the threshold: a wrong threshold would stay blind", async () => {
    const result = await runGeneratedTests(withoutBucketWatch(), latencySpec);
    expect(result.ok).toBe(false);
    expect(result.output).toContain('reports a missing le="1.0" bucket after 15m');
    expect(result.output).not.toContain("reports missing SLI metrics");
    expect(result.output).not.toContain("stays quiet");
  });
});
