/**
 * The daily uptime bars: one bar per UTC day, from the SLO's recorded error ratio averaged over the day, with the
 * days Prometheus has no data for kept as such (never shown as up).
 */

const DAY_SECONDS = 86_400;

/** How a day looks on its bar: within the error budget, above it, an outage, or no data. */
export type DayLevel = "good" | "degraded" | "outage" | "no-data";

/**
 * From this multiple of the error budget, a day's average error ratio makes it an outage day: the day burned a
 * third of a 30-day budget, e.g. 15 minutes of full outage at 99.9%.
 */
export const OUTAGE_DAY_BURN_RATE = 10;

/** One UTC day of the bars. */
export interface DayUptime {
  /** The day, `YYYY-MM-DD` in UTC. */
  readonly date: string;
  /** The share of good requests that day in percent; undefined without data. */
  readonly uptimePercent?: number;
  readonly level: DayLevel;
}

/** One day's window: its date and the end of the day (Unix seconds), where the day's average is evaluated. */
export interface DayWindow {
  readonly date: string;
  readonly end: number;
}

/** The last `days` UTC days up to and including the day of `now` (Unix seconds), oldest first. */
export function dayWindows(now: number, days: number): DayWindow[] {
  const today = Math.floor(now / DAY_SECONDS) * DAY_SECONDS;
  return Array.from({ length: days }, (_, index) => {
    const start = today - (days - 1 - index) * DAY_SECONDS;
    return { date: new Date(start * 1000).toISOString().slice(0, 10), end: start + DAY_SECONDS };
  });
}

/** A day's level from its average error ratio and the SLO's error budget (1 − objective). */
export function dayLevel(errorRatio: number | undefined, errorBudget: number): DayLevel {
  if (errorRatio === undefined || Number.isNaN(errorRatio)) {
    return "no-data";
  }
  if (errorRatio >= OUTAGE_DAY_BURN_RATE * errorBudget) {
    return "outage";
  }
  return errorRatio > errorBudget ? "degraded" : "good";
}

/**
 * The bars of one component: for each day window, the average error ratio recorded at the day's end (a map from
 * Unix seconds to ratio, NaN for a quiet day), its uptime and level.
 */
export function uptimeDays(windows: readonly DayWindow[], dailyErrorRatio: ReadonlyMap<number, number>, errorBudget: number): DayUptime[] {
  return windows.map(({ date, end }) => {
    const ratio = dailyErrorRatio.get(end);
    const level = dayLevel(ratio, errorBudget);
    return level === "no-data" ? { date, level } : { date, level, uptimePercent: (1 - (ratio as number)) * 100 };
  });
}

/** How many of the days have data. */
export function daysWithData(days: readonly DayUptime[]): number {
  return days.filter((day) => day.uptimePercent !== undefined).length;
}

/** The average uptime over the days with data (never over the days without), in percent; undefined when none has. */
export function periodUptime(days: readonly DayUptime[]): number | undefined {
  const known = days.flatMap((day) => (day.uptimePercent === undefined ? [] : [day.uptimePercent]));
  return known.length === 0 ? undefined : known.reduce((sum, value) => sum + value, 0) / known.length;
}

/**
 * An uptime as customers read it, rounded down to two decimals so that a bad day never shows as 100%:
 * 99.9567 → "99.95%".
 */
export function formatUptime(percent: number | undefined): string {
  if (percent === undefined) {
    return "no data";
  }
  return `${(Math.floor(percent * 100 + 1e-9) / 100).toFixed(2)}%`;
}
