import { type ItemChange, itemOf } from "../../domain/plan-diff/compare";
import { DANGER_KINDS, type DangerKind } from "../../domain/plan-diff/danger";
import { describeField } from "../../domain/plan-diff/describe-field";
import { type ConstructSummary, type OutputChange, placeOf } from "../../domain/plan-diff/output-changes";
import type { PlanDiff } from "../../domain/plan-diff/plan-diff";

/** The changed fields shown per output in the readable formats; the JSON format has them all. */
const FIELDS_SHOWN = 10;
/** The names listed for a group of added or removed outputs of one noun; the rest are counted. */
const NAMES_SHOWN = 8;
/** The constructs named in one danger line; the rest are counted. */
const CONSTRUCTS_SHOWN = 6;

/** Output types whose changed fields follow from other changes and are only counted: generated tests. */
const COUNTED_TYPES: ReadonlySet<string> = new Set(["promtool test file"]);

/** A noun in the plural: `Datadog monitor` → `Datadog monitors`, `escalation policy` → `escalation policies`. */
export function plural(noun: string, count: number): string {
  if (count === 1) {
    return noun;
  }
  if (/[^aeiou]y$/.test(noun)) {
    return `${noun.slice(0, -1)}ies`;
  }
  return /(s|x|ch|sh)$/.test(noun) ? `${noun}es` : `${noun}s`;
}

const count = (n: number, noun: string): string => `${n} ${plural(noun, n)}`;

/** What happens to an output, as a verb. */
export const VERBS: Readonly<Record<ItemChange["change"], string>> = {
  added: "added",
  imported: "imported (an object its vendor account already has, taken over: nothing is created)",
  changed: "changed",
  removed: "removed",
  retired: "retired (left in its vendor account)",
};

