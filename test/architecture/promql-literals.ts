/**
 * The literals of TypeScript source (comments skipped): each string or template literal's static text, in parts
 * split where a template interpolates, and whether `+` joins it to something else (a concatenation).
 */
export interface SourceLiteral {
  readonly line: number;
  readonly parts: readonly string[];
  readonly concatenated: boolean;
}

/** The string and template literals of a source text, templates nested in interpolations included. */
export function literalsOf(text: string): SourceLiteral[] {
  const found: SourceLiteral[] = [];
  const lineStarts = [...text.matchAll(/\n/g)].map((match) => match.index);
  const lineAt = (offset: number) => {
    let [low, high] = [0, lineStarts.length];
    while (low < high) {
      const middle = (low + high) >> 1;
      [low, high] = lineStarts[middle] < offset ? [middle + 1, high] : [low, middle];
    }
    return low + 1;
  };
  const joinedAt = (start: number, end: number) => /\+\s*$/.test(text.slice(Math.max(0, start - 20), start)) || /^\s*\+/.test(text.slice(end, end + 20));

  /** Reads a template from its opening backtick; returns the offset after its closing one. */
  const template = (start: number): number => {
    const parts: string[] = [""];
    let index = start + 1;
    while (index < text.length && text[index] !== "`") {
      if (text[index] === "\\") {
        parts[parts.length - 1] += text.slice(index, index + 2);
        index += 2;
      } else if (text.startsWith("${", index)) {
        index = code(index + 2, "}");
        parts.push("");
      } else {
        parts[parts.length - 1] += text[index++];
      }
    }
    found.push({ line: lineAt(start), parts, concatenated: joinedAt(start, index + 1) });
    return index + 1;
  };

  /** Reads code up to an unmatched `close` (or the end); returns the offset after it. */
  const code = (start: number, close?: string): number => {
    let depth = 0;
    let index = start;
    while (index < text.length) {
      const char = text[index];
      if (text.startsWith("//", index)) {
        index = text.indexOf("\n", index) === -1 ? text.length : text.indexOf("\n", index);
      } else if (text.startsWith("/*", index)) {
        index = text.indexOf("*/", index) === -1 ? text.length : text.indexOf("*/", index) + 2;
      } else if (char === "`") {
        index = template(index);
      } else if (char === '"' || char === "'") {
        let end = index + 1;
        while (end < text.length && text[end] !== char && text[end] !== "\n") end += text[end] === "\\" ? 2 : 1;
        found.push({ line: lineAt(index), parts: [text.slice(index + 1, end)], concatenated: joinedAt(index, end + 1) });
        index = end + 1;
      } else if (char === "/" && /[=(,:;!&|?{}[\n]\s*$/.test(text.slice(Math.max(0, index - 20), index)) ) {
        // A regular expression literal: skipped whole, character classes included.
        let end = index + 1;
        let inClass = false;
        while (end < text.length && (inClass || text[end] !== "/") && text[end] !== "\n") {
          inClass = text[end] === "[" ? true : text[end] === "]" ? false : inClass;
          end += text[end] === "\\" ? 2 : 1;
        }
        index = end + 1;
      } else {
        depth += char === "{" ? 1 : 0;
        if (char === "}" && close === "}" && depth === 0) {
          return index + 1;
        }
        depth -= char === "}" ? 1 : 0;
        index++;
      }
    }
    return index;
  };

  code(0);
  return found;
}

/** PromQL's functions and aggregation operators, as a call starts: `rate(`, `sum by (`, … */
const FUNCTIONS =
  "rate|irate|increase|delta|idelta|deriv|changes|resets|predict_linear|histogram_quantile|sum|avg|min|max|count|stddev|stdvar|topk|bottomk|quantile|count_values|absent|absent_over_time|abs|ceil|floor|round|clamp|clamp_min|clamp_max|vector|scalar|label_replace|label_join|time|timestamp|sort|sort_desc|[a-z]+_over_time";
const CALL = new RegExp(`(^|[^\\w.])(${FUNCTIONS})(\\(|\\s+(by|without)\\s*\\()`);
/**
 * Matching and grouping modifiers; after an interpolated series a range of a duration (`[5m]`), or of an
 * interpolated window closing a call (`[${…}])`), an offset or a matcher; an operator between two interpolations.
 */
const MODIFIER = /\s(by|without|on|ignoring)\s?\([\w, ]*\)|\bgroup_(left|right)\b|\s(>|<|>=|<=|==|!=)\s?bool\s/;
const AFTER_SERIES = /^(\[\d+[smhdwy]\]|\s+offset\s+(\d|$)|\{\w+(=|!=|=~|!~)")/;
const RANGE_IN_CALL = /^\[$/;
const BETWEEN = /^\s+(\/|\*|\+|\^|%|>|<|>=|<=|==|!=|and on \(\)|or on \(\)|unless)\s+$/;

/** Why a literal reads as PromQL text, or undefined: a call, a modifier, a range, offset or operator around a value. */
export function promqlLooking(literal: SourceLiteral): string | undefined {
  const { parts } = literal;
  const call = parts.map((part) => CALL.exec(part)).find((match) => match !== null);
  if (call !== undefined && call !== null && (parts.length > 1 || literal.concatenated || /\)\s*$/.test(parts[0]))) {
    return `a PromQL call ${JSON.stringify(call[0].trim())}`;
  }
  const modifier = parts.map((part) => MODIFIER.exec(part)).find((match) => match !== null);
  if (modifier !== undefined && modifier !== null && (parts.length > 1 || literal.concatenated)) {
    return `a PromQL modifier ${JSON.stringify(modifier[0].trim())}`;
  }
  const after = parts.slice(1).find((part, index) => AFTER_SERIES.test(part) || (RANGE_IN_CALL.test(part) && /^\]\)/.test(parts[index + 2] ?? "")));
  if (after !== undefined) {
    return `a range, offset or matcher after an interpolated series (${JSON.stringify(after.slice(0, 12))})`;
  }
  const between = parts.slice(1, -1).find((part) => BETWEEN.test(part));
  return between === undefined ? undefined : `an operator ${JSON.stringify(between.trim())} between two interpolated expressions`;
}
