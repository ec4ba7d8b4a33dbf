import { Duration } from "../../domain/duration";
import { burnFactor, type BurnRateWindow } from "../../domain/slo/slo-math";

/**
 * The bounds of a burn-rate alert's long window, which Datadog takes in whole hours: "1 hour <= long window <= 48
 * hours" (DataDog/documentation `content/en/service_management/service_level_objectives/burn_rate.md`).
 */
export const DATADOG_SHORTEST_WINDOW = Duration.hours(1);
export const DATADOG_LONGEST_WINDOW = Duration.hours(48);

/** The timeframes a Datadog SLO can be measured over. */
export const DATADOG_TIMEFRAMES = ["7d", "30d", "90d"] as const;

/** The Datadog timeframe of an SLO period, or undefined when Datadog has none that long. */
export function datadogTimeframe(period: Duration): string | undefined {
  return (DATADOG_TIMEFRAMES as readonly string[]).find((timeframe) => timeframe === `${period.days}d`);
}

/**
 * The window pairs as Datadog burn-rate monitors can express them. A pair whose long window is not whole hours
 * between 1 and 48 becomes the nearest that is (3d becomes 48h, 15m becomes 1h, 90m becomes 2h) with a short window
 * of 1/12 of it (as Datadog suggests) and a factor recomputed so that it still fires once the same share of the
 * budget is spent: 10% in 3d of 30d (1x) becomes 10% in 48h (1.5x).
 *
 * Pairs of a severity that end up with the same long window (over 90 days, the 3d/6h and 9d/18h tickets both
 * become 48h/4h) are one monitor: the one with the lowest factor, which fires whenever any of them would over
 * that window, so no alert is lost and no two monitors say the same thing.
 */
export function datadogBurnRateWindows(windows: readonly BurnRateWindow[], period: Duration): BurnRateWindow[] {
  const kept = new Map<string, BurnRateWindow>();
  for (const window of windows.map((pair) => clamped(pair, period))) {
    const key = `${window.severity} ${window.long.milliseconds}`;
    const same = kept.get(key);
    if (same === undefined || window.factor < same.factor) {
      kept.set(key, window);
    }
  }
  return [...kept.values()];
}

function clamped(window: BurnRateWindow, period: Duration): BurnRateWindow {
  const hours = Math.min(DATADOG_LONGEST_WINDOW.hours, Math.max(DATADOG_SHORTEST_WINDOW.hours, Math.ceil(window.long.hours)));
  if (hours === window.long.hours) {
    return window;
  }
  const long = Duration.hours(hours);
  return {
    ...window,
    long,
    short: Duration.ofMilliseconds(long.milliseconds / 12),
    factor: burnFactor(window.budgetConsumedPercent, period, long),
  };
}

/** A burn-rate alert's long window as Datadog takes it, in hours: `1h`, `48h` (a window of datadogBurnRateWindows). */
export function datadogLongWindow(window: Duration): string {
  return `${window.hours}h`;
}

/** A burn-rate alert's short window as Datadog takes it, in whole minutes: `5m`, `120m`, `240m`. */
export function datadogShortWindow(window: Duration): string {
  return `${Math.ceil(window.minutes)}m`;
}

/** A window of a monitor or event query as Datadog writes it: whole hours as `Nh`, else minutes. */
export function datadogWindow(window: Duration): string {
  return Number.isInteger(window.hours) ? `${window.hours}h` : `${window.minutes}m`;
}
