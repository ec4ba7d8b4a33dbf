import { type FieldChange, type ItemChange, itemOf } from "./compare";
import {
  ALERT_TYPES,
  HISTORY_KEEPING_TYPES,
  MUTING_TYPES,
  ROUTE_TYPES,
  comparisons,
  lastSegment,
  mentions,
  numeric,
  severityRank,
  statedObjective,
  statedSeverity,
} from "./danger-signals";
import type { OutputItem } from "./output-item";

/**
 * Why a change deserves a second look:
 * - `history-lost`: a resource that keeps history (SLO, monitor, dashboard, PagerDuty service…) will be destroyed;
 * - `alert-removed`: an alert (alerting rule, monitor, Sentry or Kibana alert) is gone;
 * - `alert-muted`: an alert is quieter: severity or priority lowered, a notification removed (from a monitor or an
 *   Alertmanager receiver), disabled, a downtime added;
 * - `objective-loosened`: an SLO's objective is lower;
 * - `route-changed`: where alerts go changed (Alertmanager route tree, PagerDuty escalation or orchestration);
 * - `threshold-raised`: an alert fires later: its threshold raised (lowered for an alert that fires below it).
 */
export type DangerKind = "history-lost" | "alert-removed" | "alert-muted" | "objective-loosened" | "route-changed" | "threshold-raised";

/** The order dangers are listed in: the costliest first. */
export const DANGER_KINDS: readonly DangerKind[] = ["history-lost", "alert-removed", "alert-muted", "objective-loosened", "threshold-raised", "route-changed"];

/**
 * One dangerous consequence, for one construct; `items` are the outputs that show it (the same rule in two files
 * is one danger, as are all the resources of a construct that a removal destroys).
 */
export interface Danger {
  readonly kind: DangerKind;
  readonly construct: string;
  /**
   * What happens: on its own (`objective loosened 99.9 → 99.5`), or, when `ofItems`, said of the items
   * (`will be destroyed: history lost`, read `Datadog SLO "checkout" will be destroyed: history lost`).
   */
  readonly summary: string;
  readonly ofItems: boolean;
  /** The labels of the items concerned, sorted. */
  readonly items: readonly string[];
}

type Finding = Omit<Danger, "construct" | "items" | "ofItems"> & { readonly ofItems?: true };

const isAlert = (item: OutputItem): boolean => item.type === "alerting rule" || (item.kind === "terraform" && ALERT_TYPES.has(item.type));

const isRouteField = (item: OutputItem, path: string): boolean =>
  (item.type === "alertmanager configuration" && /^route\b/.test(path)) ||
  (item.type === "AlertmanagerConfig" && /^spec\.route\b/.test(path)) ||
  (item.kind === "terraform" && ROUTE_TYPES.has(item.type)) ||
  (item.type === "pagerduty_service" && path === "escalation_policy");

function removalFindings(item: OutputItem): Finding[] {
  const findings: Finding[] = [];
  if (item.kind === "terraform" && HISTORY_KEEPING_TYPES.has(item.type)) {
    findings.push({ kind: "history-lost", summary: "will be destroyed: history lost", ofItems: true });
  }
  if (isAlert(item)) {
    findings.push({ kind: "alert-removed", summary: "removed", ofItems: true });
  }
  if ((item.kind === "terraform" && ROUTE_TYPES.has(item.type)) || item.type === "AlertmanagerConfig" || item.type === "alertmanager configuration") {
    findings.push({ kind: "route-changed", summary: "will be destroyed", ofItems: true });
  }
  return findings;
}

/** What one changed field says about the alert, objective or route it belongs to. */
function fieldFindings(item: OutputItem, field: FieldChange, fields: OutputItem["fields"]): Finding[] {
  const { path, before, after } = field;
  const findings: Finding[] = [];
  const objectiveBefore = statedObjective(path, before, fields.record);
  const objectiveAfter = statedObjective(path, after, fields.record);
  if (objectiveBefore !== undefined && objectiveAfter !== undefined && objectiveAfter < objectiveBefore) {
    findings.push({ kind: "objective-loosened", summary: `objective loosened ${objectiveBefore} → ${objectiveAfter}` });
  }
  if (isAlert(item)) {
    findings.push(...alertFieldFindings(item, field));
  }
  if (isRouteField(item, path)) {
    findings.push({ kind: "route-changed", summary: "routing changed" });
  }
  findings.push(...receiverFindings(item, field, fields));
  return findings;
}

/** An Alertmanager receiver that lost a notification (`pagerduty_configs` in the file, `pagerdutyConfigs` in an AlertmanagerConfig). */
function receiverFindings(item: OutputItem, { path, before, after }: FieldChange, fields: OutputItem["fields"]): Finding[] {
  if (item.type !== "alertmanager configuration" && item.type !== "AlertmanagerConfig") {
    return [];
  }
  const match = /^((?:spec\.)?receivers\[\d+\])\.(\w+?)_?[Cc]onfigs\[\d+\]\./.exec(path);
  if (match === null || before === undefined || after !== undefined) {
    return [];
  }
  return [{ kind: "alert-muted", summary: `notification removed: ${match[2]} of receiver ${String(fields[`${match[1]}.name`])}` }];
}

