import { assembled, type PromQL } from "./expression";
import { num } from "./vectors";

/** Aggregation operators over the series of an expression. */

/** An aggregation operator without a parameter. */
export type Aggregation = "sum" | "max" | "min" | "avg" | "count" | "group";

/** The labels an aggregation keeps (`by`) or drops (`without`); `by: []` aggregates every series into one. */
export type Grouping =
  | {
      /** The labels the result keeps: `by (…)`. */
      readonly by: readonly string[];
    }
  | {
      /** The labels the result drops: `without (…)`. */
      readonly without: readonly string[];
    };

function clause(grouping: Grouping): string {
  return "by" in grouping ? `by (${grouping.by.join(", ")})` : `without (${grouping.without.join(", ")})`;
}

/** `sum(expression)`, or with a grouping `sum by (labels) (expression)` / `sum without (labels) (expression)`. */
export function aggregate(aggregation: Aggregation, expression: PromQL): PromQL;
export function aggregate(aggregation: Aggregation, grouping: Grouping, expression: PromQL): PromQL;
export function aggregate(aggregation: Aggregation, groupingOrExpression: Grouping | PromQL, expression?: PromQL): PromQL {
  if (typeof groupingOrExpression === "string") {
    return assembled(`${aggregation}(${groupingOrExpression})`);
  }
  return assembled(`${aggregation} ${clause(groupingOrExpression)} (${expression})`);
}

/** `quantile by|without (labels) (q, expression)`: the q-quantile (0 to 1) of the series of each group. */
export function quantile(q: number, grouping: Grouping, expression: PromQL): PromQL {
  return assembled(`quantile ${clause(grouping)} (${num(q)}, ${expression})`);
}

/** `topk(k, expression)`: the `k` series of the largest values. */
export function topk(k: number, expression: PromQL): PromQL {
  return assembled(`topk(${num(k)}, ${expression})`);
}
