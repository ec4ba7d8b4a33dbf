import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { sloTestCases } from "../../../src/domain/rule-tests/slo-tests";
import { renderSloRuleTests } from "../../../src/targets/prometheus/rule-tests";
import { checkoutSpec } from "../../support/fixtures";

describe("renderSloRuleTests", () => {
  const cases = sloTestCases(checkoutSpec());
  const files = renderSloRuleTests("checkout-availability", ["slo.rules.yml"], ["recordings", "alerts"], cases, "production/checkout");

  it("writes the cases of each evaluation interval to their own file, the finest to <id>.test.yml", () => {
    expect(files.map((file) => file.name)).toEqual([
      "checkout-availability.test.yml",
      "checkout-availability.every-30m.test.yml",
      "checkout-availability.every-6h.test.yml",
    ]);
    const documents = files.map((file) => parse(file.text) as { evaluation_interval: string; tests: Array<{ name: string }> });
    expect(documents.map((document) => document.evaluation_interval)).toEqual(["5m", "30m", "360m"]);
    const names = documents.map((document) => document.tests.map((test) => test.name.replace(/^checkout-availability: /, "").replace(/:.*/, "")));
    expect(names).toEqual([
      ["the 1h/5m page pair", "pages within minutes of a full outage", "one failed request at 1 request/minute", "reports missing SLI metrics after 15m"],
      ["the 6h/30m page pair"],
      ["the 1d/2h ticket pair", "the 3d/6h ticket pair", "stays quiet at a 0.5x burn"],
    ]);
  });

  it("checks alerts only at instants the rules are evaluated", () => {
    for (const file of files) {
      const document = parse(file.text) as { evaluation_interval: string; tests: Array<{ alert_rule_test: Array<{ eval_time: string }> }> };
      const every = Number.parseInt(document.evaluation_interval, 10);
      const instants = document.tests.flatMap((test) => test.alert_rule_test.map((check) => Number.parseInt(check.eval_time, 10)));
      expect(instants.filter((minute) => minute % every !== 0), file.name).toEqual([]);
    }
  });
});
