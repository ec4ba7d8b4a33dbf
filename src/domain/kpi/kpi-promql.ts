import { group, num } from "../promql/builder";

/**
 * The PromQL a KPI's rules need beyond the shared builder and its operators: aggregations over a label, clamps and
 * arithmetic. Operands are grouped as the builder groups them, so composing never changes a meaning.
 */

/** `quantile without (label) (q, expr)`. */
export function quantileWithout(quantile: number, label: string, expression: string): string {
  return `quantile without (${label}) (${num(quantile)}, ${expression})`;
}

/** `avg without (label) (expr)`. */
export function averageWithout(label: string, expression: string): string {
  return `avg without (${label}) (${expression})`;
}

/** `clamp(expr, min, max)`. */
export function clamp(expression: string, min: number, max: number): string {
  return `clamp(${expression}, ${num(min)}, ${num(max)})`;
}

function binary(left: string, operator: string, right: string): string {
  return `${group(left)} ${operator} ${group(right)}`;
}

export const plus = (left: string, right: string) => binary(left, "+", right);
/** `left ^ exponent`. */
export const power = (left: string, exponent: number) => binary(left, "^", num(exponent));
/** `left * on () right`: two one-element vectors whatever their labels, keeping the left's labels. */
export const timesOn = (left: string, right: string) => binary(left, "* on ()", right);
/** `left / on () right`: two one-element vectors whatever their labels, keeping the left's labels. */
export const dividedByOn = (left: string, right: string) => binary(left, "/ on ()", right);

/** `left - ignoring (label) group_left right`: each of the left's series less the right's one series without the label. */
export function minusIgnoring(left: string, label: string, right: string): string {
  return binary(left, `- ignoring (${label}) group_left ()`, right);
}

/** `left <= ignoring (label) group_left right`: keeps each of the left's series at most the right's one series. */
export function atMostIgnoring(left: string, label: string, right: string): string {
  return binary(left, `<= ignoring (${label}) group_left ()`, right);
}
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
