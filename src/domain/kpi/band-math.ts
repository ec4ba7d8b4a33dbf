/**
 * The numbers behind a KPI's seasonal band, in plain arithmetic: the Prometheus rules compute exactly this (see
 * kpi-rules.ts), and the generated tests predict alerts with it (kpi-twin.ts).
 */

/** The growth a season the trend follows is kept within 1/TREND_LIMIT and TREND_LIMIT: at most 10% a week. */
export const TREND_LIMIT = 1.1;

/** How many seasons back the growth compares the KPI with: two, so that one odd season moves it less. */
export const TREND_SEASONS = 2;

/** The median absolute deviation times this estimates the standard deviation of normally distributed values. */
export const MAD_SCALE = 1.4826;

/**
 * The median, as Prometheus' `quantile(0.5, …)` computes it: the middle value, or the weighted average of the two
 * around the middle rank.
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) {
    throw new Error("the median of no values is undefined");
  }
  const sorted = Float64Array.from(values).sort();
  const rank = (sorted.length - 1) / 2;
  const lower = Math.floor(rank);
  const weight = rank - lower;
  return sorted[lower] * (1 - weight) + sorted[Math.min(sorted.length - 1, lower + 1)] * weight;
}

/** The KPI's growth a season at one time: its value against TREND_SEASONS seasons before, per season. */
export function growth(now: number, seasonsBefore: number): number {
  return (now / seasonsBefore) ** (1 / TREND_SEASONS);
}

/**
 * The trend: the median of the growths over the last season, kept within TREND_LIMIT. A median of ratios near 1,
 * not of the seasonal values: an anomaly (a day's outage) moves it by little.
 */
export function trend(growths: readonly number[]): number {
  return Math.min(TREND_LIMIT, Math.max(1 / TREND_LIMIT, median(growths)));
}

/**
 * A past season's sample brought forward to now: the KPI over the detection window `seasonsAgo` seasons ago,
 * grown by the trend once per season since (unchanged before the KPI has two seasons of history).
 */
export function grownSample(sample: number, trendRatio: number | undefined, seasonsAgo: number): number {
  return sample * (trendRatio ?? 1) ** seasonsAgo;
}

/**
 * How far a normal season strays: the samples' median distance from their median, scaled to a standard deviation
 * (robust: one odd season does not widen it), and at least `minimumPercent` of the median.
 */
export function spread(samples: readonly number[], middle: number, minimumPercent: number): number {
  const deviation = MAD_SCALE * median(samples.map((sample) => Math.abs(sample - middle)));
  return Math.max(deviation, (minimumPercent / 100) * Math.abs(middle));
}

/**
 * The expected level now: the average of the grown samples within `sensitivity` spreads of their median, so that
 * one odd season (last week's outage) is left out and the others average out their noise; undefined when none is.
 */
export function baselineLevel(samples: readonly number[], middle: number, spreadValue: number, sensitivity: number): number | undefined {
  const inside = samples.filter((sample) => Math.abs(sample - middle) <= sensitivity * spreadValue);
  return inside.length === 0 ? undefined : inside.reduce((sum, sample) => sum + sample, 0) / inside.length;
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
