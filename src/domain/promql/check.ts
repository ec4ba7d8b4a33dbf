import { parser } from "@prometheus-io/lezer-promql";
import { formatPromQL } from "./format";

/** A syntax tree of the PromQL grammar. */
export type PromQLTree = ReturnType<typeof parser.parse>;

/** A node of a PromQL syntax tree. */
export type PromQLNode = PromQLTree["topNode"];

/** A PromQL syntax tree, or the reason the text is not PromQL. */
export type ParseResult =
  | {
      /** The expression's syntax tree. */
      readonly tree: PromQLTree;
      /** Never set when the expression parses. */
      readonly error?: undefined;
    }
  | {
      /** Why the text is not PromQL, and where. */
      readonly error: string;
    };

/** Where an expression stops being PromQL (an offset into it) and why. */
export interface PromQLSyntaxError {
  /** Where the expression stops being PromQL, counted in characters. */
  readonly offset: number;
  /** Why, in words: the text there, or what is missing. */
  readonly reason: string;
}

/** The text at an offset, as an error message quotes it. */
const near = (expression: string, offset: number) => `near "${expression.slice(offset, offset + 20) || "the end of the expression"}"`;

/** 1-based line and column of an offset in the text as written. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** Where an offset is, in words: `column 7` in one-line text, `line 3, column 12` in text of several lines. */
function place(text: string, offset: number): string {
  const { line, column } = lineAndColumn(text, offset);
  return text.includes("\n") ? `line ${line}, column ${column}` : `column ${column}`;
}

/** The offset of a tree's first error node: the grammar recovers from errors by inserting them. */
function firstErrorOffset(tree: PromQLTree): number | undefined {
  let errorAt: number | undefined;
  tree.iterate({
    enter: (node) => {
      if (errorAt === undefined && node.type.isError) {
        errorAt = node.from;
      }
      return errorAt === undefined;
    },
  });
  return errorAt;
}

/** An expression's tree by the Prometheus project's own grammar (@prometheus-io/lezer-promql), or its first error. */
function parseOnce(expression: string): { readonly tree: PromQLTree } | { readonly syntaxError: PromQLSyntaxError } {
  if (expression.trim() === "") {
    return { syntaxError: { offset: 0, reason: "the expression is empty" } };
  }
  const tree = parser.parse(expression);
  const errorAt = firstErrorOffset(tree);
  return errorAt === undefined ? { tree } : { syntaxError: { offset: errorAt, reason: near(expression, errorAt) } };
}

/** The first syntax error of an expression by the Prometheus project's own grammar; undefined when it parses. */
export function promqlSyntaxError(expression: string): PromQLSyntaxError | undefined {
  const parsed = parseOnce(expression);
  return "syntaxError" in parsed ? parsed.syntaxError : undefined;
}

/**
 * Parses PromQL with the Prometheus project's own grammar. The first error becomes the message: where it is (its
 * column, or its line and column in an expression of several lines) and the text there.
 */
export function parsePromQL(expression: string): ParseResult {
  const parsed = parseOnce(expression);
  if ("tree" in parsed) {
    return parsed;
  }
  const { offset, reason } = parsed.syntaxError;
  return { error: expression.trim() === "" ? reason : `syntax error at ${place(expression, offset)}, ${reason}` };
}

/** The reason an expression is not valid PromQL, or undefined when it parses. */
export function promqlError(expression: string): string | undefined {
  return parsePromQL(expression).error;
}

/** The offset of the first `(` never closed (strings and comments skipped), if any. */
export function unclosedParenthesis(expression: string): number | undefined {
  const open: number[] = [];
  for (let index = 0; index < expression.length; index++) {
    const char = expression[index];
    if (char === '"' || char === "'" || char === "`") {
      for (index++; index < expression.length && expression[index] !== char; index++) {
        if (expression[index] === "\\" && char !== "`") index++;
      }
    } else if (char === "#") {
      while (index < expression.length && expression[index] !== "\n") index++;
    } else if (char === "(") open.push(index);
    else if (char === ")") open.pop();
  }
  return open[0];
}

/** The offset of a 1-based line and column of the expression (as promtool counts them), kept inside it. */
export function offsetAt(expression: string, line: number, column: number): number {
  const lines = expression.split("\n");
  const start = lines.slice(0, Math.max(0, line - 1)).reduce((sum, text) => sum + text.length + 1, 0);
  return Math.min(expression.length, start + Math.max(0, column - 1));
}

/** Lines of context shown before and after the error's line. */
const CONTEXT_BEFORE = 3;
const CONTEXT_AFTER = 2;

/**
 * A syntax error shown where it is: the expression laid out for reading (`formatPromQL`), the error's line and
 * column in that layout, and the lines around it with a caret under the place. At the end of an expression with
 * an unclosed parenthesis, the parenthesis itself is shown. `error` is one found elsewhere (promtool's); by default
 * the grammar's own. Undefined when the expression parses and no error is given.
 */
export function locatedPromQLError(expression: string, error: PromQLSyntaxError | undefined = promqlSyntaxError(expression)): string | undefined {
  if (error === undefined) {
    return undefined;
  }
  if (expression.trim() === "") {
    return "the expression is empty";
  }
  const unclosed = expression.slice(error.offset).trim() === "" ? unclosedParenthesis(expression) : undefined;
  const offset = unclosed ?? error.offset;
  const layout = formatPromQL(expression);
  const { line, column } = layout.positionOf(offset);
  const what = unclosed === undefined ? error.reason : 'the "(" here is never closed';
  const from = Math.max(1, line - CONTEXT_BEFORE);
  const to = Math.min(layout.lines.length, line + CONTEXT_AFTER);
  const width = String(to).length;
  const numbered = (number: number) => `${String(number).padStart(width)} | ${layout.lines[number - 1]}`.trimEnd();
  const excerpt = [];
  for (let number = from; number <= to; number++) {
    excerpt.push(numbered(number));
    if (number === line) excerpt.push(`${" ".repeat(width)} | ${" ".repeat(column - 1)}^`);
  }
  const where = layout.lines.length > 1 ? `line ${line}, column ${column} of the expression as laid out below` : `column ${column}`;
  return [`syntax error at ${where}${what.startsWith("near") ? ", " : ": "}${what}`, ...excerpt].join("\n");
}
