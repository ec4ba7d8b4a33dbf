import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run, testRules } from "../../../src/cli/checks/tools";
import { metaRuleGroups } from "../../../src/domain/meta/meta-rules";
import { metaTestCases } from "../../../src/domain/meta/meta-test-cases";
import { renderRuleFile } from "../../../src/targets/prometheus/rule-file";
import { renderSloRuleTests } from "../../../src/targets/prometheus/rule-tests";
import { META_SPEC } from "../../support/prometheus-outputs";

/**
 * The tests generated for META_SPEC, run against its rules; that they fail when a rule regresses is
 * test/targets/prometheus/meta.mutation.test.ts's (`npm run test:mutation`).
 */
describe("generated promtool tests of MetaMonitoring", () => {
  it("pass against its rules, which promtool check rules accepts: every alert fired and kept quiet", async () => {
    const folder = mkdtempSync(join(tmpdir(), "watchkeeper-meta-tests-"));
    const groups = metaRuleGroups(META_SPEC);
    writeFileSync(join(folder, "meta.rules.yml"), renderRuleFile(groups, "test"));
    const [file] = renderSloRuleTests("meta", ["meta.rules.yml"], groups.map((group) => group.name), metaTestCases(META_SPEC), "test");
    writeFileSync(join(folder, file.name), file.text);
    // Its lint (rules of one name and labels) fatal.
    const checked = await run("promtool", ["check", "rules", "--lint-fatal", "meta.rules.yml"], folder);
    expect(checked.ok, checked.output).toBe(true);
    const tested = await testRules([join(folder, file.name)], folder);
    expect(tested.ok, tested.output).toBe(true);
  });
});
