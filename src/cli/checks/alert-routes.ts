import { matcherTest, type MatchOperator } from "../../domain/promql";

/** A routing-tree node of an Alertmanager configuration, as far as matching goes. */
export interface RouteNode {
  readonly receiver?: string;
  readonly matchers?: readonly string[];
  readonly match?: Readonly<Record<string, string>>;
  readonly match_re?: Readonly<Record<string, string>>;
  readonly routes?: readonly RouteNode[];
}

/** An alert of a rule file: its name and labels. */
export interface AlertLabels {
  readonly alert: string;
  readonly labels: Readonly<Record<string, string>>;
}

/** The alerts that fare alike in a routing tree, so one `amtool config routes test` answers for all. */
export interface RouteProbe {
  /** The label matchers to pass to amtool (its first alert's), e.g. `team="planner"`, sorted by label name. */
  readonly matchers: readonly string[];
  /** The matchers every alert of the probe shares, for messages. */
  readonly common: readonly string[];
  readonly alerts: readonly string[];
}

/**
 * How a routing tree's matchers on one label answer for a value, one test per matcher; or `undefined` when a
 * matcher on the label cannot be read here (the label's values are then told apart as they are).
 */
export type LabelTests = ReadonlyArray<(value: string) => boolean> | undefined;

/** Names of the labels a matcher string refers to: `severity=~"page|critical"` → severity; `{a="1", b!="2"}` → a, b. */
const matcherLabelNames = (matcher: string): string[] =>
  [...matcher.matchAll(/(?:^|[{,])\s*"?([A-Za-z_][A-Za-z0-9_]*)"?\s*(?:=~|!~|!=|=)/g)].map((match) => match[1]);

/** One matcher in Alertmanager's syntax: a label name (optionally quoted), an operator, a quoted or bare value. */
const MATCHER = /^\s*"?([A-Za-z_][A-Za-z0-9_]*)"?\s*(=~|!~|!=|=)\s*("(?:[^"\\]|\\.)*"|[^",{}]*?)\s*$/;

/** The matchers of one `matchers` entry (`a="1"`, or `{a="1", b!~"2"}`), or undefined when one cannot be read. */
function readMatchers(text: string): Array<{ name: string; test: (value: string) => boolean }> | undefined {
  const inner = text.trim().replace(/^\{([^]*)\}$/, "$1");
  const read = (inner.match(/(?:"(?:[^"\\]|\\.)*"|[^,"])+/g) ?? []).map((part) => {
    const [, name, operator, raw] = MATCHER.exec(part) ?? [];
    if (name === undefined) return undefined;
    let value: string;
    try {
      value = raw.startsWith('"') ? (JSON.parse(raw) as string) : raw;
    } catch {
      return undefined;
    }
    const test = matcherTest({ name, operator: operator as MatchOperator, value });
    return test === undefined ? undefined : { name, test };
  });
  return read.every((matcher) => matcher !== undefined) ? read : undefined;
}

/**
 * The labels a routing tree matches on (`matchers`, and the older `match` and `match_re`) through the whole tree,
 * each with its matchers' tests; a label with a matcher this reading cannot follow has none.
 */
export function routeConditions(route: RouteNode, conditions = new Map<string, LabelTests>()): Map<string, LabelTests> {
  const add = (name: string, test: ((value: string) => boolean) | undefined) => {
    const known = conditions.has(name) ? conditions.get(name) : [];
    conditions.set(name, known === undefined || test === undefined ? undefined : [...known, test]);
  };
  for (const text of route.matchers ?? []) {
    const read = readMatchers(text);
    if (read === undefined) {
      matcherLabelNames(text).forEach((name) => add(name, undefined));
    } else {
      read.forEach(({ name, test }) => add(name, test));
    }
  }
  Object.entries(route.match ?? {}).forEach(([name, value]) => add(name, matcherTest({ name, operator: "=", value })));
  Object.entries(route.match_re ?? {}).forEach(([name, value]) => add(name, matcherTest({ name, operator: "=~", value })));
  (route.routes ?? []).forEach((child) => routeConditions(child, conditions));
  return conditions;
}

/** An alert's answers to the tree's matchers, label by label: a missing label is only alike another missing one. */
function routingKey(labels: Readonly<Record<string, string>>, names: readonly string[], conditions: ReadonlyMap<string, LabelTests>): string {
  return names
    .map((name) => {
      const value = labels[name];
      const tests = conditions.get(name);
      if (value === undefined) return "-";
      return tests === undefined ? `=${value}` : tests.map((test) => (test(value) ? "1" : "0")).join("");
    })
    .join("\u0000");
}

/**
 * Groups alerts by how every matcher of the tree answers for their labels (`alertname` being the alert's name):
 * Alertmanager's routing reads nothing else, so alerts alike there reach the same receivers and each group needs
 * one question to amtool. Groups in order of first alert.
 */
export function routeProbes(alerts: readonly AlertLabels[], conditions: ReadonlyMap<string, LabelTests>): RouteProbe[] {
  const names = [...conditions.keys()].sort();
  const matchers = (labels: Readonly<Record<string, string>>) => names.filter((name) => labels[name] !== undefined).map((name) => `${name}=${JSON.stringify(labels[name])}`);
  const groups = new Map<string, Array<Record<string, string>>>();
  for (const { alert, labels } of alerts) {
    const all = { ...labels, alertname: alert };
    const key = routingKey(all, names, conditions);
    groups.set(key, [...(groups.get(key) ?? []), all]);
  }
  return [...groups.values()].map((group) => {
    const first = matchers(group[0]);
    return {
      matchers: first,
      common: first.filter((matcher) => group.every((labels) => matchers(labels).includes(matcher))),
      alerts: group.map((labels) => labels.alertname),
    };
  });
}

/**
 * Why a probe's alerts reach no receiver of their own, or undefined when they do: an alert that only the root route
 * catches falls through to the fallback receiver, which means no route of its team matches it.
 */
export function unroutedReason(probe: RouteProbe, receivers: readonly string[], rootReceiver: string | undefined): string | undefined {
  const labels = probe.common.length > 0 ? probe.common.join(", ") : "no routing label";
  const [reach, them] = probe.alerts.length === 1 ? ["reaches", "it"] : ["reach", "them"];
  if (receivers.length === 0) return `${probe.alerts.join(", ")} (${labels}) ${reach} no receiver`;
  if (receivers.length === 1 && receivers[0] === rootReceiver) {
    return `${probe.alerts.join(", ")} (${labels}) ${reach} only the fallback receiver "${rootReceiver}": no route matches ${them}`;
  }
  return undefined;
}

/** amtool's lines without its warnings (`Warning: --config.file flag overrides …`), trimmed, empty ones left out. */
export const amtoolLines = (output: string): string[] =>
  output.split("\n").map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("Warning:"));

/** The receivers in `amtool config routes test` output: its last line, comma-separated. */
export const receiversInOutput = (output: string): string[] =>
  (amtoolLines(output).at(-1) ?? "")
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "");
