import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { testRules } from "../../../src/cli/checks/tools";
import { Duration } from "../../../src/domain/duration";
import type { KpiSpec } from "../../../src/domain/kpi/kpi";
import { kpiRuleGroups } from "../../../src/domain/kpi/kpi-rules";
import { kpiTestCases } from "../../../src/domain/kpi/kpi-test-cases";
import { renderKpiRuleTests } from "../../../src/targets/prometheus/kpi-rule-tests";
import { renderRuleFile } from "../../../src/targets/prometheus/rule-file";
import { conversionSpec } from "../../support/kpi-fixtures";

const spec = conversionSpec({
  rateWindow: Duration.minutes(10),
  floor: { value: 0, for: Duration.minutes(30) },
  forecast: { window: Duration.days(7), horizon: Duration.days(7), threshold: 0.02 },
});

/** Runs the tests generated for `spec` against the rules generated for `rulesOf` (the same KPI, or a broken one). */
async function runGeneratedTests(rulesOf: KpiSpec) {
  const folder = mkdtempSync(join(tmpdir(), "watchkeeper-kpi-tests-"));
  const groups = kpiRuleGroups(rulesOf);
  writeFileSync(join(folder, "kpi.rules.yml"), renderRuleFile(groups, "test"));
  const text = renderKpiRuleTests(spec, "kpi.rules.yml", groups.map((group) => group.name), kpiTestCases(spec), "test");
  writeFileSync(join(folder, "kpi.test.yml"), text);
  return testRules([join(folder, "kpi.test.yml")], folder);
}

describe.concurrent("generated promtool tests of a KPI", () => {
  it("pass against the rules generated for the same KPI", async () => {
    const result = await runGeneratedTests(spec);
    expect(result.ok, result.output).toBe(true);
  });

  it("fail when the band is too wide to see a 20% drop, and when the forecast looks too short ahead", async () => {
    const lax = { ...spec, detection: { ...spec.detection, sensitivity: 6 }, forecast: { ...spec.forecast!, horizon: Duration.days(1) } };
    const result = await runGeneratedTests(lax);
    expect(result.ok).toBe(false);
    expect(result.output).toContain("alertname: ShopConversionRateAnomaly, time: 26d16h");
    expect(result.output).toContain("alertname: ShopConversionRateForecastBreach, time: 4w");
  });
});
