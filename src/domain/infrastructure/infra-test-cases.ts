import { fixtureCases, type AlertFixture, type InfraTestCase } from "./alert-fixtures";
import type { CapacitySpec } from "./capacity";
import { INFRA_PACKS, type InfraPack } from "./catalog";
import { CONTAINER_FIXTURES } from "./container-fixtures";
import { packGroupName, type InfraSpec } from "./infra-rules";
import { KUBERNETES_FIXTURES } from "./kubernetes-fixtures";
import { NETWORK_FIXTURES } from "./network-fixtures";
import { NODE_FIXTURES } from "./node-fixtures";
import { daysCase, fillingCase } from "./trend-test-cases";

export type { InfraTestCase } from "./alert-fixtures";

/** The tests of one shape: one test file, evaluated on one grid, named `<rule file>-<name>.test.yml`. */
export interface InfraTestFile {
  readonly name: string;
  readonly evaluationMinutes: number;
  readonly cases: readonly InfraTestCase[];
}

/** How the generated tests drive each pack's alerts, by alert name. */
const FIXTURES: Readonly<Record<InfraPack, Readonly<Record<string, AlertFixture>>>> = {
  nodes: NODE_FIXTURES,
  containers: CONTAINER_FIXTURES,
  kubernetes: KUBERNETES_FIXTURES,
  networkSecurity: NETWORK_FIXTURES,
};

/** The forecasts' grids: every 5 minutes over hours, every hour over days. */
const FORECAST_EVALUATION = { hours: 5, days: 60 } as const;

/**
 * The generated test files of a cluster: per pack, every alert with a fixture side by side (a healthy subject and
 * one per level, on a one-minute grid); the forecasts over hours (a disk filling in 6 hours) and over days (daily
 * rotations, slow growth, requests, egress against a week before), which test the alerts the fixtures leave out.
 */
export function infraTestFiles(spec: InfraSpec, capacity?: CapacitySpec): InfraTestFile[] {
  const packs = INFRA_PACKS.flatMap((pack) => {
    const cases = fixtureCases(spec, spec.alerts.filter((alert) => alert.definition.pack === pack), FIXTURES[pack]);
    return cases.length === 0 ? [] : [{ name: packGroupName(pack).replace(/^infrastructure-/, ""), evaluationMinutes: 1, cases }];
  });
  const filling = fillingCase(spec, capacity, FORECAST_EVALUATION.hours);
  const days = daysCase(spec, capacity, FORECAST_EVALUATION.days);
  return [
    ...packs,
    ...(filling === undefined || filling.alerts.length === 0 ? [] : [{ name: "forecasts", evaluationMinutes: FORECAST_EVALUATION.hours, cases: [filling] }]),
    ...(days.alerts.length === 0 ? [] : [{ name: `forecasts.every-${FORECAST_EVALUATION.days / 60}h`, evaluationMinutes: FORECAST_EVALUATION.days, cases: [days] }]),
  ];
}
