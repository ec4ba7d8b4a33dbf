import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { testRules } from "../../../src/cli/checks/tools";
import { Duration } from "../../../src/domain/duration";
import { capacityRuleGroups } from "../../../src/domain/infrastructure/capacity";
import { infraRuleGroups, type InfraSpec } from "../../../src/domain/infrastructure/infra-rules";
import { infraTestFiles } from "../../../src/domain/infrastructure/infra-test-cases";
import { resolveInfraAlerts, type InfraAlertOverride } from "../../../src/domain/infrastructure/overrides";
import { renderInfraRuleTests } from "../../../src/targets/prometheus/infrastructure-rule-tests";
import { renderRuleFile } from "../../../src/targets/prometheus/rule-file";

const ALL = { nodes: true, containers: true, kubernetes: true, networkSecurity: true };

function spec(overrides: Record<string, InfraAlertOverride> = {}): InfraSpec {
  const { alerts } = resolveInfraAlerts(ALL, overrides);
  const owner = { teamName: "platform", receivers: () => [] };
  return { cluster: "eu-1", alerts, owner, service: "eu-1", environment: "production", runbookBaseUrl: "https://runbooks.example.com/infra" };
}

/** Runs the tests generated for `testsOf` against the rules of `rulesOf`: whether each pack's file passes. */
async function run(testsOf: InfraSpec, rulesOf: InfraSpec): Promise<Record<string, { ok: boolean; output: string }>> {
  const folder = mkdtempSync(join(tmpdir(), "watchkeeper-infra-tests-"));
  const groups = [...infraRuleGroups(rulesOf), ...capacityRuleGroups(rulesOf, { lookback: Duration.days(7), horizon: Duration.days(14) })];
  writeFileSync(join(folder, "infra.rules.yml"), renderRuleFile(groups, "test"));
  const results = await Promise.all(
    infraTestFiles(testsOf).map(async (file) => {
      writeFileSync(join(folder, `${file.pack}.test.yml`), renderInfraRuleTests(file, "infra.rules.yml", "test"));
      return [file.pack, await testRules([join(folder, `${file.pack}.test.yml`)], folder)] as const;
    }),
  );
  return Object.fromEntries(results);
}

describe.concurrent("generated promtool tests of the infrastructure packs", () => {
  it("pass against the packs' rules: a filling disk alerts before full and not while flat, a crash loop alerts", async () => {
    const results = await run(spec(), spec());
    expect(Object.keys(results)).toEqual(["nodes", "containers"]);
    Object.values(results).forEach((result) => expect(result.ok, result.output).toBe(true));
  });

  it("pass against overridden rules when generated from the same overrides", async () => {
    const overridden = spec({ NodeFilesystemSpaceFillingUp: { warning: 30, critical: 10, for: "2h" }, KubePodCrashLooping: { for: "30m", namespaces: ["web"] } });
    const results = await run(overridden, overridden);
    Object.values(results).forEach((result) => expect(result.ok, result.output).toBe(true));
  });

  it("show that an override changes exactly the alert it names: only the filesystem tests fail on its override", async () => {
    const results = await run(spec(), spec({ NodeFilesystemSpaceFillingUp: { for: "3h" } }));
    expect(results.nodes.ok).toBe(false);
    expect(results.nodes.output).toContain("alertname: NodeFilesystemSpaceFillingUp, time: 3d6h");
    expect(results.containers.ok, results.containers.output).toBe(true);
  });
});
