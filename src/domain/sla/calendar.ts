/**
 * Calendar months and days in an IANA time zone, with the platform's time-zone database (Intl). An SLA is measured
 * per calendar month of its own zone: November in Europe/Berlin starts at 2026-10-31T23:00Z and has 30 days minus
 * nothing, while October there has one hour more than 31 days because daylight saving time ends in it.
 */

const MINUTE_MS = 60_000;

/** A calendar month, e.g. `{ year: 2026, month: 11 }` for November 2026. */
export interface CalendarMonth {
  readonly year: number;
  /** 1 (January) to 12 (December). */
  readonly month: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClock(zone: string, at: number): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  let format = formatters.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(zone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(at)).map((part) => [part.type, Number(part.value)]));
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
}

/** The zone's offset from UTC at an instant, in minutes (Europe/Berlin in winter: 60). */
export function utcOffsetMinutes(zone: string, at: number): number {
  const local = wallClock(zone, at);
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  return Math.round((asUtc - Math.floor(at / 1000) * 1000) / MINUTE_MS);
}

/**
 * The instant (epoch milliseconds) at which the zone's clocks show the given wall-clock time. A time skipped by a
 * daylight-saving jump resolves to the instant after the jump.
 */
export function zonedInstant(zone: string, year: number, month: number, day: number, hour = 0, minute = 0): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  let instant = wall - utcOffsetMinutes(zone, wall) * MINUTE_MS;
  instant = wall - utcOffsetMinutes(zone, instant) * MINUTE_MS;
  return instant;
}

/** The zone's standard offset (the smaller of January's and July's), in minutes. */
export function standardOffsetMinutes(zone: string, year: number): number {
  return Math.min(utcOffsetMinutes(zone, Date.UTC(year, 0, 1)), utcOffsetMinutes(zone, Date.UTC(year, 6, 1)));
}

/** Parses `2026-11`; undefined when the text is not a month. */
export function parseMonth(text: string): CalendarMonth | undefined {
  const match = /^(\d{4})-(\d{2})$/.exec(text);
  if (match === null) {
    return undefined;
  }
  const month = { year: Number(match[1]), month: Number(match[2]) };
  return month.month >= 1 && month.month <= 12 ? month : undefined;
}

/** `2026-11`. */
export function formatMonth(month: CalendarMonth): string {
  return `${month.year}-${String(month.month).padStart(2, "0")}`;
}

/** The month `count` months before (negative: after). */
export function monthsBefore(month: CalendarMonth, count: number): CalendarMonth {
  const index = month.year * 12 + (month.month - 1) - count;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The month an instant falls in, in the zone. */
export function monthOf(zone: string, at: number): CalendarMonth {
  const local = wallClock(zone, at);
  return { year: local.year, month: local.month };
}

/** The month's first instant and the next month's first instant, in the zone (epoch milliseconds). */
export function monthRange(zone: string, month: CalendarMonth): { start: number; end: number } {
  const next = monthsBefore(month, -1);
  return { start: zonedInstant(zone, month.year, month.month, 1), end: zonedInstant(zone, next.year, next.month, 1) };
}

/** The zone's calendar day of an instant, `2026-11-03`. */
export function localDay(zone: string, at: number): string {
  const local = wallClock(zone, at);
  return `${local.year}-${String(local.month).padStart(2, "0")}-${String(local.day).padStart(2, "0")}`;
}

/** The zone's wall-clock minute of an instant, `2026-11-03 23:00`. */
export function localMinute(zone: string, at: number): string {
  const local = wallClock(zone, at);
  return `${localDay(zone, at)} ${String(local.hour).padStart(2, "0")}:${String(local.minute).padStart(2, "0")}`;
}
