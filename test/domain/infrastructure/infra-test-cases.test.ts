import { describe, expect, it } from "vitest";
import { Duration } from "../../../src/domain/duration";
import { CAPACITY_ALERTS } from "../../../src/domain/infrastructure/capacity";
import type { InfraSpec } from "../../../src/domain/infrastructure/infra-rules";
import { infraTestFiles } from "../../../src/domain/infrastructure/infra-test-cases";
import { INFRA_ALERTS, resolveInfraAlerts } from "../../../src/domain/infrastructure/overrides";

const CAPACITY = { lookback: Duration.days(7), horizon: Duration.days(14) };

function spec(): InfraSpec {
  const { alerts } = resolveInfraAlerts({ nodes: true, containers: true, kubernetes: true, networkSecurity: true }, {});
  return { cluster: "eu-1", alerts, owner: { teamName: "platform", receivers: () => [] }, service: "eu-1", environment: "production" };
}

describe("the generated tests of a cluster's packs", () => {
  const files = infraTestFiles(spec(), CAPACITY);
  const checks = files.flatMap((file) => file.cases.flatMap((testCase) => testCase.alerts));

  it("test every alert of every pack and of capacity, each firing somewhere and quiet somewhere", () => {
    const names = [...INFRA_ALERTS.map((alert) => alert.name), CAPACITY_ALERTS.cluster, CAPACITY_ALERTS.volume];
    for (const name of names) {
      const mine = checks.filter((check) => check.alertname === name);
      expect(mine.some((check) => check.firing.length > 0), name).toBe(true);
      expect(mine.some((check) => check.firing.length === 0), name).toBe(true);
    }
  });

  it("forecast a disk and a volume filling from 10% to 100% in 6 hours at least 2 hours before full", () => {
    const [filling] = files.find((file) => file.name === "forecasts")?.cases ?? [];
    expect(filling.name).toBe(
      "disks and volumes filling from 10% to 100% in 6h, and flat at 85%: NodeFilesystemSpaceFillingUp (ticket) on filling-node 145m before full, " +
        "NodeFilesystemSpaceFillingUp (page) on filling-node 50m before full, PersistentVolumeRunningOut (ticket) on filling-claim 210m before full",
    );
  });

  it("never alert on a daily rotation between 30% and 80%, and forecast slow growth, requests and egress over days", () => {
    const [days] = files.find((file) => file.name === "forecasts.every-1h")?.cases ?? [];
    expect(days.name).toMatch(
      /: NodeFilesystemSpaceFillingUp \(ticket\) on filling-node at \+158h, PersistentVolumeRunningOut \(ticket\) on filling-claim at \+169h, ClusterCapacityRunningOut \(ticket\) on cpu requests at \+146h, UnexpectedEgress \(ticket\) on namespace exports at \+170h$/,
    );
    const fired = days.alerts.flatMap((check) => check.firing.map((alert) => JSON.stringify(alert.labels)));
    expect(fired.some((labels) => labels.includes("rotating"))).toBe(false);
    expect(days.alerts.filter((check) => check.alertname === "NodeFilesystemSpaceFillingUp").length).toBeGreaterThan(24);
  });
});
