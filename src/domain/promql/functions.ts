import type { Duration } from "../duration";
import { assembled, type PromQL } from "./expression";
import type { Selector } from "./selector";
import { num, quote, range, type Window } from "./vectors";

/** PromQL's functions: each returns a single call, which never needs parentheses around it. */

function call(name: string, ...args: readonly string[]): PromQL {
  return assembled(`${name}(${args.join(", ")})`);
}

/** `rate(series[window] offset ago)`: the per-second rate of a counter. */
export function rate(value: Selector, window: Window, ago?: Duration): PromQL {
  return call("rate", range(value, window, ago));
}

/** `increase(series[window])`: how much a counter grew over the window. */
export function increase(value: Selector, window: Window): PromQL {
  return call("increase", range(value, window));
}

/** A range function's name. */
export type OverTimeFunction = "avg_over_time" | "max_over_time" | "min_over_time" | "sum_over_time" | "count_over_time" | "last_over_time" | "absent_over_time";

/** `fn(series[window] offset ago)`: a range function over a selector or a recorded series. */
export function overTime(fn: OverTimeFunction, value: Selector | PromQL, window: Window, ago?: Duration): PromQL {
  return call(fn, range(value, window, ago));
}

/** `quantile_over_time(q, series[window])`. */
export function quantileOverTime(quantile: number, value: Selector | PromQL, window: Window): PromQL {
  return call("quantile_over_time", num(quantile), range(value, window));
}

/** `predict_linear(series[window], seconds)`: the value `ahead` from now at the trend of the window. */
export function predictLinear(value: Selector | PromQL, window: Duration, ahead: Duration): PromQL {
  return call("predict_linear", range(value, window), num(ahead.seconds));
}

/** `deriv(series[window])`: the per-second slope of a gauge over the window. */
export function deriv(value: Selector, window: Duration): PromQL {
  return call("deriv", range(value, window));
}

/** `changes(series[window])`: how many times the value changed in the window. */
export function changes(value: Selector, window: Duration): PromQL {
  return call("changes", range(value, window));
}

/** `histogram_quantile(q, buckets)`: the quantile of a classic histogram's buckets (by `le`). */
export function histogramQuantile(quantile: number, buckets: PromQL): PromQL {
  return call("histogram_quantile", num(quantile), buckets);
}

/** `absent(expression)`: one sample when the expression has none. */
export function absent(expression: PromQL): PromQL {
  return call("absent", expression);
}

/** `vector(scalar)`: one series without labels, of a number or of a scalar expression such as `time()`. */
export function vector(value: number | PromQL): PromQL {
  return call("vector", typeof value === "number" ? num(value) : value);
}

/** `time()`: the evaluation instant in seconds since the epoch. */
export function time(): PromQL {
  return call("time");
}

/** `abs(expression)`. */
export function abs(expression: PromQL): PromQL {
  return call("abs", expression);
}

/** `clamp(expression, min, max)`. */
export function clamp(expression: PromQL, min: number, max: number): PromQL {
  return call("clamp", expression, num(min), num(max));
}

/** `clamp_min(expression, min)`. */
export function clampMin(expression: PromQL, min: number): PromQL {
  return call("clamp_min", expression, num(min));
}

/**
 * `label_replace(expression, "destination", "replacement", "source", "regex")`; with the default empty source and
 * regex it sets the destination label to a constant on every series.
 */
export function labelReplace(expression: PromQL, destination: string, replacement: string, source = "", regex = ""): PromQL {
  return call("label_replace", expression, quote(destination), quote(replacement), quote(source), quote(regex));
}

/** `label_join(expression, "destination", "separator", "source", …)`. */
export function labelJoin(expression: PromQL, destination: string, separator: string, ...sources: readonly string[]): PromQL {
  return call("label_join", expression, ...[destination, separator, ...sources].map(quote));
}
