import type { Duration } from "../duration";
import type { Sli } from "../slo/sli";

/** One step of the credit schedule: when the month's availability is below `belowPercent`, `creditPercent` is owed. */
export interface CreditTier {
  readonly belowPercent: number;
  readonly creditPercent: number;
}

/** A weekday as the SLA's customers read it. */
export type Weekday = "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday";

/** The weekdays in the order of Prometheus's week (Monday first here; the rules count from Monday 00:00). */
export const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const satisfies readonly Weekday[];

/** A maintenance window that comes back every week, in the SLA's time zone: `sunday 02:00` for 120 minutes. */
export interface WeeklyWindow {
  readonly day: Weekday;
  /** `HH:MM`, 24-hour clock. */
  readonly start: string;
  readonly durationMinutes: number;
}

/** A one-off maintenance window, as instants (epoch milliseconds), start inclusive, end exclusive. */
export interface DatedWindow {
  readonly start: number;
  readonly end: number;
}

/** One SLI whose bad minutes make the SLA's service down: an SLO's or a flow's uptime SLO's. */
export interface SlaDependency {
  /** The SLO's id, `<service>-<name>`: the `dependency` label of the per-minute series. */
  readonly id: string;
  readonly sli: Sli;
}

/** An SLA as the rule generator and the report see it: validated and resolved. */
export interface SlaSpec {
  /** Unique in a stack, a slug: the `sla` label of every series. */
  readonly name: string;
  /** The customer-facing name, e.g. "Planner API availability". */
  readonly title: string;
  readonly service: string;
  readonly targetPercent: number;
  /** IANA zone whose calendar months the SLA is measured in. */
  readonly timeZone: string;
  readonly dependencies: readonly SlaDependency[];
  /** The error ratio (0 to 1) at or above which a minute is down. */
  readonly downErrorRatio: number;
  /** The error ratio (0 to 1) at or above which a minute is degraded; counted as down when `degradedCounts`. */
  readonly degradedErrorRatio: number;
  readonly degradedCounts: boolean;
  /** The window each minute's error ratio is measured over; twice and four times it where it holds too few samples. */
  readonly window: Duration;
  /** Shorter runs of down minutes are not counted. */
  readonly minimumOutageMinutes: number;
  readonly weeklyMaintenance: readonly WeeklyWindow[];
  readonly datedMaintenance: readonly DatedWindow[];
  /** Ordered from the highest threshold down. */
  readonly creditTiers: readonly CreditTier[];
  /** Labels added to every series. */
  readonly labels: Readonly<Record<string, string>>;
}

/** The error ratio that makes a minute count as downtime. */
export function countedErrorRatio(spec: Pick<SlaSpec, "downErrorRatio" | "degradedErrorRatio" | "degradedCounts">): number {
  return spec.degradedCounts ? spec.degradedErrorRatio : spec.downErrorRatio;
}

/**
 * The credit owed for a month's availability: the tier with the lowest threshold the availability is below, or 0.
 * Tiers are ordered from the highest threshold down.
 */
export function creditOwed(tiers: readonly CreditTier[], availabilityPercent: number): number {
  let credit = 0;
  for (const tier of tiers) {
    if (availabilityPercent < tier.belowPercent) {
      credit = tier.creditPercent;
    }
  }
  return credit;
}

/** `99.9:10,99:25`: the tiers as one label value, highest threshold first. */
export function formatCreditTiers(tiers: readonly CreditTier[]): string {
  return tiers.map((tier) => `${tier.belowPercent}:${tier.creditPercent}`).join(",");
}

/** Reads {@link formatCreditTiers}'s form back; tiers that do not parse are left out. */
export function parseCreditTiers(text: string): CreditTier[] {
  return text
    .split(",")
    .map((pair) => pair.split(":").map(Number))
    .filter((pair) => pair.length === 2 && pair.every(Number.isFinite))
    .map(([belowPercent, creditPercent]) => ({ belowPercent, creditPercent }));
}
