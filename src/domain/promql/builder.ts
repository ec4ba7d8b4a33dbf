import type { Duration } from "../duration";
import { cleanNumber } from "../numbers";
import type { LabelMatcher, Selector } from "./selector";

/**
 * The one place where PromQL text is assembled. Every function returns a complete expression; operands that are
 * not atomic are wrapped in parentheses, so that composing functions never changes what an expression means.
 */

/** A PromQL string literal with the escapes PromQL requires. */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;
}

/** A number as PromQL prints it, without floating-point noise: 0.001, 14.4, 0.9333. */
export function num(value: number): string {
  return String(cleanNumber(value));
}

/** One label matcher: `name`, an operator (`=`, `!=`, `=~`, `!~`) and the value. */
export function matcher(name: string, operator: LabelMatcher["operator"], value: string): LabelMatcher {
  return { name, operator, value };
}

/** An equality matcher per label: `{ service: "checkout" }` is `service="checkout"`. */
export function equals(labels: Readonly<Record<string, string>>): LabelMatcher[] {
  return Object.keys(labels)
    .sort()
    .map((name) => matcher(name, "=", labels[name]));
}

/** `metric{a="b",c=~"d"}`; a selector with no matchers prints as the bare metric name. */
export function selector(value: Selector): string {
  if (value.matchers.length === 0) {
    return value.metric;
  }
  const inside = value.matchers.map((m) => `${m.name}${m.operator}${quote(m.value)}`).join(",");
  return `${value.metric}{${inside}}`;
}

function range(expression: string, window: Duration): string {
  return `${expression}[${window.toString()}]`;
}

function call(name: string, ...args: string[]): string {
  return `${name}(${args.join(", ")})`;
}

/** `rate(selector[window])`: a counter's per-second increase over the window. */
export function rate(value: Selector, window: Duration): string {
  return call("rate", range(selector(value), window));
}

/** `increase(selector[window])`: a counter's increase over the window. */
export function increase(value: Selector, window: Duration): string {
  return call("increase", range(selector(value), window));
}

/** `sum_over_time(selector[window])`: the sum of a gauge's samples over the window. */
export function sumOverTime(value: Selector, window: Duration): string {
  return call("sum_over_time", range(selector(value), window));
}

/** `count_over_time(selector[window])`: how many samples the window holds. */
export function countOverTime(value: Selector, window: Duration): string {
  return call("count_over_time", range(selector(value), window));
}

/** `sum(expression)`: the sum over every series, without labels. */
export function sum(expression: string): string {
  return call("sum", expression);
}

/** `absent(expression)`: 1 when the expression has no series, for alerts on missing metrics. */
export function absent(expression: string): string {
  return call("absent", expression);
}

/** `vector(value)`: a constant series without labels. */
export function vector(value: number): string {
  return call("vector", num(value));
}

/** Wraps an expression in parentheses unless it is a single call, selector or number. */
export function group(expression: string): string {
  return isAtomic(expression) ? expression : `(${expression})`;
}

function isAtomic(expression: string): boolean {
  if (/^[\w:]+(\{[^{}]*\})?$/.test(expression) || /^-?[\d.]+(e-?\d+)?$/.test(expression)) {
    return true;
  }
  const open = expression.indexOf("(");
  if (open <= 0 || !/^[a-z_]+$/.test(expression.slice(0, open)) || !expression.endsWith(")")) {
    return false;
  }
  let depth = 0;
  let quote: string | undefined;
  for (let index = open; index < expression.length; index++) {
    const char = expression[index];
    if (quote !== undefined) {
      index += char === "\\" ? 1 : 0;
      quote = char === quote ? undefined : quote;
      continue;
    }
    quote = char === '"' || char === "'" || char === "`" ? char : undefined;
    depth += char === "(" ? 1 : char === ")" ? -1 : 0;
    if (depth === 0 && index < expression.length - 1) {
      return false;
    }
  }
  return true;
}

/** `a / b`, each side in parentheses when it needs them. */
export function divide(numerator: string, denominator: string): string {
  return `${group(numerator)} / ${group(denominator)}`;
}

/** `a / on(labels) group_left b`: divides every series of `a` by the one series of `b` that shares `labels`. */
export function divideOnGroupLeft(numerator: string, denominator: string, on: readonly string[]): string {
  return `${group(numerator)} / on(${on.join(", ")}) group_left ${group(denominator)}`;
}

/** `1 - expression`: a ratio's complement, e.g. an error ratio from a success ratio. */
export function oneMinus(expression: string): string {
  return `1 - ${group(expression)}`;
}

/** Keeps only samples above the threshold (a filter, not a boolean). */
export function greaterThan(expression: string, threshold: string): string {
  return `${group(expression)} > ${group(threshold)}`;
}

/** Keeps only samples at or above the threshold (a filter, not a boolean). */
export function atLeast(expression: string, threshold: string): string {
  return `${group(expression)} >= ${group(threshold)}`;
}

/** `a * b`, each side in parentheses when it needs them. */
export function product(left: string, right: string): string {
  return `${group(left)} * ${group(right)}`;
}

/** `max without (labels) (expression)`: the largest series, the listed labels dropped. */
export function maxWithout(expression: string, labels: readonly string[]): string {
  return `max without (${labels.join(", ")}) ${group(expression)}`;
}

/** The operands joined by `and`: series of the first that every other also has. */
export function and(...operands: string[]): string {
  return operands.map(group).join("\nand\n");
}

/** The operands joined by `or`: series of the first, then those of the others it lacks. */
export function or(...operands: string[]): string {
  return operands.map(group).join("\nor\n");
}
