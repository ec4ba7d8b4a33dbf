import { describe, expect, it } from "vitest";
import { SCENARIOS, testedScenarios, testLayout } from "../../../src/domain/kpi/kpi-scenarios";
import { conversionSpec } from "../../support/kpi-fixtures";

const names = (direction: "below" | "above" | "both") => testedScenarios(direction).map((scenario) => scenario.name);

describe("the scenarios a KPI's tests inject", () => {
  it("are every one of a watched side, and the largest of a side not watched, which must stay quiet", () => {
    expect(names("below")).toEqual([SCENARIOS.drop.name, SCENARIOS.zero.name, SCENARIOS.decline.name, SCENARIOS.spike.name]);
    expect(names("above")).toEqual([SCENARIOS.zero.name, SCENARIOS.spike.name, SCENARIOS.rise.name, SCENARIOS.climb.name]);
    expect(names("both")).toHaveLength(6);
  });

  it("follow the history and a quiet week: a day for each long one at noon, three short ones a day", () => {
    const layout = testLayout(conversionSpec());
    expect([layout.quietFrom, layout.quietUntil, layout.end]).toEqual([504, 672, 759]);
    expect(layout.instances.map((instance) => [instance.scenario.name, instance.role, instance.hour])).toEqual([
      [SCENARIOS.decline.name, "fires", 684],
      [SCENARIOS.decline.name, "not-yet", 708],
      [SCENARIOS.drop.name, "fires", 730],
      [SCENARIOS.drop.name, "not-yet", 734],
      [SCENARIOS.zero.name, "fires", 738],
      [SCENARIOS.zero.name, "not-yet", 754],
      [SCENARIOS.spike.name, "quiet", 758],
    ]);
    expect(testLayout(conversionSpec({ seasonality: "daily" })).quietFrom).toBe(72);
  });
});
