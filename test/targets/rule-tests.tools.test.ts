import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { testRules } from "../../src/cli/promtool";
import { Duration } from "../../src/domain/duration";
import { sloTestCases } from "../../src/domain/rule-tests/slo-tests";
import type { SloSpec } from "../../src/domain/slo";
import { sloRuleGroups } from "../../src/domain/slo-rules";
import { renderRuleFile } from "../../src/targets/prometheus/rule-file";
import { renderSloRuleTests } from "../../src/targets/prometheus/rule-tests";
import { checkoutSpec } from "../support/fixtures";

const spec = checkoutSpec();
const windows = spec.windows;

/** Runs the tests generated for `spec` against the rules generated for `rulesOf` (the same SLO, or a broken one). */
async function runGeneratedTests(rulesOf: SloSpec) {
  const folder = mkdtempSync(join(tmpdir(), "watchkeeper-rule-tests-"));
  const groups = sloRuleGroups(rulesOf);
  writeFileSync(join(folder, "slo.rules.yml"), renderRuleFile(groups, "test"));
  const order = groups.map((group) => group.name);
  const files = renderSloRuleTests("slo", ["slo.rules.yml"], order, sloTestCases(spec), "test");
  files.forEach((file) => writeFileSync(join(folder, file.name), file.text));
  return testRules(files.map((file) => join(folder, file.name)), folder);
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

  it("fail when the page windows are wrong: a 14.4x burn would page too early", async () => {
    const fast = windows.map((w) => (w.severity === "page" ? { ...w, long: Duration.minutes(10), short: Duration.minutes(5) } : w));
    const result = await runGeneratedTests({ ...spec, windows: fast });
    expect(result.ok).toBe(false);
    expect(result.output).toContain("pages on a 14.4x burn");
  });

  it("fail when the ticket threshold is too high: a sustained 1.2x burn would open no ticket", async () => {
    const lax = windows.map((w) => (w.severity === "ticket" ? { ...w, factor: w.factor * 2 } : w));
    const result = await runGeneratedTests({ ...spec, windows: lax });
    expect(result.ok).toBe(false);
    expect(result.output).toContain("opens a ticket on a sustained 1.2x burn");
  });
});