/** The plan in one line, e.g. `2 dangerous changes; 14 changes in 3 constructs (5 added, 8 changed, 1 removed)`. */
export function headline(plan: PlanDiff): string {
  const moved = plan.moved > 0 ? `${count(plan.moved, "Terraform address")} moved (moved blocks: Terraform moves the state, nothing is replaced)` : "";
  if (plan.outputs.length === 0) {
    return moved === "" ? "no changes" : `no other changes; ${moved}`;
  }
  const tally = (["added", "imported", "changed", "removed", "retired"] as const)
    .map((kind) => [kind, plan.outputs.filter((output) => output.change === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(", ");
  const dangers = dangerLines(plan).length;
  return [
    ...(dangers > 0 ? [count(dangers, "dangerous change")] : []),
    `${count(plan.outputs.length, "change")} in ${count(plan.constructs.length, "construct")} (${tally})`,
    ...(moved === "" ? [] : [moved]),
  ].join("; ");
}

/**
 * A construct's outputs counted by noun, `1 Datadog SLO, 4 Datadog monitors`; by change when its outputs differ in
 * change: `added 2 Datadog monitors; changed 1 Datadog SLO; removed 2 Datadog monitors`.
 */
export function constructCounts(summary: ConstructSummary): string {
  const changes = [...new Set(summary.counts.map((entry) => entry.change))];
  const counted = (change: string) => summary.counts.filter((entry) => entry.change === change).map((entry) => count(entry.count, entry.noun)).join(", ");
  return changes.length === 1 ? counted(changes[0]) : changes.map((change) => `${change} ${counted(change)}`).join("; ");
}

/** Labels described by noun: one alone by its label, more as a count (`Datadog SLO "a", 4 Datadog monitors`). */
function describeItems(labels: readonly string[], nounOf: ReadonlyMap<string, string>): string {
  const byNoun = new Map<string, string[]>();
  labels.forEach((label) => {
    const noun = nounOf.get(label) ?? label;
    byNoun.set(noun, [...(byNoun.get(noun) ?? []), label]);
  });
  return [...byNoun.entries()].map(([noun, own]) => (own.length === 1 ? own[0] : count(own.length, noun))).join(", ");
}

/** One dangerous change as listed: its kind, the constructs it happens in, and what happens. */
export interface DangerLine {
  readonly kind: DangerKind;
  readonly constructs: readonly string[];
  /** The constructs beyond those named. */
  readonly moreConstructs: number;
  readonly sentence: string;
}

/**
 * The plan's dangers as lines: the same danger (kind and summary) in several constructs, production's and staging's
 * SLO say, is one line naming them; its outputs are described by noun.
 */
export function dangerLines(plan: PlanDiff): DangerLine[] {
  const nounOf = new Map(plan.changes.flatMap((change) => [change.change === "changed" ? change.before : itemOf(change), itemOf(change)].map((item) => [item.label, item.noun] as const)));
  const groups = new Map<string, { kind: DangerKind; summary: string; ofItems: boolean; constructs: string[]; items: Set<string> }>();
  for (const danger of plan.dangers) {
    const key = `${danger.kind}\u0000${danger.summary}`;
    const group = groups.get(key) ?? { kind: danger.kind, summary: danger.summary, ofItems: danger.ofItems, constructs: [], items: new Set<string>() };
    group.constructs.push(danger.construct);
    danger.items.forEach((item) => group.items.add(item));
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => DANGER_KINDS.indexOf(a.kind) - DANGER_KINDS.indexOf(b.kind))
    .map((group) => {
      const items = describeItems([...group.items].sort(), nounOf);
      return {
        kind: group.kind,
        constructs: group.constructs.slice(0, CONSTRUCTS_SHOWN),
        moreConstructs: Math.max(0, group.constructs.length - CONSTRUCTS_SHOWN),
        sentence: group.ofItems ? `${items} ${group.summary}` : `${group.summary} (${items})`,
      };
    });
}

/** The readable name of a danger kind: `history-lost` → `history lost`. */
export const dangerTitle = (kind: string): string => kind.replace(/-/g, " ");

/** One line of a construct's detail: what happens, to which outputs, where their copies are, and the changed fields. */
export interface DetailEntry {
  readonly change: ItemChange["change"];
  readonly subject: string;
  /** Where the copies of a mirrored output are, e.g. `in PrometheusRule monitoring/a and prometheus/a.rules.yml`. */
  readonly places?: string;
  readonly fields: readonly string[];
}

/** Words joined as a reader lists them: `a`, `a and b`, `a, b and c`. */
const joinAnd = (words: readonly string[]): string => (words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`);

/** Where an output's copies are, when it has more than one: `in PrometheusRule monitoring/a and prometheus/a.rules.yml`. */
const placesOf = (output: OutputChange): string | undefined => (output.copies.length > 1 ? `in ${joinAnd(output.copies.map((copy) => placeOf(itemOf(copy))))}` : undefined);

/** The field lines shown for an output, with a last line telling how many were left out. */
function shownFields(output: OutputChange): string[] {
  const change = output.shown;
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

/**
 * A construct's changes, line by line: each changed output with its fields; added, imported, removed and retired outputs of
 * one noun on one line (`4 Datadog monitors: "[page] …", …`).
 */
export function constructDetail(summary: ConstructSummary): DetailEntry[] {
  const entries: DetailEntry[] = summary.outputs
    .filter((output) => output.change === "changed")
    .map((output) => ({ change: output.change, subject: output.label, places: placesOf(output), fields: shownFields(output) }));
  for (const change of ["added", "imported", "removed", "retired"] as const) {
    const nouns = new Map<string, OutputChange[]>();
    summary.outputs.filter((output) => output.change === change).forEach((output) => nouns.set(output.noun, [...(nouns.get(output.noun) ?? []), output]));
    for (const [noun, outputs] of nouns) {
      const names = outputs.slice(0, NAMES_SHOWN).map((output) => (output.label.startsWith(`${noun} `) ? output.label.slice(noun.length + 1) : output.label));
      const more = outputs.length > NAMES_SHOWN ? `, and ${outputs.length - NAMES_SHOWN} more` : "";
      const subject = outputs.length === 1 ? outputs[0].label : `${count(outputs.length, noun)}: ${names.join(", ")}${more}`;
      entries.push({ change, subject, places: placesOf(outputs[0]), fields: [] });
    }
  }
  return entries.map((entry) => (entry.places === undefined ? { change: entry.change, subject: entry.subject, fields: entry.fields } : entry));
}
