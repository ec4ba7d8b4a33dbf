import { matcherTest, type LabelMatcher } from "../promql";

/**
 * Finds label values that satisfy selector matchers, to write synthetic series for generated rule tests.
 * A label with the empty value stands for a label the series does not have, as in PromQL.
 */

const COMMON_VALUES = ["", "200", "500", "503", "0", "1", "ok", "error", "true", "false", "GET", "x"];

/** Whether a label value satisfies a matcher; throws, naming the matcher, when JavaScript cannot read its expression. */
function matches(matcher: LabelMatcher, value: string): boolean {
  const test = matcherTest(matcher);
  if (test === undefined) {
    throw new Error(
      `the regular expression ${JSON.stringify(matcher.value)} of label ${matcher.name} is RE2 syntax JavaScript cannot read (such as (?P<name>…)), ` +
        "so no series can be written for the generated tests; write it in the syntax both read, e.g. (…) for (?P<name>…)",
    );
  }
  return test(value);
}

/**
 * A string a regular expression probably matches: its first alternatives, optional parts left out, `filler`
 * for any character. The caller verifies it; this only has to be right for the expressions people write in
 * selectors ("5..", "api\\.example\\.com", "/(api|v2)/.*").
 */
function exampleOf(pattern: string, filler: string): string {
  let at = 0;
  const atom = (): string => {
    const char = pattern[at++];
    if (char === "(") {
      at += pattern.startsWith("?:", at) ? 2 : 0;
      const inner = alternatives();
      at++;
      return inner;
    }
    if (char === "[") {
      const end = pattern.indexOf("]", at + 1);
      const body = pattern.slice(at, end);
      at = end + 1;
      return body.startsWith("^") ? filler : body.replace(/^\\/, "")[0];
    }
    if (char === "\\") {
      const escaped = pattern[at++];
      return ({ d: "0", w: "a", s: " " } as Record<string, string>)[escaped] ?? escaped;
    }
    return char === "." ? filler : char === "^" || char === "$" ? "" : char;
  };
  const sequence = (): string => {
    let text = "";
    while (at < pattern.length && pattern[at] !== "|" && pattern[at] !== ")") {
      let part = atom();
      if (pattern[at] === "*" || pattern[at] === "?") {
        part = "";
        at++;
      } else if (pattern[at] === "+") {
        at++;
      } else if (pattern[at] === "{") {
        const end = pattern.indexOf("}", at);
        part = part.repeat(Number.parseInt(pattern.slice(at + 1, end), 10) || 0);
        at = end + 1;
      }
      at += pattern[at] === "?" ? 1 : 0;
      text += part;
    }
    return text;
  };
  const alternatives = (): string => {
    const first = sequence();
    while (pattern[at] === "|") {
      at++;
      sequence();
    }
    return first;
  };
  return alternatives();
}

function candidates(matchers: readonly LabelMatcher[]): string[] {
  const own = matchers.flatMap((m) =>
    m.operator === "=~" || m.operator === "!~" ? ["0", "1", "a"].map((filler) => exampleOf(m.value, filler)) : [m.value],
  );
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
