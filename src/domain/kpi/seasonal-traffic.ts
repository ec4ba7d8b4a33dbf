/**
 * Seasonal KPI traffic for generated tests and measurements, shaped like what exporters report: quiet nights and
 * busy afternoons (the busiest minute of a weekday is more than ten times the quietest), a sharp step down at
 * midnight, quieter weekends with sharp steps in and out, slow growth, and noise. Deterministic: every draw is
 * a hash of the seed and the minute, so any stretch of traffic is the same however it is generated. Minute 0 is
 * promtool's time 0, Thursday 1 January 1970 00:00 UTC.
 */

export const MINUTES_PER_DAY = 1440;
export const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

/** The share of the busiest level through a weekday, [hour, share], linear in between; midnight steps down. */
const WEEKDAY: ReadonlyArray<readonly [number, number]> = [
  [0, 0.08], [5, 0.08], [6.5, 0.2], [9, 0.85], [10, 1], [12, 0.9], [13, 1], [17, 0.9], [19, 0.6], [22, 0.35], [24, 0.3],
];
/** Saturdays and Sundays are this share of a weekday, stepping in at Saturday's and out at Monday's midnight. */
const WEEKEND = 0.5;
/** The lowest share of the busiest level the shape reaches: a weekend night. */
export const QUIETEST_SHARE = WEEKDAY[0][1] * WEEKEND;

/** How the generated traffic strays from its shape, each a relative amplitude: ±amplitude, uniformly. */
export interface Noise {
  /**
   * Independently every minute, as scrapes of a busy counter differ; a step of several minutes adds up their
   * independent noise, so its amplitude is this over the square root of its minutes.
   */
  readonly sample: number;
  /** Slowly, through the hour: interpolated between independent draws every hour. */
  readonly hourly: number;
  /** A level of its own for each day. */
  readonly daily: number;
}

/** The noise of the generated tests and the measurements: ±5% a minute, ±1% through the hour and from day to day. */
export const EXPORTER_NOISE: Noise = { sample: 0.05, hourly: 0.01, daily: 0.01 };

/** What the traffic looks like. */
export interface TrafficProfile {
  /** Weekly: weekends are quieter; daily: every day alike. */
  readonly seasonality: "daily" | "weekly";
  /** The level of the busiest minute of a weekday, at minute 0. */
  readonly busiest: number;
  /** Growth a week, compounded: 0.02 for 2%. */
  readonly weeklyGrowth: number;
  readonly noise: Noise;
  readonly seed: number;
}

/**
 * A departure from normal traffic: from `start` (a minute) until `end`, the traffic is multiplied by `factor`,
 * reached linearly over `rampMinutes` (0 for a step).
 */
export interface Anomaly {
  readonly start: number;
  readonly end: number;
  readonly factor: number;
  readonly rampMinutes: number;
}

/** 0 for Sunday … 6 for Saturday, of a minute counted from promtool's time 0 (a Thursday). */
export function weekday(minute: number): number {
  return (Math.floor(minute / MINUTES_PER_DAY) + 4) % 7;
}

/** The share of the busiest level at a minute, by the shape alone. */
export function seasonalShare(minute: number, seasonality: TrafficProfile["seasonality"]): number {
  const hour = (((minute % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY) / 60;
  const next = WEEKDAY.findIndex(([knot]) => knot > hour);
  const [[h0, s0], [h1, s1]] = [WEEKDAY[next - 1], WEEKDAY[next]];
  const share = s0 + ((s1 - s0) * (hour - h0)) / (h1 - h0);
  const day = weekday(minute);
  return seasonality === "weekly" && (day === 0 || day === 6) ? share * WEEKEND : share;
}

/** A uniform draw in [0, 1) for a seed, a stream and an index: a counter-based generator (splitmix32's mixer). */
export function draw(seed: number, stream: number, index: number): number {
  let z = (Math.imul(seed, 0x9e3779b1) ^ Math.imul(stream + 1, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35)) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad) >>> 0;
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97) >>> 0;
  return ((z ^ (z >>> 15)) >>> 0) / 4294967296;
}

/** A draw in [-1, 1]. */
const signed = (seed: number, stream: number, index: number) => 2 * draw(seed, stream, index) - 1;

/** The slow part of the noise at a minute: the day's level and the hour's drift, interpolated smoothly. */
function slowNoise(profile: TrafficProfile, minute: number): number {
  const { seed, noise } = profile;
  const day = noise.daily * signed(seed, 1, Math.floor(minute / MINUTES_PER_DAY));
  const knot = Math.floor(minute / 60);
  const within = (1 - Math.cos((Math.PI * (minute - knot * 60)) / 60)) / 2;
  const hour = noise.hourly * ((1 - within) * signed(seed, 2, knot) + within * signed(seed, 2, knot + 1));
  return (1 + day) * (1 + hour);
}

/** The multiplier the anomalies apply at a minute. */
export function anomalyFactor(anomalies: readonly Anomaly[], minute: number): number {
  return anomalies.reduce((factor, anomaly) => {
    if (minute < anomaly.start || minute >= anomaly.end) {
      return factor;
    }
    const reached = anomaly.rampMinutes === 0 ? 1 : Math.min(1, (minute - anomaly.start) / anomaly.rampMinutes);
    return factor * (1 + (anomaly.factor - 1) * reached);
  }, 1);
}

/**
 * The KPI through `steps` steps of `stepMinutes`: step i covers the minutes from i × stepMinutes (its shape,
 * growth and anomalies are those of that minute) to the next step, and has its own sample noise.
 */
export function generateKpi(profile: TrafficProfile, stepMinutes: number, steps: number, anomalies: readonly Anomaly[] = []): number[] {
  return Array.from({ length: steps }, (_, step) => {
    const minute = step * stepMinutes;
    const growth = (1 + profile.weeklyGrowth) ** (minute / MINUTES_PER_WEEK);
    const sample = 1 + (profile.noise.sample / Math.sqrt(stepMinutes)) * signed(profile.seed, 0, step);
    return profile.busiest * seasonalShare(minute, profile.seasonality) * growth * slowNoise(profile, minute) * sample * anomalyFactor(anomalies, minute);
  });
}
