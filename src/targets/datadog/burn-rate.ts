import { Duration } from "../../domain/duration";
import { burnFactor, type BurnRateWindow } from "../../domain/slo/slo-math";

/** The longest window Datadog accepts in a burn-rate alert. */
export const DATADOG_LONGEST_WINDOW = Duration.hours(48);

/** The timeframes a Datadog SLO can be measured over. */
export const DATADOG_TIMEFRAMES = ["7d", "30d", "90d"] as const;

/** The Datadog timeframe of an SLO period, or undefined when Datadog has none that long. */
export function datadogTimeframe(period: Duration): string | undefined {
  return (DATADOG_TIMEFRAMES as readonly string[]).find((timeframe) => timeframe === `${period.days}d`);
}

/**
 * The window pairs as Datadog burn-rate monitors can express them. A pair whose long window exceeds 48 hours
 * becomes 48h with a 4h short window (1/12, as Datadog suggests) and a factor recomputed so that it still fires
 * once the same share of the budget is spent: 10% in 3d of 30d (1x) becomes 10% in 48h (1.5x).
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
  if (window.long.milliseconds <= DATADOG_LONGEST_WINDOW.milliseconds) {
    return window;
  }
  const long = DATADOG_LONGEST_WINDOW;
  return {
    ...window,
    long,
    short: Duration.ofMilliseconds(long.milliseconds / 12),
    factor: burnFactor(window.budgetConsumedPercent, period, long),
  };
}

/** A window as Datadog writes it: whole hours as `Nh`, else minutes. */
export function datadogWindow(window: Duration): string {
  return Number.isInteger(window.hours) ? `${window.hours}h` : `${window.minutes}m`;
}
