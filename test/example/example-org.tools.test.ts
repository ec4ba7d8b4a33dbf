import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filesEndingWith, run, testRules } from "../../src/checks/tools";
import { synthExample } from "../support/example";
import { distinctShapes, ruleTestBundle, sameShape } from "../support/rule-test-shapes";

const STACKS = ["production", "staging"];
let output: string;

// promtool check rules and amtool check-config run on the committed snapshots (test/cli/checks.tools.test.ts runs
// watchkeeper validate on them), which the example's snapshot test proves equal to a fresh synth.
beforeAll(() => {
  output = synthExample();
});

afterAll(() => rmSync(output, { recursive: true, force: true }));

describe.concurrent("the example organisation's alert routing", () => {
  const routeOf = async (stack: string, labels: string[]) => {
    const config = join(output, "dist", stack, "alertmanager", "alertmanager.yml");
    const result = await run("amtool", ["config", "routes", "test", `--config.file=${config}`, ...labels]);
    return result.output.trim().split("\n").filter((line) => !line.startsWith("Warning:")).at(-1);
  };

  for (const stack of STACKS) {
    it(`sends the planner's pages to PagerDuty, its tickets to Slack, and unknown teams' alerts to the default in ${stack}`, async () => {
      const alert = ["alertname=IntelligentTeamsPlannerErrorRateErrorBudgetBurn", "service=intelligent-teams-planner", "slo=error-rate"];
      expect(await routeOf(stack, [...alert, "team=planner", "severity=page"])).toBe("planner-page");
      expect(await routeOf(stack, [...alert, "team=planner", "severity=ticket"])).toBe("planner-ticket");
      expect(await routeOf(stack, [...alert, "team=nobody", "severity=page"])).toBe("default");
    });
  }
});

describe("the generated promtool tests of the example organisation", () => {
  const bundles = () => STACKS.flatMap((stack) => filesEndingWith(join(output, "dist", stack, "tests"), ".test.yml").map(ruleTestBundle));

  it("are the same tests in staging as in production, up to the stack's label values and dashboard links", () => {
    const [production, staging] = STACKS.map((stack) => bundles().filter((bundle) => bundle.file.includes(`/dist/${stack}/`)));
    expect(production).toHaveLength(26);
    expect(staging.map((bundle) => bundle.file.replace("/staging/", "/production/"))).toEqual(production.map((bundle) => bundle.file));
    staging.forEach((bundle, index) => expect(sameShape(production[index], bundle), bundle.file).toBe(true));
  });

  it("pass, each distinct test run once, one promtool process per stack", async () => {
    const distinct = distinctShapes(bundles());
    const results = await Promise.all(
      STACKS.map((stack) => {
        const folder = join(output, "dist", stack, "tests");
        const files = distinct.map((bundle) => bundle.file).filter((file) => file.startsWith(`${folder}/`));
        return files.length === 0 ? undefined : testRules(files, folder);
      }),
    );
    for (const result of results.filter((item) => item !== undefined)) {
      expect(result.ok, result.output).toBe(true);
    }
    expect(distinct.length).toBeGreaterThanOrEqual(8);
  });
});
