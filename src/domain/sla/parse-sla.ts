import type { Problems } from "../problems";
import { Duration } from "../duration";
import { slug } from "../naming";
import { isTimeZone } from "../oncall/time";
import { zonedInstant } from "./calendar";
import { WEEKDAYS, type CreditTier, type DatedWindow, type SlaSpec, type WeeklyWindow } from "./sla-spec";

/** An SLA's terms as plain values (the construct resolves its SLO and flow references before this). */
export interface SlaInput {
  readonly name: string;
  readonly targetPercent: number;
  readonly timeZone: string;
  readonly downErrorPercent: number;
  readonly degradedErrorPercent: number;
  readonly minimumOutage: string;
  readonly window: string;
  readonly weeklyMaintenance: readonly WeeklyWindow[];
  /** Wall-clock times in the SLA's zone, `2026-11-14T22:00`. */
  readonly datedMaintenance: readonly { readonly start: string; readonly end: string }[];
  readonly creditTiers: readonly CreditTier[];
  /** The internal objectives that must be stricter than the target, by name. */
  readonly internalObjectives: readonly { readonly name: string; readonly objectivePercent: number }[];
  readonly dependencyCount: number;
}

/** The parts of an {@link SlaSpec} read from {@link SlaInput}. */
export type ParsedSla = Pick<SlaSpec, "name" | "minimumOutageMinutes" | "datedMaintenance" | "creditTiers" | "window">;

const WEEK_MINUTES = 7 * 24 * 60;

function percentProblem(what: string, value: number, example: string): string | undefined {
  return Number.isFinite(value) && value > 0 && value < 100 ? undefined : `${what} ${value} is not a percentage between 0 and 100 (exclusive); use e.g. ${example}`;
}

function targetProblems(input: SlaInput): string[] {
  const target = percentProblem("targetPercent:", input.targetPercent, "99.9");
  const stricter = input.internalObjectives
    .filter((objective) => objective.objectivePercent <= input.targetPercent)
    .map(
      (objective) =>
        `internal objective ${objective.name} (${objective.objectivePercent}%) is not stricter than the SLA's targetPercent ${input.targetPercent}%: ` +
        `the team would learn of a breach from the customer; raise the objective above the target (e.g. ${stricterExample(input.targetPercent)}) or lower the target`,
    );
  const none = input.internalObjectives.length === 0 ? ["no internal objective: name at least one ServiceSlo stricter than the target in internalObjectives"] : [];
  return [...(target === undefined ? [] : [target]), ...stricter, ...none];
}

/** Halfway from the target to 100%: 99.9 → 99.95. */
function stricterExample(target: number): number {
  return Number((target + (100 - target) / 2).toPrecision(6));
}

function thresholdProblems(input: SlaInput): string[] {
  const inRange = (what: string, value: number) =>
    Number.isFinite(value) && value > 0 && value <= 100 ? [] : [`downtime.${what} ${value} is not an error percentage above 0 and at most 100; use e.g. 5`];
  const order =
    input.degradedErrorPercent > input.downErrorPercent
      ? [`downtime.degradedErrorPercent ${input.degradedErrorPercent} is above downErrorPercent ${input.downErrorPercent}; degraded is the milder state, give it the lower threshold`]
      : [];
  const dependencies = input.dependencyCount === 0 ? ["downtime measures nothing: name at least one ServiceSlo in downtime.slos or CriticalUserFlow in downtime.flows"] : [];
  return [...inRange("downErrorPercent", input.downErrorPercent), ...inRange("degradedErrorPercent", input.degradedErrorPercent), ...order, ...dependencies];
}

