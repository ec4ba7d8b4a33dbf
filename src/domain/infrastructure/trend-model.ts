/**
 * What PromQL's range functions return on a series of samples, for the expectations of the trend tests: the
 * capacity forecasts read `predict_linear`, `deriv` and `rate`, whose results the tests must know at each instant.
 */

/** A series' samples at a fixed interval from time 0, in seconds. */
export class TimedSeries {
  constructor(
    private readonly values: readonly number[],
    private readonly intervalSeconds: number,
  ) {}

  /** The samples in `[at - window, at]` (Prometheus 2's range), as `[time, value]`. */
  range(at: number, windowSeconds: number, offsetSeconds = 0): Array<readonly [number, number]> {
    const end = at - offsetSeconds;
    const points: Array<readonly [number, number]> = [];
    for (let index = Math.max(0, Math.ceil((end - windowSeconds) / this.intervalSeconds)); index < this.values.length && index * this.intervalSeconds <= end; index++) {
      points.push([index * this.intervalSeconds, this.values[index]]);
    }
    return points;
  }

  /** The value an instant query sees (the last sample at or before `at`, within 5 minutes). */
  instant(at: number): number | undefined {
    const index = Math.floor(at / this.intervalSeconds);
    return index < this.values.length && at - index * this.intervalSeconds <= 300 ? this.values[index] : undefined;
  }
}

/** Least squares over points, the intercept at `interceptTime`: PromQL's `linearRegression`. */
function regression(points: ReadonlyArray<readonly [number, number]>, interceptTime: number): { slope: number; intercept: number } | undefined {
  if (points.length < 2) return undefined;
  if (points.every(([, value]) => value === points[0][1])) return { slope: 0, intercept: points[0][1] };
  let [n, sumX, sumY, sumXY, sumX2] = [0, 0, 0, 0, 0];
  for (const [time, value] of points) {
    const x = time - interceptTime;
    n += 1;
    sumX += x;
    sumY += value;
    sumXY += x * value;
    sumX2 += x * x;
  }
  const slope = (sumXY - (sumX * sumY) / n) / (sumX2 - (sumX * sumX) / n);
  return { slope, intercept: sumY / n - (slope * sumX) / n };
}

/** `predict_linear(series[window], ahead)` at `at`. */
export function predictLinear(series: TimedSeries, at: number, windowSeconds: number, aheadSeconds: number): number | undefined {
  const fit = regression(series.range(at, windowSeconds), at);
  return fit === undefined ? undefined : fit.intercept + fit.slope * aheadSeconds;
}

/** `deriv(series[window])` at `at`: the slope per second. */
export function deriv(series: TimedSeries, at: number, windowSeconds: number): number | undefined {
  const points = series.range(at, windowSeconds);
  return regression(points, points[0]?.[0] ?? 0)?.slope;
}

/** `rate(series[window] offset o)` at `at`, for a window the samples span exactly (no extrapolation). */
export function rate(series: TimedSeries, at: number, windowSeconds: number, offsetSeconds = 0): number | undefined {
  const points = series.range(at, windowSeconds, offsetSeconds);
  if (points.length < 2) return undefined;
  const [first, last] = [points[0], points[points.length - 1]];
  return (last[1] - first[1]) / (last[0] - first[0]);
}

/**
 * When an alert fires, evaluation by evaluation, from whether its condition holds at each: firing once it has held
 * at every evaluation for `for`.
 */
export function firing(conditions: readonly boolean[], evaluationMinutes: number, forMinutes: number): boolean[] {
  let since: number | undefined;
  return conditions.map((holds, index) => {
    since = holds ? since ?? index : undefined;
    return since !== undefined && (index - since) * evaluationMinutes >= forMinutes;
  });
}

/** The evaluations worth checking: the first and last of every stretch of one state that holds one evaluation either side, and the last. */
export function robustEvaluations(states: readonly string[]): number[] {
  const robust = states.map((state, index) => (index === 0 || states[index - 1] === state) && (index === states.length - 1 || states[index + 1] === state));
  return states
    .map((_, index) => index)
    .filter((index) => robust[index])
    .filter((index) => {
      const startsRun = !robust[index - 1] || states[index - 1] !== states[index];
      const endsRun = index === states.length - 1 || !robust[index + 1] || states[index + 1] !== states[index];
      return startsRun || endsRun;
    });
}
