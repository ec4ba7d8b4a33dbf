import type { Duration } from "../duration";
import { cleanNumber } from "../numbers";
import { assembled, type PromQL, type WINDOW_PLACEHOLDER } from "./expression";
import type { LabelMatcher, Selector } from "./selector";

/** Selectors, numbers, ranges and offsets: the leaves of every expression. */

/** A PromQL string literal with the escapes PromQL requires. */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;
}

/** A number as PromQL prints it, without floating-point noise: 0.001, 14.4, 0.9333; infinities as `+Inf`, `-Inf`. */
export function num(value: number): PromQL {
  if (Number.isNaN(value)) {
    return assembled("NaN");
  }
  if (!Number.isFinite(value)) {
    return assembled(value > 0 ? "+Inf" : "-Inf");
  }
  return assembled(String(cleanNumber(value)));
}

/** One label matcher: `name="value"`, `name=~"regex"`, … */
export function matcher(name: string, operator: LabelMatcher["operator"], value: string): LabelMatcher {
  return { name, operator, value };
}

/** Equality matchers for every label, sorted by name. */
export function equals(labels: Readonly<Record<string, string>>): LabelMatcher[] {
  return Object.keys(labels)
    .sort()
    .map((name) => matcher(name, "=", labels[name]));
}

const METRIC_NAME = /^[A-Za-z_:][A-Za-z0-9_:]*$/;

/**
 * `metric{a="b",c=~"d"}`; a selector with no matchers, or a metric name alone (a recorded series), prints as the
 * bare metric name; one with the empty name and matchers (`__name__=~"…"`) as the matchers alone.
 */
export function selector(value: Selector | string): PromQL {
  const { metric, matchers } = typeof value === "string" ? { metric: value, matchers: [] } : value;
  if (!METRIC_NAME.test(metric) && !(metric === "" && matchers.length > 0)) {
    throw new Error(`"${metric}" is not a metric name; use letters, digits, underscores and colons, not starting with a digit`);
  }
  if (matchers.length === 0) {
    return assembled(metric);
  }
  const inside = matchers.map((m) => `${m.name}${m.operator}${quote(m.value)}`).join(",");
  return assembled(`${metric}{${inside}}`);
}

/** A range's window: a duration, or the placeholder a query SLI's template has where the range goes. */
export type Window = Duration | typeof WINDOW_PLACEHOLDER;

/** `series[window] offset ago`: a range of a selector or of a recorded series' expression. */
export function range(value: Selector | PromQL, window: Window, ago?: Duration): PromQL {
  const series = typeof value === "string" ? value : selector(value);
  return assembled(`${series}[${window.toString()}]${ago === undefined ? "" : ` offset ${ago.toString()}`}`);
}

/** `expression offset ago`: the expression as it was `ago` earlier. */
export function offset(expression: PromQL, ago: Duration): PromQL {
  return assembled(`${expression} offset ${ago.toString()}`);
}