/** Problems of the credit schedule: each tier in range, thresholds strictly falling, credits strictly rising. */
export function creditTierProblems(tiers: readonly CreditTier[], targetPercent: number): string[] {
  const problems: string[] = [];
  tiers.forEach((tier, index) => {
    const what = `creditTiers[${index}]`;
    if (!(tier.belowPercent > 0 && tier.belowPercent <= 100)) {
      problems.push(`${what}.belowPercent ${tier.belowPercent} is out of range; use a percentage above 0 and at most 100, e.g. 99.9`);
    } else if (tier.belowPercent > targetPercent) {
      problems.push(`${what}.belowPercent ${tier.belowPercent} is above targetPercent ${targetPercent}: credits would be owed in a month that met the SLA; use at most ${targetPercent}`);
    }
    if (!(tier.creditPercent > 0 && tier.creditPercent <= 100)) {
      problems.push(`${what}.creditPercent ${tier.creditPercent} is out of range; use a percentage above 0 and at most 100, e.g. 10`);
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

function weeklyProblems(windows: readonly WeeklyWindow[]): string[] {
  return windows.flatMap((window, index) => {
    const what = `maintenance.weekly[${index}]`;
    const problems: string[] = [];
    if (!WEEKDAYS.includes(window.day)) {
      problems.push(`${what}.day "${window.day}" is not a weekday; use one of ${WEEKDAYS.join(", ")}`);
    }
    if (clockMinutes(window.start) === undefined) {
      problems.push(`${what}.start "${window.start}" is not a time of day; write it as HH:MM, e.g. 02:00`);
    }
    if (!(Number.isInteger(window.durationMinutes) && window.durationMinutes > 0 && window.durationMinutes < WEEK_MINUTES)) {
      problems.push(`${what}.durationMinutes ${window.durationMinutes} must be a whole number of minutes from 1 to ${WEEK_MINUTES - 1}, e.g. 120`);
    }
    return problems;
  });
}

/** `02:30` → 150; undefined when the text is not a time of day. */
export function clockMinutes(text: string): number | undefined {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  return match === null ? undefined : Number(match[1]) * 60 + Number(match[2]);
}

/** `2026-11-14T22:00` in the zone → epoch milliseconds; undefined when the text is not such a time. */
export function localDateTime(zone: string, text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})$/.exec(text);
  const minutes = match === null ? undefined : clockMinutes(match[4]);
  if (match === null || minutes === undefined) {
    return undefined;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return zonedInstant(zone, year, month, day, Math.floor(minutes / 60), minutes % 60);
}

function datedWindows(input: SlaInput, zone: string, problems: Problems): DatedWindow[] {
  return input.datedMaintenance.flatMap((window, index) => {
    const what = `maintenance.dated[${index}]`;
    const start = localDateTime(zone, window.start);
    const end = localDateTime(zone, window.end);
    const bad = (["start", "end"] as const).filter((field) => (field === "start" ? start : end) === undefined);
    bad.forEach((field) => problems.add(`${what}.${field} "${window[field]}" is not a local date and time; write it as YYYY-MM-DDTHH:MM, e.g. 2026-11-14T22:00`));
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

function minimumOutageMinutes(text: string, problems: Problems): number {
  try {
    const duration = Duration.parse(text);
    if (duration.seconds % 60 === 0 && duration.minutes <= 24 * 60) {
      return duration.minutes;
    }
    problems.add(`downtime.minimumOutage "${text}" must be whole minutes from 1m to 1d; downtime is measured per minute`);
  } catch (error) {
    problems.add(`downtime.minimumOutage: ${(error as Error).message}`);
  }
  return 1;
}

function windowOf(text: string, problems: Problems): Duration | undefined {
  try {
    const window = Duration.parse(text);
    if (window.seconds >= 60 && window.minutes <= 60) {
      return window;
    }
    problems.add(`downtime.window "${text}" must be from 1m to 1h: each minute's error ratio is measured over it`);
  } catch (error) {
    problems.add(`downtime.window: ${(error as Error).message}`);
  }
  return undefined;
}

/** Checks an SLA's terms; every problem is returned at once, each naming the field and the fix. */
export function parseSla(input: SlaInput, problems: Problems): ParsedSla | undefined {
  const name = slug(input.name);
  if (name !== input.name) {
    problems.add(`name "${input.name}" is not a slug (it names series and files); use "${name}"`);
  }
  const zoneKnown = isTimeZone(input.timeZone);
  if (!zoneKnown) {
    problems.add(`timeZone "${input.timeZone}" is not an IANA time zone this platform knows; use e.g. UTC, Europe/Berlin or America/New_York`);
  }
  problems.add(...targetProblems(input), ...thresholdProblems(input), ...creditTierProblems(input.creditTiers, input.targetPercent));
  problems.add(...weeklyProblems(input.weeklyMaintenance));
  const minutes = minimumOutageMinutes(input.minimumOutage, problems);
  const window = windowOf(input.window, problems);
  const dated = zoneKnown ? datedWindows(input, input.timeZone, problems) : [];
  if (!problems.none || window === undefined) {
    return undefined;
  }
  return { name, minimumOutageMinutes: minutes, window, datedMaintenance: dated, creditTiers: input.creditTiers };
}
