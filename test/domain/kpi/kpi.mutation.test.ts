import { describe, expect, it } from "vitest";
import { Duration } from "../../../src/domain/duration";
import type { KpiSpec } from "../../../src/domain/kpi/kpi";
import { KPI_METRICS, kpiRuleGroups } from "../../../src/domain/kpi/kpi-rules";
import { vector } from "../../../src/domain/promql";
import type { RuleGroup } from "../../../src/domain/rules/rules";
import { conversionSpec } from "../../support/kpi-fixtures";
import { failedChecks, runGeneratedKpiTests } from "../../support/kpi-promtool";

const spec = conversionSpec({ rateWindow: Duration.minutes(10), detection: { ...conversionSpec().detection, direction: "both" } });
const detection = spec.detection;
const rulesOf = (changed: Partial<KpiSpec["detection"]>) => kpiRuleGroups({ ...spec, detection: { ...detection, ...changed } });

/** The rules with the trend recorded as 1: the past weeks are compared as they were, not grown. */
function withoutTrend(groups: readonly RuleGroup[]): RuleGroup[] {
  return groups.map((group) => ({
    ...group,
    rules: group.rules.map((rule) => ("record" in rule && rule.record === KPI_METRICS.trend ? { ...rule, expr: vector(1) } : rule)),
  }));
}

/** Broken rules for the same KPI: the tests generated for it must catch each. */
const MUTANTS: Record<string, readonly RuleGroup[]> = {
  "the band twice as wide": rulesOf({ sensitivity: detection.sensitivity * 2 }),
  "half the sensitivity": rulesOf({ sensitivity: detection.sensitivity / 2 }),
  "the averaging window twice as long": rulesOf({ sustain: Duration.minutes(detection.sustain.minutes * 2) }),
  "no spread floor": rulesOf({ minimumSpreadPercent: 0 }),
  "no trend": withoutTrend(kpiRuleGroups(spec)),
};

describe("the generated tests of a KPI's anomaly alert", () => {
  it("pass against its rules and fail against each mutant of them, all run at once", async () => {
    const [same, ...mutants] = await Promise.all([runGeneratedKpiTests(spec), ...Object.values(MUTANTS).map((groups) => runGeneratedKpiTests(spec, groups))]);
    expect(same.ok, same.output).toBe(true);
    const caught = Object.keys(MUTANTS).map((name, index) => [name, failedChecks(mutants[index].output).length > 0]);
    expect(caught).toEqual(Object.keys(MUTANTS).map((name) => [name, true]));
  });
});
