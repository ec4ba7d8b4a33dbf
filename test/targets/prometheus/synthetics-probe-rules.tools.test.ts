import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ApiHealthCheck, MonitoringStack } from "../../../constructs";
import { testRules } from "../../../src/cli/checks/tools";
import { team, testApp } from "../../support/app";

/** The rule file and promtool tests a health check of three locations writes ("2 of 3 failing for 5m"). */
function generated() {
  const test = testApp();
  const stack = new MonitoringStack(test.app, "production");
  new ApiHealthCheck(stack, "api-health", {
    service: "checkout",
    name: "api-health",
    owner: team(stack),
    runbookUrl: "https://runbooks.example.com/checkout/api",
    outputs: { datadog: false },
    request: { url: "https://api.example.com/health", expect: { responseTimeBelow: "800ms" } },
  });
  test.app.synth();
  return test.files("production");
}

const files = generated();
const RULES = "prometheus/synthetics-checkout-api-health.rules.yml";
const TESTS = ["tests/synthetics-checkout-api-health.test.yml", "tests/synthetics-checkout-api-health.every-5m.test.yml"];

type RuleFile = { groups: Array<{ rules: Array<{ alert?: string; expr: string; for?: string }> }> };

/** Runs the generated tests against the generated rules, changed by `change` to prove the tests can fail. */
async function runTests(change: (rules: RuleFile) => void = () => {}) {
  const folder = mkdtempSync(join(tmpdir(), "watchkeeper-probe-tests-"));
  const rules = parse(files.get(RULES) as string) as RuleFile;
  change(rules);
  for (const path of [RULES, ...TESTS]) {
    const text = path === RULES ? JSON.stringify(rules) : (files.get(path) as string);
    writeFileSync(join(folder, path.replace(/^[a-z]+\//, "")), text.replace("../prometheus/", ""));
  }
  return testRules(TESTS.map((path) => join(folder, path.replace(/^[a-z]+\//, ""))), folder);
}

function alert(rules: RuleFile, suffix: string) {
  return rules.groups[0].rules.find((rule) => rule.alert?.endsWith(suffix)) as { expr: string; for?: string };
}

describe.concurrent("generated promtool tests of a flow's probe rules", () => {
  it("pass against the generated rules: one location of three stays quiet, all for longer than 5m page, flapping stays quiet, 40% slower opens a ticket, uptime matches", async () => {
    const result = await runTests();
    expect(result.ok, result.output).toBe(true);
    expect(result.output.match(/SUCCESS/g)).toHaveLength(2);
  });

  it("fail when one failing location is enough to page", async () => {
    const result = await runTests((rules) => (alert(rules, "Failing").expr = alert(rules, "Failing").expr.replace(/>= 2$/, ">= 1")));
    expect(result.ok).toBe(false);
    expect(result.output).toContain("failing in 1 of 3 locations stays quiet");
  });

  it("fail when a failure pages before forAtLeast", async () => {
    const result = await runTests((rules) => delete alert(rules, "Failing").for);
    expect(result.ok).toBe(false);
    expect(result.output).toContain("flapping in all locations");
  });

  it("fail when the regression threshold is too lax for 40% slower", async () => {
    const result = await runTests((rules) => (alert(rules, "PerformanceRegression").expr = alert(rules, "PerformanceRegression").expr.replace(/> 1\.25$/, "> 1.5")));
    expect(result.ok).toBe(false);
    expect(result.output).toContain("40% slower than the same hour a week before");
  });

  it("fail when uptime averages the locations instead of taking any success", async () => {
    const result = await runTests((rules) => {
      const anySuccess = rules.groups[0].rules[0];
      anySuccess.expr = anySuccess.expr.replace(/^max by/, "avg by");
    });
    expect(result.ok).toBe(false);
    // promtool names the expression, not the case, of a failed value check.
    expect(result.output).toContain('expr: "flow:uptime:ratio_avg1d"');
  });
});
