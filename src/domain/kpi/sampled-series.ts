/**
 * Prometheus' range and instant selection and the range functions a KPI's rules use, on a series sampled at a
 * fixed step from time 0: what a promtool input series is. Prometheus 2 selects a range's samples with both ends
 * included, Prometheus 3 leaves its start out; the generated tests predict with both and keep what they agree on.
 */

/** Which samples at a range's edges it holds: `closed` (Prometheus 2) or `left-open` (Prometheus 3). */
export type RangeEdges = "closed" | "left-open";

export const RANGE_EDGES: readonly RangeEdges[] = ["closed", "left-open"];

/** How far back an instant selector looks for a sample, Prometheus' default lookback delta. */
const LOOKBACK_SECONDS = 300;

/** A series with one sample every `stepSeconds` from time 0, as promtool loads it. */
export class SampledSeries {
  constructor(
    readonly stepSeconds: number,
    readonly values: readonly number[],
  ) {}

  /** The indices of the samples in the range of `windowSeconds` ending at `at`, or undefined when it has none. */
  private range(at: number, windowSeconds: number, edges: RangeEdges): { first: number; last: number } | undefined {
    const start = (at - windowSeconds) / this.stepSeconds;
    const first = Math.max(0, edges === "closed" ? Math.ceil(start) : Math.floor(start) + 1);
    const last = Math.min(this.values.length - 1, Math.floor(at / this.stepSeconds));
    return first <= last ? { first, last } : undefined;
  }

  /** The latest sample within the lookback delta before `at`, as an instant selector reads it. */
  instant(at: number, edges: RangeEdges): number | undefined {
    const found = this.range(at, LOOKBACK_SECONDS, edges);
    return found === undefined ? undefined : this.values[found.last];
  }

  /** `avg_over_time(series[window])` at `at`. */
  averageOverTime(at: number, windowSeconds: number, edges: RangeEdges): number | undefined {
    const found = this.range(at, windowSeconds, edges);
    if (found === undefined) {
      return undefined;
    }
    let sum = 0;
    for (let index = found.first; index <= found.last; index++) {
      sum += this.values[index];
    }
    return sum / (found.last - found.first + 1);
  }

  /**
   * `rate(counter[window])` at `at`, extrapolated as Prometheus does: towards the range's edges when the first or
   * last sample is within 1.1 average intervals of them (else half an interval), never below the counter's zero.
   * The counter must not reset.
   */
  rate(at: number, windowSeconds: number, edges: RangeEdges): number | undefined {
    const found = this.range(at, windowSeconds, edges);
    if (found === undefined || found.last === found.first) {
      return undefined;
    }
    const [firstTime, lastTime] = [found.first * this.stepSeconds, found.last * this.stepSeconds];
    const [firstValue, lastValue] = [this.values[found.first], this.values[found.last]];
    const increase = lastValue - firstValue;
    const sampled = lastTime - firstTime;
    const averageInterval = sampled / (found.last - found.first);
    let toStart = firstTime - (at - windowSeconds);
    const toEnd = at - lastTime;
    if (increase > 0 && firstValue >= 0) {
      toStart = Math.min(toStart, sampled * (firstValue / increase));
    }
    const threshold = averageInterval * 1.1;
    const extrapolated = sampled + (toStart < threshold ? toStart : averageInterval / 2) + (toEnd < threshold ? toEnd : averageInterval / 2);
    return (increase * (extrapolated / sampled)) / windowSeconds;
  }
}
