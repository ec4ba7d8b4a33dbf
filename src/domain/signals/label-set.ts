/**
 * What is known of the labels of every series a source or an expression yields: the labels each series carries
 * (with their value when it is the same on every series), and whether series may carry more labels than those
 * (an exporter whose label sets vary by metric). `absent` lists labels known to be missing from every series,
 * such as those an aggregation removed from an open set.
 */
export interface LabelSet {
  readonly labels: ReadonlyMap<string, string | undefined>;
  readonly open: boolean;
  readonly absent: ReadonlySet<string>;
}

/** A number: no series, no labels. */
export const SCALAR: LabelSet = { labels: new Map(), open: false, absent: new Set() };

/** Series with exactly these labels, `undefined` standing for a value that varies. */
export function closedLabels(labels: Iterable<readonly [string, string | undefined]>): LabelSet {
  return { labels: new Map(labels), open: false, absent: new Set() };
}

/** Series with these labels and maybe others. */
export function openLabels(labels: Iterable<readonly [string, string | undefined]>): LabelSet {
  return { labels: new Map(labels), open: true, absent: new Set() };
}

/** Whether every series surely carries `name`, or may (an open set that did not lose it). */
export function mayCarry(set: LabelSet, name: string): boolean {
  return set.labels.has(name) || (set.open && !set.absent.has(name));
}

/** The labels of `set` restricted to `names` (`sum by (names)`, `on (names)`). */
export function keepOnly(set: LabelSet, names: readonly string[]): LabelSet {
  const kept = names.flatMap((name): Array<[string, string | undefined]> =>
    set.labels.has(name) ? [[name, set.labels.get(name)]] : set.open && !set.absent.has(name) ? [[name, undefined]] : [],
  );
  return { labels: new Map(kept), open: false, absent: new Set() };
}

/** The labels of `set` without `names` (`sum without (names)`, `ignoring (names)`, `histogram_quantile` and `le`). */
export function without(set: LabelSet, names: readonly string[]): LabelSet {
  const labels = new Map([...set.labels].filter(([name]) => !names.includes(name)));
  return { labels, open: set.open, absent: new Set([...set.absent, ...names]) };
}

/** `set` with a label added or set (`label_replace`). */
export function withLabel(set: LabelSet, name: string, value: string | undefined): LabelSet {
  return withLabels(set, [[name, value]]);
}

/** `set` with labels added or set at once (a recording rule's static labels). */
export function withLabels(set: LabelSet, added: ReadonlyArray<readonly [string, string | undefined]>): LabelSet {
  if (added.length === 0) {
    return set;
  }
  const labels = new Map(set.labels);
  added.forEach(([name, value]) => labels.set(name, value));
  const absent = set.absent.size === 0 ? set.absent : new Set([...set.absent].filter((other) => !labels.has(other)));
  return { labels, open: set.open, absent };
}

/** What two alternatives have in common (`a or b`): labels both carry, a value only where both agree. */
export function common(a: LabelSet, b: LabelSet): LabelSet {
  const labels = [...a.labels].flatMap(([name, value]): Array<[string, string | undefined]> => {
    if (!b.labels.has(name)) {
      return [];
    }
    return [[name, value === b.labels.get(name) ? value : undefined]];
  });
  return { labels: new Map(labels), open: a.open || b.open, absent: new Set([...a.absent].filter((name) => b.absent.has(name))) };
}

/** The labels as `{a="x", b}` for messages: a fixed value quoted, a varying one bare, `…` when open. */
export function describeLabels(set: LabelSet): string {
  const names = [...set.labels].sort(([a], [b]) => a.localeCompare(b));
  const parts = names.map(([name, value]) => (value === undefined ? name : `${name}=${JSON.stringify(value)}`));
  return `{${[...parts, ...(set.open ? ["…"] : [])].join(", ")}}`;
}
