import { Duration } from "../duration";

/**
 * The numbers behind a KPI's seasonal band, in plain arithmetic: the Prometheus rules compute exactly this (see
 * kpi-rules.ts), and the generated tests predict alerts with it.
 */

/** Each past season's sample is the KPI averaged over an hour centred on the same time of that season. */
export const SMOOTHING_WINDOW = Duration.hours(1);

/** The trend (last season's average over the one before) moves the baseline by at most this factor either way. */
export const TREND_LIMIT = 1.25;

/** The median, as Prometheus' `quantile(0.5, …)` computes it: the middle value, or the mean of the middle two. */
export function median(values: readonly number[]): number {
  if (values.length === 0) {
    throw new Error("the median of no values is undefined");
  }
  const sorted = [...values].sort((a, b) => a - b);
  const middle = (sorted.length - 1) / 2;
  return (sorted[Math.floor(middle)] + sorted[Math.ceil(middle)]) / 2;
}

/** The population standard deviation, as Prometheus' `stddev` computes it. */
export function standardDeviation(values: readonly number[]): number {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length);
}

/** Last season's average over the one before, kept within 1/TREND_LIMIT and TREND_LIMIT. */
export function trend(lastSeasonAverage: number, seasonBeforeAverage: number): number {
  const ratio = lastSeasonAverage / seasonBeforeAverage;
  return Math.min(TREND_LIMIT, Math.max(1 / TREND_LIMIT, ratio));
}

/** The expected level now: the median of the past seasons' samples, scaled by the trend. */
export function baselineLevel(samples: readonly number[], trendRatio: number): number {
  return median(samples) * trendRatio;
}

/** How far a normal season strays: the samples' standard deviation, at least `minimumPercent` of the level. */
export function spread(samples: readonly number[], level: number, minimumPercent: number): number {
  return Math.max(standardDeviation(samples), (Math.abs(level) * minimumPercent) / 100);
}

/** The band the KPI is expected in: the level plus or minus `sensitivity` spreads. */
export function band(level: number, spreadValue: number, sensitivity: number): { lower: number; upper: number } {
  return { lower: level - sensitivity * spreadValue, upper: level + sensitivity * spreadValue };
}

/** How many spreads the value is from the level (negative below it). */
export function deviation(value: number, level: number, spreadValue: number): number {
  return (value - level) / spreadValue;
}

/** The relative impact of the KPI against its baseline: -0.01 is 1% short. */
export function impact(averageValue: number, averageLevel: number): number {
  return averageValue / averageLevel - 1;
}

/**
 * The factor of the baseline at which a relative threshold puts the limit, on the KPI's bad side: 95% of
 * baseline is 0.95; an impact of at most 1% is 0.99 when higher is better, 1.01 when lower is.
 */
export function relativeLimit(
  direction: "higher" | "lower",
  threshold: { readonly percentOfBaseline?: number; readonly maxImpactPercent?: number },
): number | undefined {
  if (threshold.percentOfBaseline !== undefined) {
    return threshold.percentOfBaseline / 100;
  }
  if (threshold.maxImpactPercent !== undefined) {
    return 1 + ((direction === "higher" ? -1 : 1) * threshold.maxImpactPercent) / 100;
  }
  return undefined;
}
