import { parser } from "@prometheus-io/lezer-promql";

/** A syntax tree of the PromQL grammar. */
export type PromQLTree = ReturnType<typeof parser.parse>;

/** A node of a PromQL syntax tree. */
export type PromQLNode = PromQLTree["topNode"];

/** A PromQL syntax tree, or the reason the text is not PromQL. */
export type ParseResult = { readonly tree: PromQLTree; readonly error?: undefined } | { readonly error: string };

/**
 * Parses PromQL with the Prometheus project's own grammar (@prometheus-io/lezer-promql). The grammar recovers
 * from errors by inserting error nodes; the first one becomes the message, with its column and the text there.
 */
export function parsePromQL(expression: string): ParseResult {
  if (expression.trim() === "") {
    return { error: "the expression is empty" };
  }
  const tree = parser.parse(expression);
  let errorAt: number | undefined;
  tree.iterate({
    enter: (node) => {
      if (errorAt === undefined && node.type.isError) {
        errorAt = node.from;
      }
      return errorAt === undefined;
    },
  });
  if (errorAt === undefined) {
    return { tree };
  }
  const near = expression.slice(errorAt, errorAt + 20) || "the end of the expression";
  return { error: `syntax error at column ${errorAt + 1}, near "${near}"` };
}

/** The reason an expression is not valid PromQL, or undefined when it parses. */
export function promqlError(expression: string): string | undefined {
  return parsePromQL(expression).error;
}
