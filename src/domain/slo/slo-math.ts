import { Duration } from "../duration";
import type { AlertSeverity } from "../routing/routing";


/**
 * One multiwindow burn-rate alert, as written for the 30-day period of the Google SRE workbook: it fires when
 * `budgetConsumedPercent` of the period's error budget has been spent within `long`, and is still being spent
 * over `short`.
 */
export interface BurnRatePolicy {
  readonly severity: AlertSeverity;
  readonly budgetConsumedPercent: number;
  readonly long: Duration;
  readonly short: Duration;
}

/** A burn-rate alert window pair resolved for a given SLO period. */
export interface BurnRateWindow extends BurnRatePolicy {
  /** How many times faster than "exactly on budget" the error rate must be over both windows. */
  readonly factor: number;
}

/** The period the workbook table is written for; other periods scale its windows. */
export const REFERENCE_PERIOD = Duration.days(30);

/** The workbook's multiwindow, multi-burn-rate table for a 30-day period (DESIGN §4, Sloth's defaults). */
export const WORKBOOK_POLICIES: readonly BurnRatePolicy[] = [
  { severity: "page", budgetConsumedPercent: 2, long: Duration.hours(1), short: Duration.minutes(5) },
  { severity: "page", budgetConsumedPercent: 5, long: Duration.hours(6), short: Duration.minutes(30) },
  { severity: "ticket", budgetConsumedPercent: 10, long: Duration.days(1), short: Duration.hours(2) },
  { severity: "ticket", budgetConsumedPercent: 10, long: Duration.days(3), short: Duration.hours(6) },
];

/** The shortest window a rule may use: shorter windows hold too few scrapes for `rate()` to be meaningful. */
export const SHORTEST_WINDOW = Duration.minutes(5);

/**
 * The error budget of an objective, as a ratio: 99.9 → 0.001. Rounded to 12 significant digits so that
 * floating-point noise (100 − 99.9 = 0.0999999…) never reaches the generated rules.
 */
export function errorBudget(objectivePercent: number): number {
  return roundSignificant((100 - objectivePercent) / 100, 12);
}

/** The objective as a ratio: 99.9 → 0.999. */
export function objectiveRatio(objectivePercent: number): number {
  return roundSignificant(objectivePercent / 100, 12);
}

/**
 * factor = budget% × period / (100 × long window), the workbook formula. Rounded to four decimals, the precision
 * of Sloth's table (28d: 13.44, 5.6, 2.8, 0.9333).
 */
export function burnFactor(budgetConsumedPercent: number, period: Duration, long: Duration): number {
  const exact = (budgetConsumedPercent * period.milliseconds) / (100 * long.milliseconds);
  return Math.round(exact * 10_000) / 10_000;
}

/**
 * Scales a window written for 30 days to another period and rounds it to a length people use: a multiple of
 * five minutes below 50 minutes, whole hours below 20 hours, whole days above. 30d gives the workbook table
 * exactly; 28d gives Sloth's 28-day windows (1h, 6h, 1d, 3d and their short windows); 90d triples every window.
 */
export function scaleWindow(window: Duration, period: Duration): Duration {
  const scaled = (window.milliseconds * period.milliseconds) / REFERENCE_PERIOD.milliseconds;
  const step = scaled < Duration.minutes(50).milliseconds
    ? Duration.minutes(5)
    : scaled < Duration.hours(20).milliseconds
      ? Duration.hours(1)
      : Duration.days(1);
  const steps = Math.max(1, Math.round(scaled / step.milliseconds));
  return Duration.ofMilliseconds(Math.max(steps * step.milliseconds, SHORTEST_WINDOW.milliseconds));
}

/** The burn-rate windows and factors for a period, from policies written for 30 days. */
export function burnRateWindows(
  period: Duration,
  policies: readonly BurnRatePolicy[] = WORKBOOK_POLICIES,
): BurnRateWindow[] {
  return policies.map((policy) => {
    const long = scaleWindow(policy.long, period);
    const short = scaleWindow(policy.short, period);
    return { ...policy, long, short, factor: burnFactor(policy.budgetConsumedPercent, period, long) };
  });
}

/** The windows as given, for an explicit policy that must not be rescaled. */
export function explicitBurnRateWindows(period: Duration, policies: readonly BurnRatePolicy[]): BurnRateWindow[] {
  return policies.map((policy) => ({
    ...policy,
    factor: burnFactor(policy.budgetConsumedPercent, period, policy.long),
  }));
}

/** Every window a set of alerts reads, shortest first, without repeats. */
export function alertWindows(windows: readonly BurnRateWindow[]): Duration[] {
  const byLength = new Map<number, Duration>();
  for (const window of windows) {
    byLength.set(window.short.milliseconds, window.short);
    byLength.set(window.long.milliseconds, window.long);
  }
  return [...byLength.values()].sort((a, b) => a.milliseconds - b.milliseconds);
}

/**
 * The default low-traffic guard: the fewest events a long window must hold before it may page, chosen so that a
 * single failed request can never cross a page threshold on its own (1 / (smallest page factor × budget)).
 * 99.9% over 30 days gives 167: a service at one request a minute cannot page from its 1h window (60 events),
 * but a full outage still pages through the 6h window (360 events).
 */
export function defaultMinimumEventsForPage(windows: readonly BurnRateWindow[], budget: number): number {
  const pageFactors = windows.filter((window) => window.severity === "page").map((window) => window.factor);
  if (pageFactors.length === 0) {
    return 0;
  }
  return Math.ceil(roundSignificant(1 / (Math.min(...pageFactors) * budget), 9));
}

function roundSignificant(value: number, digits: number): number {
  return Number(value.toPrecision(digits));
}
