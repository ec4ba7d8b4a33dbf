/**
 * The one place where PromQL is built. Every builder takes and returns a {@link PromQL} expression, a branded
 * string that a plain string cannot stand for; an expression a user writes enters through {@link declared}, which
 * parses it first. Nothing outside this folder assembles query text (test/architecture/promql.test.ts).
 */
export { declared, WINDOW_PLACEHOLDER, type PromQL } from "./expression";
export { equals, matcher, num, offset, selector, type Window } from "./vectors";
export {
  abs,
  absent,
  changes,
  clamp,
  clampMin,
  deriv,
  histogramQuantile,
  increase,
  labelJoin,
  labelReplace,
  overTime,
  predictLinear,
  quantileOverTime,
  rate,
  time,
  vector,
  type OverTimeFunction,
} from "./functions";
export { aggregate, quantile, topk, type Aggregation, type Grouping } from "./aggregations";
export { allOf, and, anyOf, compare, divide, minus, modulo, or, plus, power, times, unless, type Comparison, type Matching, type Operand } from "./binary";
export { matcherTest, parseSelector, readVectorSelector, type LabelMatcher, type MatchOperator, type Selector } from "./selector";
export { locatedPromQLError, offsetAt, parsePromQL, promqlError, promqlSyntaxError, unclosedParenthesis, type ParseResult, type PromQLNode, type PromQLSyntaxError, type PromQLTree } from "./check";
export { formatPromQL, LINE_WIDTH, type FormattedPromQL, type TextPosition } from "./format";
