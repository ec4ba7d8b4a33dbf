import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { locatedPromQLError, offsetAt, promqlError, unclosedParenthesis } from "../../../src/domain/promql";
import { formatPromQL, LINE_WIDTH } from "../../../src/domain/promql";
import { ROOT } from "../../support/example";

/** Every expression of the example organisation's committed rule files. */
function exampleExpressions(): string[] {
  const folder = join(ROOT, "snapshots/dist/production/prometheus");
  return readdirSync(folder).flatMap((file) => {
    const { groups } = parse(readFileSync(join(folder, file), "utf8")) as { groups: Array<{ rules: Array<{ expr: string }> }> };
    return groups.flatMap((group) => group.rules.map((rule) => rule.expr));
  });
}

const squeezed = (text: string) => text.replace(/\s+/g, "");

describe("formatPromQL", () => {
  it("keeps an expression whose lines fit as it is", () => {
    expect(formatPromQL("sum(rate(x[5m]))").lines).toEqual(["sum(rate(x[5m]))"]);
    expect(formatPromQL("a\nor\nb").lines).toEqual(["a", "or", "b"]);
    expect(formatPromQL("a\nor\nb").positionOf(5)).toEqual({ line: 3, column: 1 });
  });

  it("breaks a long expression at its loosest operators, then inside its widest parentheses, indented by depth", () => {
    const long = `sum(rate(http_requests_total{service="checkout",code=~"5.."}[5m])) / on (env) group_left sum(rate(http_requests_total{service="checkout"}[5m])) > bool 0.5`;
    expect(formatPromQL(long).lines).toEqual([
      'sum(rate(http_requests_total{service="checkout",code=~"5.."}[5m]))',
      '/ on (env) group_left sum(rate(http_requests_total{service="checkout"}[5m]))',
      "> bool 0.5",
    ]);
  });

  it("lays every example expression out in lines that fit, saying the same, parsing, each character mapped", () => {
    const expressions = exampleExpressions().map((expression) => expression.replaceAll("\n", " "));
    expect(expressions.length).toBeGreaterThan(100);
    for (const expression of expressions) {
      const { lines, positionOf } = formatPromQL(expression);
      const text = lines.join("\n");
      expect(squeezed(text)).toBe(squeezed(expression));
      expect(promqlError(text), text).toBeUndefined();
      // A line may be longer only where one selector is, after the operator that joins it.
      const operator = /^(?:or|and|unless|[-+*/%^]|[=!<>]=?)(?: bool)?(?: ?(?:on|ignoring) ?\([^)]*\))?(?: group_(?:left|right)(?: ?\([^)]*\))?)? /;
      lines
        .filter((line) => line.length > LINE_WIDTH)
        .forEach((line) => expect(line.trim().replace(operator, ""), line).toMatch(/^[\w:]+\{[^}]*\}(\[\w+\])?( offset \w+)?$/));
      for (let offset = 0; offset < expression.length; offset += 7) {
        if (/\s/.test(expression[offset])) continue;
        const { line, column } = positionOf(offset);
        expect(lines[line - 1][column - 1]).toBe(expression[offset]);
      }
    }
  });
});

describe("locatedPromQLError", () => {
  it("shows a one-line error by its column, with a caret under it", () => {
    expect(locatedPromQLError("up )")).toBe('syntax error at column 4, near ")"\n1 | up )\n  |    ^');
    expect(locatedPromQLError("sum(up")).toBe('syntax error at column 4: the "(" here is never closed\n1 | sum(up\n  |    ^');
    expect(locatedPromQLError("up")).toBeUndefined();
  });

  it("locates an error of a long one-line expression by the line and column it has once laid out", () => {
    const broken = `(max without (sloth_window) (slo:sli_error:ratio_rate5m{sloth_id="shop-availability",sloth_service="shop"} > (14.4 * * 0.001))) and (max without (sloth_window) (slo:sli_error:ratio_rate1h{sloth_id="shop-availability"} > 1))`;
    expect(promqlError(broken)).toMatch(/^syntax error at column 118,/);
    const located = locatedPromQLError(broken) ?? "";
    expect(located.split("\n")).toEqual([
      'syntax error at line 3, column 93 of the expression as laid out below, near "* 0.001))) and (max "',
      "1 | (",
      "2 |   max without (sloth_window) (",
      '3 |     slo:sli_error:ratio_rate5m{sloth_id="shop-availability",sloth_service="shop"} > (14.4 * * 0.001)',
      `  | ${" ".repeat(92)}^`,
      "4 |   )",
      "5 | )",
    ]);
  });

  it("points at the parenthesis never closed, and takes promtool's own line and column", () => {
    const expression = "sum(rate(a[5m]))\nor\n(sum(rate(b[5m]))";
    expect(unclosedParenthesis(expression)).toBe(20);
    expect(offsetAt(expression, 3, 18)).toBe(expression.length);
    expect(locatedPromQLError(expression, { offset: offsetAt(expression, 3, 18), reason: "unclosed left parenthesis" })).toBe(
      ['syntax error at line 3, column 1 of the expression as laid out below: the "(" here is never closed', "1 | sum(rate(a[5m]))", "2 | or", "3 | (sum(rate(b[5m]))", "  | ^"].join("\n"),
    );
  });

  it("names a multi-line expression's error by line and column, never by its offset", () => {
    expect(promqlError("sum(a)\nor\nsum(b))")).toBe('syntax error at line 3, column 7, near ")"');
  });
});
