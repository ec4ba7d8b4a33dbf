import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ApiHealthCheckProps } from "../../../constructs";
import { testShape } from "../../../src/cli/checks/test-shapes";
import { limited, testRules } from "../../../src/cli/checks/tools";
import { healthCheckRulesAndTests } from "../../support/prometheus-outputs";

/** Writes a check's rule files and tests into a folder of their own; returns the paths of its test files. */
function written(files: Map<string, string>): string[] {
  const folder = mkdtempSync(join(tmpdir(), "watchkeeper-probe-tests-"));
  for (const [path, text] of files) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  return [...files.keys()].filter((path) => path.endsWith(".test.yml")).map((path) => join(folder, path));
}

/**
 * Checks of other shapes than the example organisation's (every minute over HTTPS with a response time limit, 2 of 3
 * locations for 5m), whose generated tests test/example/example-org.tools.test.ts runs.
 */
const CHECKS: Record<string, Partial<ApiHealthCheckProps>> = {
  "the defaults: every 5m, 2 of 3 locations for 5m, plain HTTP": { request: { url: "http://api.example.com/health" } },
  "one location, every minute": { frequency: "1m", locations: ["eu-west-1"] },
  "every 5s, 2 of 3 locations for 20s (a for of seconds fires at the tests' next minute)": { frequency: "5s", alertWhen: { failingLocations: 2, forAtLeast: "20s" } },
  "3 of 4 locations for 10m, every 30s, one location for 45m": {
    frequency: "30s",
    locations: ["us-east-1", "eu-west-1", "ap-southeast-1", "sa-east-1"],
    alertWhen: { failingLocations: 3, forAtLeast: "10m", oneLocationFor: "45m" },
    request: { url: "https://api.example.com/health", expect: { responseTimeBelow: "2s" } },
  },
};

describe("generated promtool tests of a check's probe rules", () => {
  it("pass against the generated rules, whatever the check's frequency, locations and alertWhen, each distinct test run once", async () => {
    const tests = Object.values(CHECKS).map((props) => written(healthCheckRulesAndTests(props)));
    // Checks that differ only in what a test does not read have the same uptime SLO tests (see testShape).
    const distinct = new Set([...new Map(tests.flat().map((file) => [testShape(file), file] as const)).values()]);
    const results = await limited(tests.map((files) => () => testRules(files.filter((file) => distinct.has(file)), dirname(files[0]))), 2);
    results.forEach((result, index) => expect(result.ok, `${Object.keys(CHECKS)[index]}\n${result.output}`).toBe(true));
    expect(distinct.size).toBe(15);
  });
});
