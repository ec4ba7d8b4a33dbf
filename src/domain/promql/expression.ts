import { promqlError } from "./check";

/**
 * A PromQL expression. The brand keeps a plain string from standing where an expression is expected: the only ways
 * to make one are the builders of this module (selectors, numbers, functions, aggregations, operators, offsets)
 * and {@link declared}, for an expression a user writes, which is parsed before it is trusted.
 *
 * A range's window may be the placeholder {@link WINDOW_PLACEHOLDER}, which the SLO engine fills in per window: such
 * an expression is a template of PromQL until it is.
 */
export type PromQL = string & {
  /** Marks text made by the builders or `declared`: a plain string is not an expression. */
  readonly __brand: "PromQL";
};

/** The placeholder a query SLI writes where the range goes (the same as Sloth's). */
export const WINDOW_PLACEHOLDER = "{{.window}}";

/**
 * Text this module assembled, as an expression. Only the module's files call it; it is not exported from the
 * module's entry (src/domain/promql/index.ts).
 */
export function assembled(text: string): PromQL {
  return text as PromQL;
}

/**
 * The one escape hatch: an expression a user declares (a query SLI, an imported rule), checked with the
 * Prometheus project's grammar (@prometheus-io/lezer-promql) before it is trusted. Throws, naming `what` and the
 * syntax error, when the text is not PromQL; parse user input with `promqlError` first to report a problem instead.
 */
export function declared(text: string, what = "the expression"): PromQL {
  const error = promqlError(text);
  if (error !== undefined) {
    throw new Error(`${what}: "${text}" is not valid PromQL (${error})`);
  }
  return assembled(text);
}

/** Wraps an expression in parentheses unless it is a single call, selector or number. */
export function group(expression: PromQL): PromQL {
  return isAtomic(expression) ? expression : assembled(`(${expression})`);
}

/**
 * Whether the expression is `a ^ b` of a single call, selector or number each: `^` binds tighter than every other
 * binary operator, so such a power needs no parentheses as their operand (only as the left operand of `^`).
 */
export function isAtomicPower(expression: string): boolean {
  for (let at = expression.indexOf(" ^ "); at !== -1; at = expression.indexOf(" ^ ", at + 1)) {
    if (isAtomic(expression.slice(0, at)) && isAtomic(expression.slice(at + 3))) {
      return true;
    }
  }
  return false;
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
