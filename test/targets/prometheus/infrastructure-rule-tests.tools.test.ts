import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { limited, testRules } from "../../../src/cli/checks/tools";
import { Duration } from "../../../src/domain/duration";
import { capacityRuleGroups, type CapacitySpec } from "../../../src/domain/infrastructure/capacity";
import { infraRuleGroups, type InfraSpec } from "../../../src/domain/infrastructure/infra-rules";
import { infraTestFiles } from "../../../src/domain/infrastructure/infra-test-cases";
import { resolveInfraAlerts, type InfraAlertOverride } from "../../../src/domain/infrastructure/overrides";
import { renderInfraRuleTests } from "../../../src/targets/prometheus/infrastructure-rule-tests";
import { renderRuleFile } from "../../../src/targets/prometheus/rule-file";

const ALL = { nodes: true, containers: true, kubernetes: true, networkSecurity: true };
const CAPACITY: CapacitySpec = { lookback: Duration.days(7), horizon: Duration.days(14) };

function spec(overrides: Record<string, InfraAlertOverride> = {}): InfraSpec {
  const { alerts } = resolveInfraAlerts(ALL, overrides);
  const owner = { teamName: "platform", receivers: () => [] };
  return { cluster: "eu-1", alerts, owner, service: "eu-1", environment: "production", runbookBaseUrl: "https://runbooks.example.com/infra" };
}

/** Runs the tests generated for `testsOf` against the rules of `rulesOf`: whether each file passes, by name. */
async function run(testsOf: InfraSpec, rulesOf: InfraSpec): Promise<Record<string, { ok: boolean; output: string }>> {
  const folder = mkdtempSync(join(tmpdir(), "watchkeeper-infra-tests-"));
  const groups = [...infraRuleGroups(rulesOf), ...capacityRuleGroups(rulesOf, CAPACITY)];
  writeFileSync(join(folder, "infra.rules.yml"), renderRuleFile(groups, "test"));
  const files = infraTestFiles(testsOf, CAPACITY);
  const results = await limited(
    files.map((file) => () => {
      writeFileSync(join(folder, `${file.name}.test.yml`), renderInfraRuleTests(file, "infra.rules.yml", groups.map((group) => group.name), "test"));
      return testRules([join(folder, `${file.name}.test.yml`)], folder);
    }),
    2,
  );
  return Object.fromEntries(files.map((file, index) => [file.name, results[index]]));
}

/**
 * The packs' tests pass against their rules with every pack on and two overrides in the example organisation
 * (test/example/example-org.tools.test.ts); here with more overrides. That an override changes exactly the alert it
 * names is test/domain/infrastructure/infrastructure.test.ts's; that the tests fail on a changed threshold,
 * test/targets/prometheus/infrastructure.mutation.test.ts's.
 */
describe.concurrent("generated promtool tests of the infrastructure packs", () => {
  it("pass against overridden rules when generated from the same overrides", async () => {
    const overridden = spec({
      NodeFilesystemSpaceFillingUp: { warning: 30, critical: 10, for: "1h" },
      KubePodCrashLooping: { for: "30m", namespaces: ["web"] },
      ContainerMemoryNearLimit: { warning: 0.8, namespaces: ["web", "api"] },
      TlsCertificateExpiring: { warning: 21, critical: 3 },
      ContainerRestartingOften: { warning: 5 },
    });
    const results = await run(overridden, overridden);
    Object.values(results).forEach((result) => expect(result.ok, result.output).toBe(true));
  });

});
