import { type FieldChange, type ItemChange, itemOf } from "../../domain/plan-diff/compare";
import type { Danger } from "../../domain/plan-diff/dangers";
import type { FieldValue } from "../../domain/plan-diff/output-item";
import type { PlanDiff } from "../../domain/plan-diff/plan-diff";

/** The changed fields shown per item in the readable formats; the JSON format has them all. */
const FIELDS_SHOWN = 10;

const MAX_TEXT = 80;

/** A value as a reviewer reads it: text quoted (long text shortened), lists as `[a, b]`, absence as `(none)`. */
function formatValue(value: FieldValue | undefined): string {
  if (value === undefined) {
    return "(none)";
  }
  if (Array.isArray(value)) {
    return `[${value.map((entry) => formatValue(entry)).join(", ")}]`;
  }
  if (typeof value === "string") {
    const quoted = JSON.stringify(value);
    return quoted.length > MAX_TEXT ? `${quoted.slice(0, MAX_TEXT - 2)}…"` : quoted;
  }
  return String(value);
}

/** Two long texts from a little before where they first differ, so the difference shows: `"…at 14.4x"` → `"…at 20x"`. */
function differingExcerpts(before: string, after: string): [string, string] {
  let common = 0;
  while (common < before.length && before[common] === after[common]) {
    common++;
  }
  const start = Math.max(0, common - 20);
  const excerpt = (text: string) => (start > 0 ? `"…${formatValue(text.slice(start)).slice(1)}` : formatValue(text));
  return [excerpt(before), excerpt(after)];
}

/**
 * One field change as `path: before → after`: long texts from where they differ; lists show what left and what came
 * (`tags: − severity:page, + severity:ticket`).
 */
export function describeField({ path, before, after }: FieldChange): string {
  if (typeof before === "string" && typeof after === "string" && JSON.stringify(before).length > MAX_TEXT) {
    const [old, updated] = differingExcerpts(before, after);
    return `${path}: ${old} → ${updated}`;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const gone = before.filter((entry) => !after.includes(entry)).map((entry) => `− ${formatValue(entry)}`);
    const come = after.filter((entry) => !before.includes(entry)).map((entry) => `+ ${formatValue(entry)}`);
    const moves = [...gone, ...come];
    return `${path}: ${moves.length > 0 ? moves.join(", ") : `${formatValue(before)} → ${formatValue(after)}`}`;
  }
  return `${path}: ${formatValue(before)} → ${formatValue(after)}`;
}

/** What happens to an item, as a verb. */
export const VERBS: Readonly<Record<ItemChange["change"], string>> = {
  added: "added",
  changed: "changed",
  removed: "removed",
  retired: "retired (left in its vendor account)",
};

/** The changes grouped by construct path, in the plan's order. */
export function changesByConstruct(plan: PlanDiff): [string, ItemChange[]][] {
  const groups = new Map<string, ItemChange[]>();
  for (const change of plan.changes) {
    const construct = itemOf(change).construct;
    groups.set(construct, [...(groups.get(construct) ?? []), change]);
  }
  return [...groups.entries()];
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

/** The plan in one line, e.g. `2 dangerous changes; 14 changes in 3 constructs (5 added, 8 changed, 1 removed)`. */
export function headline(plan: PlanDiff): string {
  if (plan.changes.length === 0) {
    return "no changes";
  }
  const tally = (["added", "changed", "removed", "retired"] as const)
    .map((kind) => [kind, plan.changes.filter((change) => change.change === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(", ");
  const dangers = plan.dangers.length > 0 ? `${count(plan.dangers.length, "dangerous change")}; ` : "";
  return `${dangers}${count(plan.changes.length, "change")} in ${count(changesByConstruct(plan).length, "construct")} (${tally})`;
}

/** The readable name of a danger kind: `history-lost` → `history lost`. */
export const dangerTitle = (kind: string): string => kind.replace(/-/g, " ");

/** Item types whose changed fields follow from other changes and are only counted: generated tests. */
const COUNTED_TYPES: ReadonlySet<string> = new Set(["promtool test file"]);

/** A change's item as listed: its label, and where it is when two items share a label (a rule file, a PrometheusRule). */
export function itemName(change: ItemChange): string {
  const item = itemOf(change);
  return item.where === undefined ? item.label : `${item.label} in ${item.where}`;
}

/** The field lines shown for a change, with a last line telling how many were left out. */
export function shownFields(change: ItemChange): string[] {
  if (change.change !== "changed") {
    return [];
  }
  if (COUNTED_TYPES.has(change.after.type)) {
    return [`${count(change.fields.length, "field")} changed`];
  }
  const lines = change.fields.slice(0, FIELDS_SHOWN).map(describeField);
  const hidden = change.fields.length - FIELDS_SHOWN;
  return hidden > 0 ? [...lines, `… and ${count(hidden, "more field")}`] : lines;
}

/** A danger as a sentence: `Datadog SLO "a", Datadog monitor "b" will be destroyed: history lost`, `objective loosened 99.9 → 99.5 (Datadog SLO "a")`. */
export function dangerSentence(danger: Danger): string {
  if (danger.ofItems) {
    return `${danger.items.join(", ")} ${danger.summary}`;
  }
  return `${danger.summary} (${danger.items.join("; ")})`;
}
