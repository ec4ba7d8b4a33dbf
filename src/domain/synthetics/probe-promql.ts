import type { Duration } from "../duration";
import { group, num } from "../promql/builder";

/**
 * The PromQL forms the probe rules need besides the builder's: aggregations by labels, range functions with an
 * offset, comparisons. Each returns a complete expression; operands are grouped as the builder groups them.
 */

/** `max by (a, b) (expr)`. */
export function aggregateBy(operator: "max" | "min" | "avg" | "sum" | "count", labels: readonly string[], expression: string): string {
  return `${operator} by (${labels.join(", ")}) (${expression})`;
}

/** `avg_over_time(expr[1h] offset 1w)`: a range function over a selector or recorded series, optionally a week back. */
export function overTime(
  fn: "avg_over_time" | "sum_over_time" | "count_over_time",
  series: string,
  window: Duration | string,
  offset?: Duration,
): string {
  return `${fn}(${series}[${window.toString()}]${offset === undefined ? "" : ` offset ${offset.toString()}`})`;
}

/** Keeps the samples equal to a value (a filter): `expr == 0`. */
export function equalTo(expression: string, value: number): string {
  return `${group(expression)} == ${num(value)}`;
}

/** Keeps the samples below a value (a filter): `expr < 1209600`. */
export function lessThan(expression: string, threshold: string): string {
  return `${group(expression)} < ${group(threshold)}`;
}

export function minus(left: string, right: string): string {
  return `${group(left)} - ${group(right)}`;
}
