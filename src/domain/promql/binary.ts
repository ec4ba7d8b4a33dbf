import { assembled, group, isAtomicPower, type PromQL } from "./expression";
import { num } from "./vectors";

/**
 * Binary operators. Every operand that is not a single call, selector or number is wrapped in parentheses, so that
 * composing operators never changes what an expression means, whatever PromQL's precedence.
 */

/** An operand: an expression, or a number printed as {@link num} prints it. */
export type Operand = PromQL | number;

/** A filtering comparison (or, with `bool`, one giving 1 or 0). */
export type Comparison = ">" | ">=" | "<" | "<=" | "==" | "!=";

/**
 * How the series of the two sides are matched: `on (labels)` or `ignoring (labels)`, `group_left` for many-to-one
 * (`true` writes it bare, a list writes `group_left (labels)`), and `bool` for a comparison giving 1 or 0 instead
 * of filtering.
 */
export interface Matching {
  /**
   * Match series on these labels only: `on(…)`.
   * @default every label
   */
  readonly on?: readonly string[];
  /**
   * Match series on every label but these: `ignoring(…)`.
   * @default none ignored
   */
  readonly ignoring?: readonly string[];
  /**
   * Many left series to one right series, `group_left`, copying these labels of the right side (`true`: none).
   * @default one to one
   */
  readonly groupLeft?: readonly string[] | true;
  /**
   * A comparison returns 0 or 1 instead of filtering: `> bool`.
   * @default filtering
   */
  readonly bool?: true;
  /**
   * Writes `on(labels)` without the space, as Sloth writes its burn rates; kept so that the SLO rules of existing
   * stacks do not change.
   */
  readonly tight?: true;
}

const labels = (names: readonly string[], tight = false) => `${tight ? "" : " "}(${names.join(", ")})`;

function modifiers(matching: Matching): string {
  return [
    matching.bool ? " bool" : "",
    matching.on === undefined ? "" : ` on${labels(matching.on, matching.tight)}`,
    matching.ignoring === undefined ? "" : ` ignoring${labels(matching.ignoring)}`,
    matching.groupLeft === undefined ? "" : ` group_left${matching.groupLeft === true ? "" : labels(matching.groupLeft)}`,
  ].join("");
}

/** An operand as written: in parentheses unless atomic, or a power of atomic operands under a looser operator. */
function operand(value: Operand, operator: string): PromQL {
  const expression = typeof value === "number" ? num(value) : value;
  return operator !== "^" && isAtomicPower(expression) ? expression : group(expression);
}

function binary(left: Operand, operator: string, right: Operand, matching: Matching = {}): PromQL {
  return assembled(`${operand(left, operator)} ${operator}${modifiers(matching)} ${operand(right, operator)}`);
}

/** `left + right`. */
export const plus = (left: Operand, right: Operand, matching?: Matching) => binary(left, "+", right, matching);
/** `left - right`. */
export const minus = (left: Operand, right: Operand, matching?: Matching) => binary(left, "-", right, matching);
/** `left * right`. */
export const times = (left: Operand, right: Operand, matching?: Matching) => binary(left, "*", right, matching);
/** `left / right`. */
export const divide = (left: Operand, right: Operand, matching?: Matching) => binary(left, "/", right, matching);
/** `left % right`. */
export const modulo = (left: Operand, right: Operand, matching?: Matching) => binary(left, "%", right, matching);
/** `left ^ right`. */
export const power = (left: Operand, right: Operand, matching?: Matching) => binary(left, "^", right, matching);

/** `left <comparison> right`: keeps the samples of `left` for which it holds (with `bool`: 1 or 0). */
export function compare(left: Operand, comparison: Comparison, right: Operand, matching?: Matching): PromQL {
  return binary(left, comparison, right, matching);
}

/** `left and right`: the series of `left` that `right` matches. */
export const and = (left: Operand, right: Operand, matching?: Matching) => binary(left, "and", right, matching);
/** `left or right`: the series of `left`, and those of `right` that `left` does not match. */
export const or = (left: Operand, right: Operand, matching?: Matching) => binary(left, "or", right, matching);
/** `left unless right`: the series of `left` that `right` does not match. */
export const unless = (left: Operand, right: Operand, matching?: Matching) => binary(left, "unless", right, matching);

/** Every operand's series that all the others match: `a\nand\nb\nand\nc`, one operand a line. */
export function allOf(...operands: readonly PromQL[]): PromQL {
  return assembled(operands.map(group).join("\nand\n"));
}

/** The series of any operand: `a\nor\nb\nor\nc`, one operand a line. */
export function anyOf(...operands: readonly PromQL[]): PromQL {
  return assembled(operands.map(group).join("\nor\n"));
}
