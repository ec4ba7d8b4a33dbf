import { Duration } from "../duration";
import { seasonLength, type DetectionDirection, type KpiSpec } from "./kpi";
import { EXPORTER_NOISE, type Anomaly, type TrafficProfile } from "./seasonal-traffic";

/**
 * The anomalies a KPI's anomaly alert is proven against, in its generated tests and in the measurement of the
 * detector: what is injected into normal seasonal traffic, and how soon the default settings alert on it.
 */
export interface Scenario {
  readonly name: string;
  /** The side of the band it leaves. */
  readonly side: "below" | "above";
  /** What the traffic is multiplied by, reached linearly over `rampMinutes`. */
  readonly factor: number;
  readonly rampMinutes: number;
  /** How long it lasts, ramp included. */
  readonly minutes: number;
  /** How soon after it starts the default settings alert. */
  readonly within: Duration;
}

export const SCENARIOS = {
  drop: { name: "a 15% drop for 45 minutes", side: "below", factor: 0.85, rampMinutes: 0, minutes: 45, within: Duration.minutes(30) },
  zero: { name: "a drop to zero for an hour", side: "below", factor: 0, rampMinutes: 0, minutes: 60, within: Duration.minutes(15) },
  decline: { name: "a 30% decline over 6 hours", side: "below", factor: 0.7, rampMinutes: 360, minutes: 480, within: Duration.hours(2) },
  spike: { name: "a 2x spike for 45 minutes", side: "above", factor: 2, rampMinutes: 0, minutes: 45, within: Duration.minutes(30) },
  rise: { name: "a 15% rise for 45 minutes", side: "above", factor: 1.15, rampMinutes: 0, minutes: 45, within: Duration.minutes(30) },
  climb: { name: "a 30% climb over 6 hours", side: "above", factor: 1.3, rampMinutes: 360, minutes: 480, within: Duration.hours(2) },
} as const satisfies Record<string, Scenario>;

/** The scenario injected from `start` (a minute), as the traffic generator applies it. */
export function anomalyOf(scenario: Scenario, start: number): Anomaly {
  return { start, end: start + scenario.minutes, factor: scenario.factor, rampMinutes: scenario.rampMinutes };
}

/** Whether a scenario leaves the band on a side the KPI watches. */
export function watched(direction: DetectionDirection, scenario: Scenario): boolean {
  return direction === "both" || direction === scenario.side;
}

/**
 * The scenarios a KPI's tests inject: every one of a watched side; of a side it does not watch (good news, as a
 * spike is for a KPI where higher is better), the largest, which must stay quiet.
 */
export function testedScenarios(direction: DetectionDirection): Scenario[] {
  const below = [SCENARIOS.drop, SCENARIOS.zero, SCENARIOS.decline];
  const above = [SCENARIOS.spike, SCENARIOS.rise, SCENARIOS.climb];
  return [
    ...(watched(direction, SCENARIOS.drop) ? below : [SCENARIOS.zero]),
    ...(watched(direction, SCENARIOS.spike) ? above : [SCENARIOS.spike]),
  ];
}

/** What an injected scenario's check asserts at its evaluation. */
export type InstanceRole = "fires" | "not-yet" | "quiet";

/** One injected scenario of a test, checked at `hour`. */
export interface Instance {
  readonly scenario: Scenario;
  readonly hour: number;
  readonly role: InstanceRole;
}

/** Where a KPI's generated test puts things, in hours from promtool's time 0 (a Thursday). */
export interface TestLayout {
  /** The seasons of history before the quiet week. */
  readonly quietFrom: number;
  readonly quietUntil: number;
  readonly instances: readonly Instance[];
  /** The last hour of traffic. */
  readonly end: number;
}

/** The hours of a day at which short scenarios are checked, and the one of a long scenario (it starts ~2h before). */
const SHORT_HOURS = [10, 14, 18];
const LONG_HOUR = 12;

/**
 * The layout of a seasonal KPI's test: its seasons of history, a quiet week, then days of injected scenarios,
 * each watched scenario twice (once checked when it alerts, once just before) and each unwatched one once: a day
 * for each long scenario, three short ones a day.
 */
export function testLayout(spec: Pick<KpiSpec, "seasonality" | "detection">): TestLayout {
  const season = seasonLength(spec.seasonality) as Duration;
  const quietFrom = spec.detection.seasons * season.hours;
  const quietUntil = quietFrom + 7 * 24;
  const instances = testedScenarios(spec.detection.direction).flatMap((scenario): Array<{ scenario: Scenario; role: InstanceRole }> =>
    watched(spec.detection.direction, scenario) ? [{ scenario, role: "fires" }, { scenario, role: "not-yet" }] : [{ scenario, role: "quiet" }],
  );
  const long = instances.filter((instance) => instance.scenario.rampMinutes > 0);
  const short = instances.filter((instance) => instance.scenario.rampMinutes === 0);
  const placed: Instance[] = [
    ...long.map((instance, day) => ({ ...instance, hour: quietUntil + day * 24 + LONG_HOUR })),
    ...short.map((instance, index) => ({
      ...instance,
      hour: quietUntil + (long.length + Math.floor(index / SHORT_HOURS.length)) * 24 + SHORT_HOURS[index % SHORT_HOURS.length],
    })),
  ];
  return { quietFrom, quietUntil, instances: placed, end: Math.max(...placed.map((instance) => instance.hour)) + 1 };
}

/**
 * The seed of every KPI's test traffic: one noise for all, so that KPIs declared alike (one a service) have the
 * same tests up to their names, which `watchkeeper test` runs once.
 */
const TEST_SEED = 0x5eed;

/** Growth a week of the generated traffic: enough that a baseline without the trend is off by several percent. */
const TEST_WEEKLY_GROWTH = 0.02;

/** The traffic of a KPI's tests: its seasonality, the exporters' noise, steady growth, the one seed. */
export function testProfile(spec: Pick<KpiSpec, "seasonality">, busiest: number): TrafficProfile {
  return { seasonality: spec.seasonality === "daily" ? "daily" : "weekly", busiest, weeklyGrowth: TEST_WEEKLY_GROWTH, noise: EXPORTER_NOISE, seed: TEST_SEED };
}

/** A minute as promtool writes a time: `28d10h45m`. */
export function minuteText(minute: number): string {
  return minute === 0 ? "0s" : Duration.minutes(minute).toString();
}
