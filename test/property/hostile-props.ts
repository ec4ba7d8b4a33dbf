import fc from "fast-check";

/**
 * Hostile values a team puts into props, through JavaScript, `as any` or JSON-driven configs: numbers that are not
 * finite or out of every range, a percent for a ratio and a ratio for a percent, wrong enum words, empty and
 * multi-line text, quotes and template braces, URLs with credentials or another scheme, very long text, and values
 * of another type altogether.
 */
export const hostileValues: readonly unknown[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -1,
  0,
  1e308,
  95,
  0.3,
  1.5,
  "sideways",
  "monthly",
  "critical",
  "",
  " ",
  "line\r\nbreak",
  'quo"te',
  "{{ $labels.instance }}",
  "https://robot:hunter2@example.com/x",
  "https://example.com/x?api_key=abc123",
  "javascript:alert(1)",
  "not a url",
  "1000y",
  "1d",
  "x".repeat(5000),
  null,
  {},
  [],
  true,
  42,
];

/** One of the hostile values. */
export const hostileValue: fc.Arbitrary<unknown> = fc.constantFrom(...hostileValues);

/** A prop path, and how it reads: `thresholds.cpu.warning`, `steps[1].url`. */
export interface PropPath {
  readonly keys: readonly (string | number)[];
  readonly text: string;
}

function plainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") {
    return false;
  }
  const prototype = Object.getPrototypeOf(value);
  return Array.isArray(value) || prototype === Object.prototype || prototype === null;
}

/** Every path of plain values (and of the objects and lists holding them) in a declaration's props. */
export function propPaths(props: unknown, keys: readonly (string | number)[] = []): PropPath[] {
  if (!plainObject(props)) {
    return [];
  }
  return Object.entries(props).flatMap(([key, value]) => {
    const at = [...keys, Array.isArray(props) ? Number(key) : key];
    const text = at.reduce<string>((path, part) => (typeof part === "number" ? `${path}[${part}]` : path === "" ? part : `${path}.${part}`), "");
    return [{ keys: at, text }, ...propPaths(value, at)];
  });
}

/** The props with the value at a path replaced (copies along the path; the rest is shared). */
export function replaced(props: unknown, keys: readonly (string | number)[], value: unknown): unknown {
  if (keys.length === 0 || !plainObject(props)) {
    return keys.length === 0 ? value : props;
  }
  const [head, ...rest] = keys;
  if (Array.isArray(props)) {
    return props.map((item, index) => (index === head ? replaced(item, rest, value) : item));
  }
  return { ...props, [head]: replaced(props[head], rest, value) };
}
