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

/** The alerts that share the labels a routing tree matches on, so one `amtool config routes test` answers for all. */
export interface RouteProbe {
  /** The label matchers to pass to amtool, e.g. `team="planner"`, sorted by label name. */
  readonly matchers: readonly string[];
  readonly alerts: readonly string[];
}

/** Names of the labels a matcher string refers to: `severity=~"page|critical"` → severity; `{a="1", b!="2"}` → a, b. */
const matcherLabelNames = (matcher: string): string[] =>
  [...matcher.matchAll(/(?:^|[{,])\s*"?([A-Za-z_][A-Za-z0-9_]*)"?\s*(?:=~|!~|!=|=)/g)].map((match) => match[1]);

/** The names of every label a routing tree matches on (`matchers`, and the older `match` and `match_re`), sorted. */
export function routeLabelNames(route: RouteNode): string[] {
  const names = new Set<string>([
    ...(route.matchers ?? []).flatMap(matcherLabelNames),
    ...Object.keys(route.match ?? {}),
    ...Object.keys(route.match_re ?? {}),
  ]);
  for (const child of route.routes ?? []) {
    routeLabelNames(child).forEach((name) => names.add(name));
  }
  return [...names].sort();
}

/**
 * Groups alerts by the values of the labels the tree matches on (`alertname` being the alert's name): alerts alike
 * there go to the same receivers, so each group needs one question to amtool. Groups in order of first alert.
 */
export function routeProbes(alerts: readonly AlertLabels[], labelNames: readonly string[]): RouteProbe[] {
  const probes = new Map<string, { matchers: string[]; alerts: string[] }>();
  for (const { alert, labels } of alerts) {
    const all: Record<string, string> = { ...labels, alertname: alert };
    const matchers = labelNames.filter((name) => all[name] !== undefined).map((name) => `${name}=${JSON.stringify(all[name])}`);
    const key = matchers.join(",");
    const probe = probes.get(key) ?? { matchers, alerts: [] };
    probe.alerts.push(alert);
    probes.set(key, probe);
  }
  return [...probes.values()];
}

/**
 * Why a probe's alerts reach no receiver of their own, or undefined when they do: an alert that only the root route
 * catches falls through to the fallback receiver, which means no route of its team matches it.
 */
export function unroutedReason(probe: RouteProbe, receivers: readonly string[], rootReceiver: string | undefined): string | undefined {
  const labels = probe.matchers.length > 0 ? probe.matchers.join(", ") : "no routing label";
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
