import type { LabelMatcher } from "../promql/selector";

/**
 * Finds label values that satisfy selector matchers, to write synthetic series for generated rule tests.
 * A label with the empty value stands for a label the series does not have, as in PromQL.
 */

const COMMON_VALUES = ["", "200", "500", "503", "0", "1", "ok", "error", "true", "false", "GET", "x"];

function matches(matcher: LabelMatcher, value: string): boolean {
  switch (matcher.operator) {
    case "=":
      return value === matcher.value;
    case "!=":
      return value !== matcher.value;
    case "=~":
      return fullMatch(matcher.value, value);
    case "!~":
      return !fullMatch(matcher.value, value);
  }
}

function fullMatch(pattern: string, value: string): boolean {
  return new RegExp(`^(?:${pattern})$`).test(value);
}

/** A string the regular expression matches, guessed from its first alternative; verified by the caller. */
function exampleOf(pattern: string): string {
  const first = pattern.split("|")[0];
  return first
    .replace(/\\d/g, "0")
    .replace(/\\w/g, "a")
    .replace(/\[(\^?)([^\]]*)\]/g, (_, negated: string, body: string) => (negated ? "~" : body.replace(/\\/g, "")[0] ?? ""))
    .replace(/\.\*|\.\+/g, "x")
    .replace(/\./g, "0")
    .replace(/[()^$?*+{}\\]/g, "");
}

function candidates(matchers: readonly LabelMatcher[]): string[] {
  const own = matchers.flatMap((m) => (m.operator === "=~" || m.operator === "!~" ? [exampleOf(m.value)] : [m.value]));
  return [...new Set([...own, ...COMMON_VALUES])];
}

/** A value for one label that satisfies every matcher on it, or undefined when none of the candidates does. */
function solveLabel(matchers: readonly LabelMatcher[]): string | undefined {
  return candidates(matchers).find((value) => matchers.every((m) => matches(m, value)));
}

function negate(matcher: LabelMatcher): LabelMatcher {
  const opposite = { "=": "!=", "!=": "=", "=~": "!~", "!~": "=~" } as const;
  return { ...matcher, operator: opposite[matcher.operator] };
}

/** Labels (absent ones left out, sorted by name) satisfying all matchers, or undefined when unsatisfiable. */
export function solveLabels(matchers: readonly LabelMatcher[]): Record<string, string> | undefined {
  const names = [...new Set(matchers.map((m) => m.name))].sort();
  const labels: Record<string, string> = {};
  for (const name of names) {
    const value = solveLabel(matchers.filter((m) => m.name === name));
    if (value === undefined) {
      return undefined;
    }
    if (value !== "") {
      labels[name] = value;
    }
  }
  return labels;
}

/** Labels satisfying `required` but failing at least one of `excluded`: a series one selector takes, the other not. */
export function solveLabelsExcluding(
  required: readonly LabelMatcher[],
  excluded: readonly LabelMatcher[],
): Record<string, string> | undefined {
  for (const matcher of excluded) {
    const labels = solveLabels([...required, negate(matcher)]);
    if (labels !== undefined) {
      return labels;
    }
  }
  return undefined;
}
