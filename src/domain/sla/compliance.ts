import { localDay } from "./calendar";
import { creditOwed, type CreditTier } from "./sla-spec";

const MINUTE_MS = 60_000;

/** What the report knows of one SLA for one month: its terms and the per-minute series. */
export interface MonthMinutes {
  /** The month's first instant and the next month's, epoch milliseconds. */
  readonly start: number;
  readonly end: number;
  readonly timeZone: string;
  readonly targetPercent: number;
  readonly minimumOutageMinutes: number;
  readonly creditTiers: readonly CreditTier[];
  /**
   * `sla:downtime:minute` by the instant that ends each minute (epoch milliseconds): 1 down, 0 up. A minute with no
   * sample was not measured: it is counted apart, and a month with such minutes is never called met.
   */
  readonly downtime: ReadonlyMap<number, number>;
  /** `sla:maintenance:minute` by the same instants: 1 in a maintenance window. */
  readonly maintenance: ReadonlyMap<number, number>;
}

/** A run of downtime minutes at least the minimum outage long. */
export interface Outage {
  /** The first down minute's start, epoch milliseconds. */
  readonly start: number;
  readonly minutes: number;
}

/**
 * Whether a month met its target: `unknown` while minutes are unmeasured and the month would not be missed even
 * with every one of them up (any of them may have been down).
 */
export type MonthVerdict = "met" | "missed" | "unknown";

/** A month of one SLA, as the report shows it. */
export interface MonthCompliance {
  readonly minutes: number;
  readonly maintenanceMinutes: number;
  /** Minutes outside maintenance without a sample of `sla:downtime:minute`. */
  readonly unmeasuredMinutes: number;
  /** Minutes in counted outages. */
  readonly downtimeMinutes: number;
  /** Down minutes left out because their run was shorter than the minimum outage. */
  readonly ignoredDownMinutes: number;
  /** 100 × (1 − downtime ÷ (minutes − maintenance)), unmeasured minutes counted as up: the most it can have been. */
  readonly availabilityPercent: number;
  /** The same with every unmeasured minute counted as down: the least it can have been. */
  readonly worstAvailabilityPercent: number;
  /** The downtime the target allows in the month's minutes outside maintenance. */
  readonly allowedDowntimeMinutes: number;
  readonly budgetConsumedPercent: number;
  readonly verdict: MonthVerdict;
  /** The credit owed at `availabilityPercent`: with unmeasured minutes, the least owed. */
  readonly creditPercent: number;
  readonly outages: readonly Outage[];
  /** Up to three days with the most downtime, most first (ties: earlier first). */
  readonly worstDays: readonly { readonly day: string; readonly downtimeMinutes: number }[];
}

/** Rounds to 12 significant digits, so that 99.9 stays 99.9 after the arithmetic. */
function clean(value: number): number {
  return Number(value.toPrecision(12));
}

/** Runs of consecutive down minutes (by the instant each minute ends), as [first end, length]. */
function downRuns(ends: readonly number[], isDown: (end: number) => boolean): [number, number][] {
  const runs: [number, number][] = [];
  for (const end of ends) {
    const last = runs.at(-1);
    if (!isDown(end)) {
      continue;
    }
    if (last !== undefined && last[0] + last[1] * MINUTE_MS === end) {
      last[1] += 1;
    } else {
      runs.push([end, 1]);
    }
  }
  return runs;
}

/**
 * The month's compliance from its per-minute series: downtime is the down minutes outside maintenance that belong to
 * a run at least `minimumOutageMinutes` long (a run is cut at the month's edges); availability is measured against
 * the month's minutes outside maintenance; the credit is the lowest tier the availability falls below. A month
 * with unmeasured minutes is missed when it would be even with all of them up, and unknown otherwise: never met.
 */
export function monthCompliance(month: MonthMinutes): MonthCompliance {
  const ends: number[] = [];
  for (let end = month.start + MINUTE_MS; end <= month.end; end += MINUTE_MS) {
    ends.push(end);
  }
  const inMaintenance = (end: number) => month.maintenance.get(end) === 1;
  const isDown = (end: number) => month.downtime.get(end) === 1 && !inMaintenance(end);
  const runs = downRuns(ends, isDown);
  const counted = runs.filter(([, length]) => length >= month.minimumOutageMinutes);
  const downtimeMinutes = counted.reduce((total, [, length]) => total + length, 0);
  const allDown = runs.reduce((total, [, length]) => total + length, 0);
  const maintenanceMinutes = ends.filter(inMaintenance).length;
  const eligible = ends.length - maintenanceMinutes;
  const unmeasuredMinutes = ends.filter((end) => !month.downtime.has(end) && !inMaintenance(end)).length;
  const availability = (down: number) => (eligible === 0 ? 100 : clean(100 * (1 - down / eligible)));
  const availabilityPercent = availability(downtimeMinutes);
  const missed = availabilityPercent < month.targetPercent;
  const allowedDowntimeMinutes = clean((eligible * (100 - month.targetPercent)) / 100);
  const budgetConsumedPercent = allowedDowntimeMinutes === 0 ? (downtimeMinutes === 0 ? 0 : Infinity) : clean((100 * downtimeMinutes) / allowedDowntimeMinutes);
  return {
    minutes: ends.length,
    maintenanceMinutes,
    unmeasuredMinutes,
    downtimeMinutes,
    ignoredDownMinutes: allDown - downtimeMinutes,
    availabilityPercent,
    worstAvailabilityPercent: availability(downtimeMinutes + unmeasuredMinutes),
    allowedDowntimeMinutes,
    budgetConsumedPercent,
    verdict: missed ? "missed" : unmeasuredMinutes > 0 ? "unknown" : "met",
    creditPercent: creditOwed(month.creditTiers, availabilityPercent),
    outages: counted.map(([end, length]) => ({ start: end - MINUTE_MS, minutes: length })),
    worstDays: worstDays(month.timeZone, counted),
  };
}

function worstDays(zone: string, runs: readonly [number, number][]): MonthCompliance["worstDays"] {
  const perDay = new Map<string, number>();
  for (const [end, length] of runs) {
    for (let index = 0; index < length; index++) {
      const day = localDay(zone, end + (index - 1) * MINUTE_MS);
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
  }
  return [...perDay.entries()]
    .sort(([dayA, a], [dayB, b]) => b - a || dayA.localeCompare(dayB))
    .slice(0, 3)
    .map(([day, downtimeMinutes]) => ({ day, downtimeMinutes }));
}
