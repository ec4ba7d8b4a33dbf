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

export function matcher(name: string, operator: LabelMatcher["operator"], value: string): LabelMatcher {
  return { name, operator, value };
}

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

export function rate(value: Selector, window: Duration): string {
  return call("rate", range(selector(value), window));
}

export function increase(value: Selector, window: Duration): string {
  return call("increase", range(selector(value), window));
}

export function sumOverTime(value: Selector, window: Duration): string {
  return call("sum_over_time", range(selector(value), window));
}

export function countOverTime(value: Selector, window: Duration): string {
  return call("count_over_time", range(selector(value), window));
}

export function sum(expression: string): string {
  return call("sum", expression);
}

export function absent(expression: string): string {
  return call("absent", expression);
}

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

export function divide(numerator: string, denominator: string): string {
  return `${group(numerator)} / ${group(denominator)}`;
}

/** `a / on(labels) group_left b`: divides every series of `a` by the one series of `b` that shares `labels`. */
export function divideOnGroupLeft(numerator: string, denominator: string, on: readonly string[]): string {
  return `${group(numerator)} / on(${on.join(", ")}) group_left ${group(denominator)}`;
}

export function oneMinus(expression: string): string {
  return `1 - ${group(expression)}`;
}

/** Keeps only samples above the threshold (a filter, not a boolean). */
export function greaterThan(expression: string, threshold: string): string {
  return `${group(expression)} > ${group(threshold)}`;
}

export function atLeast(expression: string, threshold: string): string {
  return `${group(expression)} >= ${group(threshold)}`;
}

export function product(left: string, right: string): string {
  return `${group(left)} * ${group(right)}`;
}

export function maxWithout(expression: string, labels: readonly string[]): string {
  return `max without (${labels.join(", ")}) ${group(expression)}`;
}

export function and(...operands: string[]): string {
  return operands.map(group).join("\nand\n");
}

export function or(...operands: string[]): string {
  return operands.map(group).join("\nor\n");
}
