import { describe, expect, it } from "vitest";
import { Duration } from "../../../src/domain/duration";
import { capacityRuleGroups, type CapacitySpec } from "../../../src/domain/infrastructure/capacity";
import { infraRuleGroups, type InfraSpec } from "../../../src/domain/infrastructure/infra-rules";
import { infraTestFiles } from "../../../src/domain/infrastructure/infra-test-cases";
import { resolveInfraAlerts } from "../../../src/domain/infrastructure/overrides";
import { renderInfraRuleTests } from "../../../src/targets/prometheus/infrastructure-rule-tests";
import { renderRuleFile } from "../../../src/targets/prometheus/rule-file";
import { killMutants, mutants, pick, type MutantPick } from "../../support/rule-mutation";

const CAPACITY: CapacitySpec = { lookback: Duration.days(7), horizon: Duration.days(14) };
const RULES = "prometheus/infrastructure-eu-1.rules.yml";

/** A cluster's rule file and generated tests, by path as the tests name the rule file. */
function generated(): Map<string, string> {
  const { alerts } = resolveInfraAlerts({ nodes: true, containers: true, kubernetes: true, networkSecurity: true }, {});
  const spec: InfraSpec = { cluster: "eu-1", alerts, owner: { teamName: "platform", receivers: () => [] }, service: "eu-1", environment: "production" };
  const groups = [...infraRuleGroups(spec), ...capacityRuleGroups(spec, CAPACITY)];
  const tests = infraTestFiles(spec, CAPACITY).map((file) => [`tests/${file.name}.test.yml`, renderInfraRuleTests(file, `../${RULES}`, groups.map((group) => group.name), "test")] as const);
  return new Map([[RULES, renderRuleFile(groups, "test")], ...tests]);
}

/** Breaking a forecast or a threshold the way its promise would break: each must make the generated tests fail. */
const BROKEN: Record<string, MutantPick[]> = {
  "tests/forecasts.test.yml": [
    { rule: "NodeFilesystemSpaceFillingUp", kind: "for" }, // 30m instead of 15m
    { rule: "PersistentVolumeRunningOut", kind: "numbers", before: "14400" }, // 8h ahead instead of 4h
  ],
  "tests/forecasts.every-1h.test.yml": [
    { rule: "namespace_persistentvolumeclaim:kubelet_volume_stats_exhausted:timestamp_seconds", kind: "ranges", before: "1w", occurrence: 1 }, // two weeks of history first
    { rule: "NodeFilesystemSpaceFillingUp", kind: "numbers", before: "86400" }, // 48h ahead at two days' trend: the rotation alerts
    { rule: "ClusterCapacityRunningOut", kind: "numbers", before: "1209600" }, // 28 days ahead instead of 14
    { rule: "UnexpectedEgress", kind: "numbers", before: "3" }, // six times a week before
  ],
  "tests/containers.test.yml": [
    { rule: "ContainerMemoryNearLimit", kind: "numbers", before: "0.9" },
    { rule: "ContainerMemoryNearLimit", kind: "for" },
  ],
};

/** The recent trends read four times as much history: a volume filling in hours is forecast hours later. */
const LOOKBACK_QUADRUPLED: MutantPick[] = [{ rule: "namespace_persistentvolumeclaim:kubelet_volume_stats_exhausted_recent_trend:timestamp_seconds", kind: "ranges", before: "1h" }];

describe("mutations of the infrastructure packs' rules", () => {
  it("make the generated tests fail: a lookback lengthened, a horizon or threshold raised, a for doubled", async () => {
    const files = generated();
    const rules = files.get(RULES) as string;
    const all = mutants(rules, { rules: () => true });
    const runs = [
      ...Object.entries(BROKEN).map(([tests, picks]) => ({ tests, broken: pick(all, picks) })),
      { tests: "tests/forecasts.test.yml", broken: pick(mutants(rules, { rules: () => true, kinds: ["ranges"], factor: 4 }), LOOKBACK_QUADRUPLED) },
    ];
    const results = (await Promise.all(runs.map(({ tests, broken }) => killMutants({ files, ruleFile: RULES, tests: [tests], mutants: broken, concurrency: 1 })))).flat();
    expect(results.filter((result) => !result.killed).map((result) => result.mutant.description)).toEqual([]);
    expect(results).toHaveLength(9);
  });
});