/** A changed field of an alert: lower severity or priority, disabled, fewer notifications, a later threshold. */
function alertFieldFindings(item: OutputItem, { path, before, after }: FieldChange): Finding[] {
  const findings: Finding[] = [];
  const segment = lastSegment(path);
  const severityBefore = statedSeverity(path, before);
  const rankBefore = severityBefore === undefined ? undefined : severityRank(severityBefore);
  const severityAfter = statedSeverity(path, after);
  const rankAfter = severityAfter === undefined ? 0 : severityRank(severityAfter);
  if (rankBefore !== undefined && rankAfter !== undefined && rankAfter < rankBefore) {
    findings.push({ kind: "alert-muted", summary: `severity lowered ${severityBefore} → ${severityAfter ?? "none"}` });
  }
  if (["enabled", "active"].includes(segment) && before === true && after !== true) {
    findings.push({ kind: "alert-muted", summary: "alert disabled" });
  }
  const priorityBefore = numeric(before);
  const priorityAfter = numeric(after);
  if (segment === "priority" && priorityBefore !== undefined && (priorityAfter === undefined || priorityAfter > priorityBefore)) {
    findings.push({ kind: "alert-muted", summary: `priority lowered P${priorityBefore} → ${priorityAfter === undefined ? "none" : `P${priorityAfter}`}` });
  }
  if (segment === "message" && typeof before === "string") {
    const kept = new Set(typeof after === "string" ? mentions(after) : []);
    mentions(before)
      .filter((mention) => !kept.has(mention))
      .forEach((mention) => findings.push({ kind: "alert-muted", summary: `notification removed: ${mention}` }));
  }
  if (["critical", "warning", "threshold"].includes(segment) && numeric(before) !== undefined && numeric(after) !== undefined) {
    const firesBelow = comparisons(String(item.fields.query ?? "")).some((comparison) => comparison.operator.startsWith("<"));
    findings.push(...laterThreshold(firesBelow ? "<" : ">", numeric(before) as number, numeric(after) as number));
  }
  if (["expr", "query"].includes(segment) && typeof before === "string" && typeof after === "string") {
    const old = comparisons(before);
    const updated = comparisons(after);
    if (old.length === updated.length) {
      old.forEach((comparison, index) => findings.push(...laterThreshold(comparison.operator, comparison.value, updated[index].value)));
    }
  }
  return findings;
}

/** A threshold that moved so the alert fires later: raised for `>`, lowered for `<`. */
function laterThreshold(operator: string, before: number, after: number): Finding[] {
  const later = operator.startsWith(">") ? after > before : after < before;
  return later ? [{ kind: "threshold-raised", summary: `threshold ${after > before ? "raised" : "lowered"} ${before} → ${after}` }] : [];
}

/** The dangers of one change, each at most once. */
function findingsOf(change: ItemChange): Finding[] {
  let found: Finding[] = [];
  switch (change.change) {
    case "removed":
      found = removalFindings(change.before);
      break;
    case "added":
      found = change.after.kind === "terraform" && MUTING_TYPES.has(change.after.type) ? [{ kind: "alert-muted", summary: `alerts muted by ${change.after.label}` }] : [];
      break;
    case "changed":
      found = change.fields.flatMap((field) => fieldFindings(change.after, field, { ...change.before.fields, ...change.after.fields }));
      break;
    case "retired":
      break;
  }
  const key = (finding: Finding) => `${finding.kind}\u0000${finding.summary}`;
  return found.filter((finding, index) => found.findIndex((other) => key(other) === key(finding)) === index);
}

/**
 * The dangers of a plan, merged by construct, kind and summary (the same rule in a rule file and in a
 * PrometheusRule is one danger), listed by kind (see DANGER_KINDS), then construct, then summary.
 */
export function dangersOf(changes: readonly ItemChange[]): Danger[] {
  const merged = new Map<string, { kind: DangerKind; construct: string; summary: string; ofItems: boolean; items: Set<string> }>();
  for (const change of changes) {
    // A changed item is named as it was: "severity lowered page → ticket" of the page alert.
    const item = change.change === "changed" ? change.before : itemOf(change);
    for (const finding of findingsOf(change)) {
      const key = `${finding.kind}\u0000${item.construct}\u0000${finding.summary}`;
      const entry = merged.get(key) ?? { kind: finding.kind, summary: finding.summary, ofItems: finding.ofItems ?? false, construct: item.construct, items: new Set<string>() };
      entry.items.add(item.label);
      merged.set(key, entry);
    }
  }
  const rank = (danger: Danger) => `${DANGER_KINDS.indexOf(danger.kind)}\u0000${danger.construct}\u0000${danger.summary}`;
  return [...merged.values()]
    .map((entry) => ({ kind: entry.kind, construct: entry.construct, summary: entry.summary, ofItems: entry.ofItems, items: [...entry.items].sort() }))
    .sort((a, b) => (rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : 0));
}
