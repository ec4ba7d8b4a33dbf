/**
 * An evaluator of the PagerDuty Condition Language (PCL) for exactly the subset Watchkeeper writes
 * (src/targets/pagerduty/conditions.ts): `<operand> matches '<string>'` joined by `or`, an operand being a path
 * (`event.severity`, `event.custom_details['system diagnosis'].field`, `raw_event.links[0].href`) or a string.
 * Semantics from PagerDuty/developer-docs docs/REST-API/18-PCL-Overview.md: `matches` compares whole strings,
 * case-insensitively; a missing path is nil, and nil matches nothing; a number, object or list is compared as its
 * string (JSON for objects and lists); `or` is false unless one side is true. Anything else PCL has (`and`, `not`,
 * `matches part`, `matches regex`, `exactly`, `==`, `exists`, `in`, `now`, parentheses, numbers) is refused with
 * an error naming it, so that a condition outside the subset is never silently misjudged.
 */

type Token =
  | { readonly kind: "word"; readonly text: string }
  | { readonly kind: "string"; readonly text: string }
  | { readonly kind: "integer"; readonly text: string }
  | { readonly kind: "symbol"; readonly text: string };

/** A PCL operand: a path through the context, or a string literal. */
type Operand = { readonly path: ReadonlyArray<string | number> } | { readonly literal: string };

/** A condition of the subset: any of its comparisons holds. */
type Condition = ReadonlyArray<{ readonly left: Operand; readonly right: Operand }>;

function tokens(source: string): Token[] {
  const found: Token[] = [];
  let at = 0;
  while (at < source.length) {
    const rest = source.slice(at);
    const space = /^\s+/.exec(rest);
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest);
    const integer = /^\d+/.exec(rest);
    if (space) {
      at += space[0].length;
    } else if (word) {
      found.push({ kind: "word", text: word[0] });
      at += word[0].length;
    } else if (integer) {
      found.push({ kind: "integer", text: integer[0] });
      at += integer[0].length;
    } else if (rest[0] === "'") {
      // A string: `\'` is a quote and `\\` a backslash; no other escape exists.
      let text = "";
      let index = 1;
      for (; index < rest.length && rest[index] !== "'"; index++) {
        if (rest[index] === "\\") {
          const escaped = rest[index + 1];
          if (escaped !== "'" && escaped !== "\\") {
            throw new Error(`PCL: unknown escape \\${escaped ?? ""} in ${source}`);
          }
          index++;
        }
        text += rest[index];
      }
      if (index >= rest.length) {
        throw new Error(`PCL: unterminated string in ${source}`);
      }
      found.push({ kind: "string", text });
      at += index + 1;
    } else {
      found.push({ kind: "symbol", text: rest[0] });
      at += 1;
    }
  }
  return found;
}

/** Parses a condition of the subset, or throws naming what is outside it. */
export function parseCondition(source: string): Condition {
  const list = tokens(source);
  let at = 0;
  const peek = () => list[at];
  const unsupported = (token: Token | undefined) =>
    new Error(`PCL outside Watchkeeper's subset (matches and or): ${token === undefined ? "unexpected end" : `"${token.text}"`} in ${source}`);
  const operand = (): Operand => {
    const first = list[at++];
    if (first?.kind === "string") {
      return { literal: first.text };
    }
    if (first?.kind !== "word" || ["and", "or", "not", "now", "matches"].includes(first.text)) {
      throw unsupported(first);
    }
    const path: Array<string | number> = [first.text];
    for (;;) {
      const next = peek();
      if (next?.kind === "symbol" && next.text === ".") {
        const name = list[at + 1];
        if (name?.kind !== "word") throw unsupported(name);
        path.push(name.text);
        at += 2;
      } else if (next?.kind === "symbol" && next.text === "[") {
        const key = list[at + 1];
        const close = list[at + 2];
        if ((key?.kind !== "string" && key?.kind !== "integer") || close?.kind !== "symbol" || close.text !== "]") throw unsupported(key);
        path.push(key.kind === "integer" ? Number(key.text) : key.text);
        at += 3;
      } else {
        return { path };
      }
    }
  };
  const comparisons: Array<{ left: Operand; right: Operand }> = [];
  for (;;) {
    const left = operand();
    const keyword = list[at++];
    if (keyword?.kind !== "word" || keyword.text !== "matches") throw unsupported(keyword);
    const next = peek();
    if (next?.kind === "word" && ["part", "regex", "exactly"].includes(next.text)) throw unsupported(next);
    comparisons.push({ left, right: operand() });
    const joiner = list[at++];
    if (joiner === undefined) return comparisons;
    if (joiner.kind !== "word" || joiner.text !== "or") throw unsupported(joiner);
  }
}

/** The value of an operand in the context: nil (undefined) when a path does not exist. */
function valueOf(operand: Operand, context: unknown): unknown {
  if ("literal" in operand) {
    return operand.literal;
  }
  let value: unknown = context;
  for (const step of operand.path) {
    if (value === null || typeof value !== "object" || !(step in (value as object))) {
      return undefined;
    }
    value = (value as Record<string | number, unknown>)[step];
  }
  return value;
}

/** A value as `matches` compares it: strings as they are, other values as their string (JSON for objects). */
function asText(value: unknown): string {
  return typeof value === "string" ? value : typeof value === "object" ? JSON.stringify(value) : String(value);
}

/** Whether the condition holds in the context (e.g. `{ event, raw_event }` or `{ incident }`). */
export function evaluateCondition(source: string, context: unknown): boolean {
  return parseCondition(source).some(({ left, right }) => {
    const [a, b] = [valueOf(left, context), valueOf(right, context)];
    if (a === undefined || a === null || b === undefined || b === null) {
      return false;
    }
    return asText(a).toLowerCase() === asText(b).toLowerCase();
  });
}
