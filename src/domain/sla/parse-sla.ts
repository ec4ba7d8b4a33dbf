import type { Problems } from "../problems";
import { Duration } from "../duration";
import { zonedInstant } from "./calendar";
import { type CreditTier, type DatedWindow, type SlaSpec } from "./sla-spec";

/** An SLA's terms as plain values (the construct resolves its SLO and flow references before this). */
export interface SlaInput {
  readonly name: string;
  readonly targetPercent: number;
  readonly timeZone: string;
  readonly downErrorPercent: number;
  readonly degradedErrorPercent: number;
  readonly minimumOutage: string;
  readonly window: string;
  /** Wall-clock times in the SLA's zone, `2026-11-14T22:00`. */
  readonly datedMaintenance: readonly { readonly start: string; readonly end: string }[];
  readonly creditTiers: readonly CreditTier[];
  /** The internal objectives that must be stricter than the target, by name. */
  readonly internalObjectives: readonly { readonly name: string; readonly objectivePercent: number }[];
  readonly dependencyCount: number;
}

/** The parts of an {@link SlaSpec} read from {@link SlaInput}. */
export type ParsedSla = Pick<SlaSpec, "name" | "minimumOutageMinutes" | "datedMaintenance" | "creditTiers" | "window">;

function targetProblems(input: SlaInput): string[] {
  const stricter = input.internalObjectives
    .filter((objective) => objective.objectivePercent <= input.targetPercent)
    .map(
      (objective) =>
        `internal objective ${objective.name} (${objective.objectivePercent}%) is not stricter than the SLA's targetPercent ${input.targetPercent}%: ` +
        `the team would learn of a breach from the customer; raise the objective above the target (e.g. ${stricterExample(input.targetPercent)}) or lower the target`,
    );
  const none = input.internalObjectives.length === 0 ? ["no internal objective: name at least one ServiceSlo stricter than the target in internalObjectives"] : [];
  return [...stricter, ...none];
}

/** Halfway from the target to 100%: 99.9 → 99.95. */
function stricterExample(target: number): number {
  return Number((target + (100 - target) / 2).toPrecision(6));
}

function thresholdProblems(input: SlaInput): string[] {
  const order =
    input.degradedErrorPercent > input.downErrorPercent
      ? [`downtime.degradedErrorPercent ${input.degradedErrorPercent} is above downErrorPercent ${input.downErrorPercent}; degraded is the milder state, give it the lower threshold`]
      : [];
  const dependencies = input.dependencyCount === 0 ? ["downtime measures nothing: name at least one ServiceSlo in downtime.slos or CriticalUserFlow in downtime.flows"] : [];
  return [...order, ...dependencies];
}

/** Problems of the credit schedule: thresholds at most the target and strictly falling, credits strictly rising. */
export function creditTierProblems(tiers: readonly CreditTier[], targetPercent: number): string[] {
  const problems: string[] = [];
  tiers.forEach((tier, index) => {
    const what = `creditTiers[${index}]`;
    if (tier.belowPercent > targetPercent) {
      problems.push(`${what}.belowPercent ${tier.belowPercent} is above targetPercent ${targetPercent}: credits would be owed in a month that met the SLA; use at most ${targetPercent}`);
    }
    const previous = tiers[index - 1];
    if (previous !== undefined && tier.belowPercent >= previous.belowPercent) {
      problems.push(
        `${what} (below ${tier.belowPercent}%) ${tier.belowPercent === previous.belowPercent ? "overlaps" : "is out of order after"} creditTiers[${index - 1}] (below ${previous.belowPercent}%); ` +
          "list the tiers from the highest threshold down, each threshold once, e.g. [{ belowPercent: 99.9, creditPercent: 10 }, { belowPercent: 99, creditPercent: 25 }]",
      );
    } else if (previous !== undefined && tier.creditPercent <= previous.creditPercent) {
      problems.push(`${what} credits ${tier.creditPercent}% for a worse month than creditTiers[${index - 1}] (${previous.creditPercent}%); a lower threshold must owe a larger credit`);
    }
  });
  return problems;
}

/** `02:30` → 150; undefined when the text is not a time of day. */
export function clockMinutes(text: string): number | undefined {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  return match === null ? undefined : Number(match[1]) * 60 + Number(match[2]);
}

/** A wall-clock date and time read from `2026-11-14T22:00`. */
export interface LocalDateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** Minutes since midnight. */
  readonly minutes: number;
}

/** `2026-11-14T22:00` → its parts; undefined when the text is not such a date and time (or no such day). */
export function localDateParts(text: string): LocalDateParts | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})$/.exec(text);
  const minutes = match === null ? undefined : clockMinutes(match[4]);
  if (match === null || minutes === undefined) {
    return undefined;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? { year, month, day, minutes } : undefined;
}

/** `2026-11-14T22:00` in the zone → epoch milliseconds; undefined when the text is not such a time. */
export function localDateTime(zone: string, text: string): number | undefined {
  const parts = localDateParts(text);
  return parts === undefined ? undefined : zonedInstant(zone, parts.year, parts.month, parts.day, Math.floor(parts.minutes / 60), parts.minutes % 60);
}

function datedWindows(input: SlaInput, zone: string, problems: Problems): DatedWindow[] {
  return input.datedMaintenance.flatMap((window, index) => {
    const what = `maintenance.dated[${index}]`;
    const start = localDateTime(zone, window.start);
    const end = localDateTime(zone, window.end);
    if (start === undefined || end === undefined) {
      return [];
    }
    if (end <= start) {
      problems.add(`${what} ends (${window.end}) before it starts (${window.start}); give the end after the start`);
      return [];
    }
    return [{ start, end }];
  });
}

/**
 * Checks an SLA's terms against each other (the schema has checked each term on its own); every problem is
 * returned at once, each naming the field and the fix.
 */
export function parseSla(input: SlaInput, problems: Problems): ParsedSla | undefined {
  problems.add(...targetProblems(input), ...thresholdProblems(input), ...creditTierProblems(input.creditTiers, input.targetPercent));
  const minimumOutage = problems.attempt("downtime.minimumOutage", () => Duration.parse(input.minimumOutage));
  const window = problems.attempt("downtime.window", () => Duration.parse(input.window));
  const dated = datedWindows(input, input.timeZone, problems);
  if (!problems.none || minimumOutage === undefined || window === undefined) {
    return undefined;
  }
  return { name: input.name, minimumOutageMinutes: minimumOutage.minutes, window, datedMaintenance: dated, creditTiers: input.creditTiers };
}
