import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { testShape } from "../../src/cli/checks/test-shapes";
import { filesEndingWith, limited, run, testRules } from "../../src/cli/checks/tools";
import { ROOT } from "../support/example";

const STACKS = ["production", "staging"];
/**
 * The example's output, read from the committed snapshots, which the example's snapshot test proves equal to a
 * fresh synth. promtool check rules and amtool check-config run on them too (test/cli/commands/checks.tools.test.ts runs
 * watchkeeper validate).
 */
const output = join(ROOT, "snapshots");

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
  const testFiles = () => STACKS.flatMap((stack) => filesEndingWith(join(output, "dist", stack, "tests"), ".test.yml"));

  it("are the same tests in staging as in production, up to the stack's label values and dashboard links", () => {
    const [production, staging] = STACKS.map((stack) => testFiles().filter((file) => file.includes(`/dist/${stack}/`)));
    expect(production).toHaveLength(36);
    expect(staging.map((file) => file.replace("/staging/", "/production/"))).toEqual(production);
    staging.forEach((file, index) => expect(testShape(file), file).toBe(testShape(production[index])));
  });

  it("pass, each distinct test run once, in two promtool processes", async () => {
    const distinct = [...new Map(testFiles().map((file) => [testShape(file), file] as const)).values()];
    const runs = STACKS.flatMap((stack) => {
      const folder = join(output, "dist", stack, "tests");
      const files = distinct.filter((file) => file.startsWith(`${folder}/`));
      const halves = [files.filter((_, index) => index % 2 === 0), files.filter((_, index) => index % 2 === 1)];
      return halves.filter((half) => half.length > 0).map((half) => () => testRules(half, folder));
    });
    for (const result of await limited(runs, 2)) {
      expect(result.ok, result.output).toBe(true);
    }
    expect(distinct.length).toBeGreaterThanOrEqual(8);
  });
});
