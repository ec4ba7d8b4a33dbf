import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { testRules } from "../../../src/cli/checks/tools";
import { Duration } from "../../../src/domain/duration";
import { redRuleGroups } from "../../../src/domain/apm/red-rules";
import { redTestCases } from "../../../src/domain/apm/red-rule-tests";
import type { TelemetrySpec } from "../../../src/domain/apm/telemetry";
import { renderRedRuleTests } from "../../../src/targets/prometheus/telemetry-rules";
import { renderRuleFile } from "../../../src/targets/prometheus/rule-file";
import { apiTelemetrySpec } from "../../support/telemetry-fixtures";

/** Runs the tests generated for `spec` against the rules generated for `rulesOf` (the same service, or a broken one). */
async function runGeneratedTests(spec: TelemetrySpec, rulesOf: TelemetrySpec) {
  const folder = mkdtempSync(join(tmpdir(), "watchkeeper-red-tests-"));
  writeFileSync(join(folder, "red.rules.yml"), renderRuleFile(redRuleGroups(rulesOf), "test"));
  writeFileSync(join(folder, "red.test.yml"), renderRedRuleTests(redRuleGroups(spec), "red.rules.yml", redTestCases(spec), "test"));
  return testRules([join(folder, "red.test.yml")], folder);
}

describe.concurrent("generated promtool tests of a service's RED rules", () => {
  const spec = apiTelemetrySpec();

  it("pass against the rules generated for the same service, under either metric naming", async () => {
    const result = await runGeneratedTests(spec, spec);
    expect(result.ok, result.output).toBe(true);
    const unsuffixed = apiTelemetrySpec({ metricNaming: "without-suffixes" });
    const other = await runGeneratedTests(unsuffixed, unsuffixed);
    expect(other.ok, other.output).toBe(true);
  });

  it("fail when the rules allow four times the p95 target, read the other naming's metrics, or watch another service's edges", async () => {
    const lax = await runGeneratedTests(spec, apiTelemetrySpec({ thresholds: { ...spec.thresholds, p95: Duration.parse("2s") } }));
    expect(lax.ok).toBe(false);
    expect(lax.output).toContain("alertname: PlannerApiLatencyP95High, time: 20m");
    const misnamed = await runGeneratedTests(spec, apiTelemetrySpec({ metricNaming: "without-suffixes" }));
    expect(misnamed.ok).toBe(false);
    expect(misnamed.output).toContain("alertname: PlannerApiLatencyP95High, time: 20m");
    const elsewhere = await runGeneratedTests(spec, apiTelemetrySpec({ service: "planner-worker" }));
    expect(elsewhere.ok).toBe(false);
    expect(elsewhere.output).toContain("expr: \"edge:service_graph_request_failed:rate5m\"");
  });
});
