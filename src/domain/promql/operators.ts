import type { Duration } from "../duration";
import { group, num, quote, selector } from "./builder";
import type { Selector } from "./selector";

/**
 * Aggregations, comparisons and range functions beyond builder.ts, for rule packs that read exporters' metrics.
 * Like builder.ts, every function returns a complete expression and wraps operands that are not atomic.
 */

/** A range function's name. */
export type OverTimeFunction = "avg_over_time" | "max_over_time" | "min_over_time" | "sum_over_time" | "count_over_time" | "last_over_time" | "absent_over_time";

/**
 * `fn(series[window] offset x)`: a range function over a selector, or over a recorded series' text. The window may
 * be a placeholder the SLO engine fills in per window.
 */
export function overTime(fn: OverTimeFunction, value: Selector | string, window: Duration | string, offset?: Duration): string {
  return `${fn}(${rangeOf(value, window, offset)})`;
}

function rangeOf(value: Selector | string, window: Duration | string, offset?: Duration): string {
  const series = typeof value === "string" ? value : selector(value);
  return `${series}[${window.toString()}]${offset === undefined ? "" : ` offset ${offset.toString()}`}`;
}

/** `rate(selector[window] offset x)`. */
export function rateAt(value: Selector, window: Duration, offset?: Duration): string {
  return `rate(${rangeOf(value, window, offset)})`;
}

/** `predict_linear(selector[window], seconds)`: the value `ahead` from now at the trend of the window. */
export function predictLinear(value: Selector | string, window: Duration, ahead: Duration): string {
  return `predict_linear(${rangeOf(value, window)}, ${num(ahead.seconds)})`;
}

/** `deriv(selector[window])`: the per-second slope of a gauge over the window. */
export function deriv(value: Selector, window: Duration): string {
  return `deriv(${rangeOf(value, window)})`;
}

/** `changes(selector[window])`. */
export function changes(value: Selector, window: Duration): string {
  return `changes(${rangeOf(value, window)})`;
}

export function abs(expression: string): string {
  return `abs(${expression})`;
}

/** `<aggregation> by (labels) (expression)`. */
export function aggregateBy(aggregation: "sum" | "max" | "min" | "avg" | "count" | "group", labels: readonly string[], expression: string): string {
  return `${aggregation} by (${labels.join(", ")}) (${expression})`;
}

/** `<aggregation> without (labels) (expression)`. */
export function aggregateWithout(aggregation: "sum" | "max" | "min" | "avg" | "count", labels: readonly string[], expression: string): string {
  return `${aggregation} without (${labels.join(", ")}) (${expression})`;
}

export type Comparison = ">" | ">=" | "<" | "<=" | "==" | "!=";

/** A filtering comparison: keeps the samples of `left` for which it holds. */
export function compare(left: string, operator: Comparison, right: string | number): string {
  return `${group(left)} ${operator} ${group(typeof right === "number" ? num(right) : right)}`;
}

export function plus(left: string, right: string): string {
  return `${group(left)} + ${group(right)}`;
}

export function minus(left: string, right: string): string {
  return `${group(left)} - ${group(right)}`;
}

/** `a and on(labels) b`, or plain `and` without labels. */
export function andOn(left: string, right: string, on?: readonly string[]): string {
  return `${group(left)} and${on === undefined ? "" : ` on (${on.join(", ")})`} ${group(right)}`;
}

/** `a and ignoring(labels) b`. */
export function andIgnoring(left: string, right: string, ignoring: readonly string[]): string {
  return `${group(left)} and ignoring (${ignoring.join(", ")}) ${group(right)}`;
}

/** `a unless on(labels) b`: drops the series of `a` that `b` matches. */
export function unlessOn(left: string, right: string, on: readonly string[]): string {
  return `${group(left)} unless on (${on.join(", ")}) ${group(right)}`;
}

/** `a <op> on(labels) group_left b`. */
export function onGroupLeft(left: string, operator: "/" | "*" | "-", right: string, on: readonly string[]): string {
  return `${group(left)} ${operator} on (${on.join(", ")}) group_left ${group(right)}`;
}

/** `time()`: the evaluation instant in seconds since the epoch. */
export const TIME = "time()";

/** `a <op> bool b`: 1 where the comparison holds and 0 where it does not, instead of filtering. */
export function compareBool(left: string, operator: Comparison, right: string | number): string {
  return `${group(left)} ${operator} bool ${group(typeof right === "number" ? num(right) : right)}`;
}

/** `a % b`. */
export function modulo(left: string, right: string | number): string {
  return `${group(left)} % ${group(typeof right === "number" ? num(right) : right)}`;
}

/** `label_replace(expression, "label", "value", "", "")`: sets a label to a constant on every series. */
export function withLabel(expression: string, label: string, value: string): string {
  return `label_replace(${expression}, ${quote(label)}, ${quote(value)}, "", "")`;
}
