import type { FieldChange, ItemChange } from "./compare";
import { ALERT_TYPES, HISTORY_KEEPING_TYPES, MUTING_TYPES, ROUTE_TYPES, comparisons, lastSegment, numeric, severityRank, statedObjective, statedSeverity } from "./danger-signals";
import type { OutputItem } from "./output-item";
import type { OutputChange } from "./output-changes";
import { DANGER_KINDS, type Danger, type DangerKind, type Finding } from "./danger";
import { mentionFindings, notificationFindings, routeFinding } from "./route-findings";

const isAlert = (item: OutputItem): boolean => item.type === "alerting rule" || (item.kind === "terraform" && ALERT_TYPES.has(item.type));

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
  findings.push(...notificationFindings(item, field, fields, isAlert(item)));
  return findings;
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
    findings.push(...mentionFindings(before, typeof after === "string" ? after : undefined));
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
      found = [
        ...change.fields.flatMap((field) => fieldFindings(change.after, field, { ...change.before.fields, ...change.after.fields })),
        ...routeFinding(change.after, change.fields),
      ];
      break;
    case "imported":
    case "retired":
      break;
  }
  const key = (finding: Finding) => `${finding.kind}\u0000${finding.summary}`;
  return found.filter((finding, index) => found.findIndex((other) => key(other) === key(finding)) === index);
}

/**
 * The dangers of a plan's outputs, merged by construct, kind and summary, listed by kind (see DANGER_KINDS), then
 * construct, then summary. An output's copies (a rule in its rule file and its PrometheusRule) are one output: its
 * dangers are read from the copy it is shown by.
 */
export function dangersOf(outputs: readonly OutputChange[]): Danger[] {
  const merged = new Map<string, { kind: DangerKind; construct: string; summary: string; ofItems: boolean; items: Set<string> }>();
  for (const output of outputs) {
    const change = output.shown;
    // A changed item is named as it was: "severity lowered page → ticket" of the page alert.
    const label = change.change === "changed" ? change.before.label : output.label;
    for (const finding of findingsOf(change)) {
      const key = `${finding.kind}\u0000${output.construct}\u0000${finding.summary}`;
      const entry = merged.get(key) ?? { kind: finding.kind, summary: finding.summary, ofItems: finding.ofItems ?? false, construct: output.construct, items: new Set<string>() };
      entry.items.add(label);
      merged.set(key, entry);
    }
  }
  const rank = (danger: Danger) => `${DANGER_KINDS.indexOf(danger.kind)}\u0000${danger.construct}\u0000${danger.summary}`;
  return [...merged.values()]
    .map((entry) => ({ kind: entry.kind, construct: entry.construct, summary: entry.summary, ofItems: entry.ofItems, items: [...entry.items].sort() }))
    .sort((a, b) => (rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : 0));
}
