import { parsePromQL, type PromQLNode } from "./check";

/** The four PromQL label match operators. */
export type MatchOperator = "=" | "!=" | "=~" | "!~";

/** One label matcher of a selector: `code=~"5.."`. */
export interface LabelMatcher {
  /** The label's name. */
  readonly name: string;
  /** How the label is matched. */
  readonly operator: MatchOperator;
  /** The value, or the regular expression for `=~` and `!~`. */
  readonly value: string;
}

/**
 * A matcher's test of a label value (`""` standing for a missing label, as in PromQL), its regular expression anchored
 * as Prometheus and Alertmanager anchor theirs (`^(?:…)$`); undefined when JavaScript cannot read the expression (RE2
 * syntax such as `(?P<name>…)`), which each caller then judges in its own way.
 */
export function matcherTest(matcher: LabelMatcher): ((value: string) => boolean) | undefined {
  const { operator, value: expected } = matcher;
  if (operator === "=" || operator === "!=") {
    return operator === "=" ? (value) => value === expected : (value) => value !== expected;
  }
  let pattern: RegExp;
  try {
    pattern = new RegExp(`^(?:${expected})$`);
  } catch {
    return undefined;
  }
  return operator === "=~" ? (value) => pattern.test(value) : (value) => !pattern.test(value);
}

/** A parsed instant-vector selector: a metric name and its label matchers. */
export interface Selector {
  /** The metric's name. */
  readonly metric: string;
  /** The label matchers, in the order written. */
  readonly matchers: readonly LabelMatcher[];
}

const OPERATORS: Readonly<Record<string, MatchOperator>> = {
  EqlSingle: "=",
  Neq: "!=",
  EqlRegex: "=~",
  NeqRegex: "!~",
};

const EXAMPLE = 'http_requests_total{job="checkout"}';

/**
 * Parses a user's selector such as `http_requests_total{job="api",code=~"5.."}`. Only a plain metric selector is
 * accepted (no functions, ranges or offsets), because every rule, test and vendor query is built from it.
 */
export function parseSelector(text: string): Selector {
  const parsed = parsePromQL(text);
  if (parsed.error !== undefined) {
    throw new Error(`"${text}" is not valid PromQL (${parsed.error}); write a selector like ${EXAMPLE}`);
  }
  const root = parsed.tree.topNode.firstChild;
  if (root === null || root.name !== "VectorSelector" || root.nextSibling !== null) {
    throw new Error(`"${text}" is not a plain metric selector; write one like ${EXAMPLE}, without functions or ranges`);
  }
  if (root.getChild("Identifier") === null) {
    throw new Error(`"${text}" has no metric name; write it before the braces, like ${EXAMPLE}`);
  }
  if ((root.getChild("LabelMatchers")?.getChildren("QuotedLabelMatcher") ?? []).length > 0) {
    throw new Error(`"${text}" uses a quoted label name; use label names made of letters, digits and underscores`);
  }
  return readVectorSelector(text, root);
}

/**
 * The metric name and label matchers of a VectorSelector node of `text`'s syntax tree; a selector without a
 * metric name (`{__name__=~"…"}`) has the empty name.
 */
export function readVectorSelector(text: string, node: PromQLNode): Selector {
  const metricNode = node.getChild("Identifier");
  const matchers = node.getChild("LabelMatchers")?.getChildren("UnquotedLabelMatcher") ?? [];
  return {
    metric: metricNode === null ? "" : text.slice(metricNode.from, metricNode.to),
    matchers: matchers.map((matcher) => readMatcher(text, matcher)),
  };
}

function readMatcher(text: string, node: PromQLNode): LabelMatcher {
  const name = node.getChild("LabelName");
  const operator = node.getChild("MatchOp")?.firstChild;
  const value = node.getChild("StringLiteral");
  if (name === null || operator === null || operator === undefined || value === null) {
    throw new Error(`"${text}" has an incomplete label matcher at column ${node.from + 1}`);
  }
  return {
    name: text.slice(name.from, name.to),
    operator: OPERATORS[operator.name],
    value: unquote(text.slice(value.from, value.to)),
  };
}

const ESCAPES: Readonly<Record<string, string>> = {
  a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", "\\": "\\", '"': '"', "'": "'",
};
const ESCAPE = /\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{2}|[0-7]{3}|.)/g;

/**
 * The value of a PromQL string literal, decoded as Prometheus decodes it (Go's escapes); `…` is taken as it is.
 * An escape Go does not know (`"5\d"`) is an error, as in Prometheus: a regular expression needs `\\d`.
 */
function unquote(literal: string): string {
  const body = literal.slice(1, -1);
  if (literal.startsWith("`")) {
    return body;
  }
  return body.replace(ESCAPE, (_, escape: string) => {
    if (escape.length > 1) {
      const digits = /^[0-7]{3}$/.test(escape) ? Number.parseInt(escape, 8) : Number.parseInt(escape.slice(1), 16);
      return String.fromCodePoint(digits);
    }
    const decoded = ESCAPES[escape];
    if (decoded === undefined) {
      throw new Error(`${literal} holds the escape \\${escape}, which PromQL strings do not know; write \\\\${escape} for a regular expression`);
    }
    return decoded;
  });
}
