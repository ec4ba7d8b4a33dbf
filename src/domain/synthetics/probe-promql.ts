import type { Duration } from "../duration";

/** The PromQL form the probe rules need besides the builder's and its operators: range functions over recorded series. */

/** `avg_over_time(expr[1h] offset 1w)`: a range function over a selector or recorded series, optionally a week back. */
export function overTime(
  fn: "avg_over_time" | "sum_over_time" | "count_over_time",
  series: string,
  window: Duration | string,
  offset?: Duration,
): string {
  return `${fn}(${series}[${window.toString()}]${offset === undefined ? "" : ` offset ${offset.toString()}`})`;
}
