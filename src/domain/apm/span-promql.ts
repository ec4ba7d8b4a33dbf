import type { Duration } from "../duration";
import * as promql from "../promql/builder";
import type { Selector } from "../promql/selector";

/** PromQL the span-metric rules need beyond the shared builder: grouped sums, quantiles and week-ago offsets. */

/** `sum by (labels) (expression)`. */
export function sumBy(labels: readonly string[], expression: string): string {
  return `sum by (${labels.join(", ")}) (${expression})`;
}

/** The summed per-second rate of a counter, by some labels. */
export function rateBy(labels: readonly string[], counter: Selector, window: Duration): string {
  return sumBy(labels, promql.rate(counter, window));
}

/** `histogram_quantile(q, sum by (labels, le) (rate(buckets[window])))`. */
export function quantileBy(quantile: number, labels: readonly string[], buckets: Selector, window: Duration): string {
  return `histogram_quantile(${promql.num(quantile)}, ${rateBy([...labels, "le"], buckets, window)})`;
}

/** The average of a recorded series over a window, optionally as it was `ago` earlier. */
export function averageOver(series: string, window: Duration, ago?: Duration): string {
  return `avg_over_time(${series}[${window}]${ago === undefined ? "" : ` offset ${ago}`})`;
}

/** A series as it was `ago` earlier. */
export function offset(series: string, ago: Duration): string {
  return `${series} offset ${ago}`;
}
