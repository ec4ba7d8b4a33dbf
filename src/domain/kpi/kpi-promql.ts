import type { Duration } from "../duration";
import { group, num } from "../promql/builder";

/**
 * The PromQL a KPI's rules need beyond the shared builder: time shifts, aggregations over a label, clamps and
 * linear prediction. Operands are grouped as the builder groups them, so composing never changes a meaning.
 */

/** `fn(expr[range] offset shift)`; `expr` must be a selector. */
export function overTime(fn: "avg_over_time" | "max_over_time" | "min_over_time", selector: string, range: Duration, shift?: Duration): string {
  return `${fn}(${selector}[${range}]${shift === undefined ? "" : ` offset ${shift}`})`;
}

/** `quantile without (label) (q, expr)`. */
export function quantileWithout(quantile: number, label: string, expression: string): string {
  return `quantile without (${label}) (${num(quantile)}, ${expression})`;
}

/** `stddev without (label) (expr)`. */
export function stddevWithout(label: string, expression: string): string {
  return `stddev without (${label}) (${expression})`;
}

/** `clamp(expr, min, max)`. */
export function clamp(expression: string, min: number, max: number): string {
  return `clamp(${expression}, ${num(min)}, ${num(max)})`;
}

/** `predict_linear(selector[range], seconds)`. */
export function predictLinear(selector: string, range: Duration, horizon: Duration): string {
  return `predict_linear(${selector}[${range}], ${num(horizon.seconds)})`;
}

function binary(left: string, operator: string, right: string): string {
  return `${group(left)} ${operator} ${group(right)}`;
}

export const plus = (left: string, right: string) => binary(left, "+", right);
export const minus = (left: string, right: string) => binary(left, "-", right);
export const times = (left: string, right: string) => binary(left, "*", right);
export const dividedBy = (left: string, right: string) => binary(left, "/", right);
/** Filters: keep the left samples that compare true. */
export const below = (left: string, right: string) => binary(left, "<", right);
export const above = (left: string, right: string) => binary(left, ">", right);
export const atMost = (left: string, right: string) => binary(left, "<=", right);
export const atLeast = (left: string, right: string) => binary(left, ">=", right);

/** The larger of two vectors with the same labels, sample by sample: `(a >= b) or b`. */
export function larger(left: string, right: string): string {
  return `${group(atLeast(left, right))} or ${group(right)}`;
}
