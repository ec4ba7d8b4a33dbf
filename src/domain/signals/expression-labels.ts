import { parsePromQL, type PromQLNode } from "../promql";
import { readVectorSelector, type Selector } from "../promql";
import { closedLabels, common, keepOnly, SCALAR, without, withLabel, type LabelSet } from "./label-set";

/** The labels of the series a selector reads, as the sources that produce them say. */
export type SelectorLabels = (selector: Selector) => LabelSet;

/** An expression's selectors, and the labels of the series it returns. */
export interface ExpressionSignals {
  readonly selectors: readonly Selector[];
  readonly labels: LabelSet;
}

/** Nodes that only wrap the expression inside them. */
const WRAPPERS = new Set(["PromQL", "ParenExpr", "OffsetExpr", "SubqueryExpr", "StepInvariantExpr", "MatrixSelector", "AnchoredExpr", "SmoothedExpr", "UnaryExpr"]);
/** Aggregations whose result keeps the input's labels: they pick series instead of combining them. */
const SELECTING_AGGREGATIONS = new Set(["topk", "bottomk", "limitk", "limit_ratio"]);
/** Functions that return a number, not series. */
const SCALAR_FUNCTIONS = new Set(["time", "scalar", "pi"]);
const ABSENT_FUNCTIONS = new Set(["absent", "absent_over_time"]);

/** The expression children of a node (its syntax nodes such as keywords and modifiers left out). */
function expressions(node: PromQLNode): PromQLNode[] {
  const children: PromQLNode[] = [];
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    if (isExpression(child)) {
      children.push(child);
    }
  }
  return children;
}

function isExpression(node: PromQLNode): boolean {
  return (
    WRAPPERS.has(node.name) ||
    ["VectorSelector", "AggregateExpr", "BinaryExpr", "FunctionCall", "NumberDurationLiteral", "StringLiteral"].includes(node.name)
  );
}

function labelNames(text: string, node: PromQLNode | null): string[] {
  return node?.getChildren("LabelName").map((name) => text.slice(name.from, name.to)) ?? [];
}

function unquoted(text: string, node: PromQLNode): string {
  return text.slice(node.from + 1, node.to - 1);
}

/** What `absent(x)` returns: the equality matchers' labels when `x` is a selector, else none (as Prometheus). */
function absentLabels(text: string, argument: PromQLNode | undefined): LabelSet {
  const node = argument?.name === "MatrixSelector" ? argument.getChild("VectorSelector") : argument;
  if (node?.name !== "VectorSelector") {
    return closedLabels([]);
  }
  const equal = readVectorSelector(text, node).matchers.filter((matcher) => matcher.operator === "=" && matcher.value !== "");
  return closedLabels(equal.map((matcher) => [matcher.name, matcher.value] as const));
}

/**
 * Walks a parsed expression, collecting its selectors and inferring the labels of its result as Prometheus
 * evaluates it: an aggregation keeps its `by` labels (or drops its `without` ones), `on (…)` matching keeps only
 * the matching labels, `ignoring (…)` drops them, `group_left (…)` adds the other side's, `or` keeps what both
 * sides share, `label_replace` adds its target, `histogram_quantile` drops `le`, `absent` keeps its equality
 * matchers' labels.
 */
class Walker {
  readonly selectors: Selector[] = [];

  constructor(
    private readonly text: string,
    private readonly labelsOf: SelectorLabels,
  ) {}

  labels(node: PromQLNode): LabelSet {
    if (WRAPPERS.has(node.name)) {
      const inner = expressions(node);
      return inner.length === 0 ? SCALAR : this.labels(inner[0]);
    }
    switch (node.name) {
      case "VectorSelector":
        return this.selector(node);
      case "AggregateExpr":
        return this.aggregate(node);
      case "FunctionCall":
        return this.call(node);
      case "BinaryExpr":
        return this.binary(node);
      default:
        return SCALAR;
    }
  }

  private selector(node: PromQLNode): LabelSet {
    const selector = readVectorSelector(this.text, node);
    this.selectors.push(selector);
    return this.labelsOf(selector);
  }

  private aggregate(node: PromQLNode): LabelSet {
    const operator = this.text.slice(node.getChild("AggregateOp")?.from ?? 0, node.getChild("AggregateOp")?.to ?? 0);
    const body = expressions(node.getChild("FunctionCallBody") as PromQLNode);
    const results = body.map((argument) => this.labels(argument));
    const input = results[results.length - 1] ?? SCALAR;
    const modifier = node.getChild("AggregateModifier");
    const grouping = labelNames(this.text, modifier?.getChild("GroupingLabels") ?? null);
    const added = operator === "count_values" && body[0]?.name === "StringLiteral" ? [unquoted(this.text, body[0])] : [];
    if (SELECTING_AGGREGATIONS.has(operator)) {
      return input;
    }
    const grouped = modifier?.getChild("Without") ? without(input, grouping) : keepOnly(input, modifier ? grouping : []);
    return added.reduce((set, name) => withLabel(set, name, undefined), grouped);
  }

  private call(node: PromQLNode): LabelSet {
    const name = this.text.slice(node.getChild("FunctionIdentifier")?.from ?? 0, node.getChild("FunctionIdentifier")?.to ?? 0);
    const args = expressions(node.getChild("FunctionCallBody") as PromQLNode);
    const results = args.map((argument) => this.labels(argument));
    if (SCALAR_FUNCTIONS.has(name)) {
      return SCALAR;
    }
    if (ABSENT_FUNCTIONS.has(name)) {
      return absentLabels(this.text, args[0]);
    }
    // vector(1), and the date functions of the current time (hour()), return one series without labels.
    const input = results.find((result) => result !== SCALAR) ?? closedLabels([]);
    if (name === "histogram_quantile") {
      return without(input, ["le"]);
    }
    if (name === "label_replace" || name === "label_join") {
      return withLabel(input, unquoted(this.text, args[1]), undefined);
    }
    return input;
  }

  private binary(node: PromQLNode): LabelSet {
    const [left, right] = expressions(node).map((side) => this.labels(side));
    if (node.getChild("Or")) {
      return common(left, right);
    }
    if (node.getChild("And") || node.getChild("Unless") || right === SCALAR) {
      return left;
    }
    if (left === SCALAR) {
      return right;
    }
    const matching = node.getChild("MatchingModifierClause");
    const groups = matching?.getChildren("GroupingLabels") ?? [];
    const matchingLabels = labelNames(this.text, groups[0] ?? null);
    const included = labelNames(this.text, groups[1] ?? null);
    if (matching?.getChild("GroupLeft")) {
      return included.reduce((set, name) => withLabel(set, name, right.labels.get(name)), left);
    }
    if (matching?.getChild("GroupRight")) {
      return included.reduce((set, name) => withLabel(set, name, left.labels.get(name)), right);
    }
    if (matching?.getChild("On")) {
      return keepOnly(left, matchingLabels);
    }
    return without(left, matchingLabels);
  }
}

/**
 * The selectors an expression reads and the labels of what it returns, for the signal graph. Throws when the
 * expression is not PromQL (every generated expression is checked before this runs).
 */
export function expressionSignals(expression: string, labelsOf: SelectorLabels): ExpressionSignals {
  const parsed = parsePromQL(expression);
  if (parsed.error !== undefined) {
    throw new Error(`not valid PromQL (${parsed.error}): ${expression}`);
  }
  const walker = new Walker(expression, labelsOf);
  const labels = walker.labels(parsed.tree.topNode);
  return { selectors: walker.selectors, labels };
}
