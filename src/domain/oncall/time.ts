import type { MuteInterval, MutePeriod } from "../routing/routing-plan";

/** Whether a text names an IANA time zone this runtime knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Whether a text is a wall-clock time HH:MM. */
export function isClockTime(text: string): boolean {
  return CLOCK.test(text);
}

/** The zone's UTC offset at an instant, as "+01:00". */
function offsetAt(instant: Date, zone: string): string {
  const name = new Intl.DateTimeFormat("en", { timeZone: zone, timeZoneName: "longOffset" })
    .formatToParts(instant)
    .find((part) => part.type === "timeZoneName")?.value;
  return name === "GMT" || name === undefined ? "+00:00" : name.slice(3);
}

export const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;

/**
 * The instant a rotation is anchored to, as PagerDuty's `rotation_virtual_start`: the handoff day and time in the
 * schedule's zone, in the first week of 2024 (Monday 1 January). A fixed anchor keeps the output the same on
 * every synth; PagerDuty only uses it to know when turns change.
 */
export function rotationAnchor(day: (typeof WEEKDAYS)[number], time: string, zone: string): string {
  const date = `2024-01-0${1 + WEEKDAYS.indexOf(day)}`;
  const wallClockAsUtc = new Date(`${date}T${time}:00Z`);
  const offset = offsetAt(wallClockAsUtc, zone);
  return `${date}T${time}:00${offset}`;
}

function twoDigits(value: number): string {
  return String(value).padStart(2, "0");
}

/**
 * A one-off window as mute periods (which only know calendar fields, as Alertmanager's time intervals): one
 * period per UTC day the window touches.
 */
export function oneOffMuteInterval(name: string, start: Date, end: Date): MuteInterval {
  const periods: MutePeriod[] = [];
  for (let day = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate())); day < end; ) {
    const next = new Date(day.getTime() + 86_400_000);
    const from = start > day ? start : day;
    const to = end < next ? end : next;
    const clock = (instant: Date) =>
      instant.getTime() === next.getTime() ? "24:00" : `${twoDigits(instant.getUTCHours())}:${twoDigits(instant.getUTCMinutes())}`;
    periods.push({
      times: [{ startTime: clock(from), endTime: clock(to) }],
      daysOfMonth: [String(day.getUTCDate())],
      months: [String(day.getUTCMonth() + 1)],
      years: [String(day.getUTCFullYear())],
    });
    day = next;
  }
  return { name, periods };
}

/** A weekly window as a mute period in its own zone (UTC, the default, is left implicit). */
export function weeklyMuteInterval(name: string, weekdays: readonly string[], start: string, end: string, zone: string): MuteInterval {
  const location = zone === "UTC" ? {} : { location: zone };
  return { name, periods: [{ weekdays: [...weekdays], times: [{ startTime: start, endTime: end }], ...location }] };
}
