import { type ItemChange, itemOf, kindRank } from "./compare";
import type { OutputItem } from "./output-item";

/** The changes in the order they are counted and listed. */
export const CHANGE_ORDER: readonly ItemChange["change"][] = ["added", "imported", "changed", "removed", "retired"];

/**
 * One output as a reviewer counts it, and what happens to it: an item, or every copy of a mirrored one (a rule in its
 * rule file and in its PrometheusRule; a dashboard as a Terraform resource, a JSON file and a GrafanaDashboard).
 */
export interface OutputChange {
  /** The copies' change when they agree, else `changed`. */
  readonly change: ItemChange["change"];
  readonly stack: string;
  readonly construct: string;
  readonly noun: string;
  readonly label: string;
  /** The copy it is shown by: its Terraform resource, else its rule, Kubernetes object, file. */
  readonly shown: ItemChange;
  /** Every copy's change, the shown one first. */
  readonly copies: readonly ItemChange[];
}

/** Where a copy lives: `Terraform`, a rule file or PrometheusRule, a Kubernetes object, a file's path. */
export function placeOf(item: OutputItem): string {
  switch (item.kind) {
    case "terraform":
      return "Terraform";
    case "rule":
      return item.where ?? item.label;
    case "kubernetes":
      return item.label;
    case "file":
      return item.label.startsWith(`${item.noun} `) ? item.label.slice(item.noun.length + 1) : item.label;
  }
}

/** The changes as outputs: the copies of a mirrored output (same stack and `mirror`) become one, in the changes' order. */
export function collapseMirrors(changes: readonly ItemChange[]): OutputChange[] {
  const groups = new Map<string, ItemChange[]>();
  for (const change of changes) {
    const item = itemOf(change);
    const key = item.mirror === undefined ? `item\u0000${item.id}` : `mirror\u0000${item.stack}\u0000${item.mirror}`;
    groups.set(key, [...(groups.get(key) ?? []), change]);
  }
  return [...groups.values()].map((group) => {
    const copies = [...group].sort((a, b) => kindRank(itemOf(a)) - kindRank(itemOf(b)));
    const shown = copies[0];
    const item = itemOf(shown);
    const agree = copies.every((copy) => copy.change === shown.change);
    return { change: agree ? shown.change : "changed", stack: item.stack, construct: item.construct, noun: item.noun, label: item.label, shown, copies };
  });
}

/** How many outputs of one noun a construct's change touches. */
export interface OutputCount {
  readonly change: ItemChange["change"];
  readonly noun: string;
  readonly count: number;
}

/** One construct's changes at a glance. */
export interface ConstructSummary {
  readonly construct: string;
  /** `added` or `removed` (or `retired`) when every output of it is, else `changed`. */
  readonly change: ItemChange["change"];
  /** Outputs by change (added, imported, changed, removed, retired), then noun in order of appearance. */
  readonly counts: readonly OutputCount[];
  readonly outputs: readonly OutputChange[];
}

/** The outputs grouped by construct, in the plan's order, each with its counts. */
export function summarizeConstructs(outputs: readonly OutputChange[]): ConstructSummary[] {
  const byConstruct = new Map<string, OutputChange[]>();
  outputs.forEach((output) => byConstruct.set(output.construct, [...(byConstruct.get(output.construct) ?? []), output]));
  return [...byConstruct.entries()].map(([construct, own]) => {
    const counts = CHANGE_ORDER.flatMap((change) => {
      const nouns = new Map<string, number>();
      own.filter((output) => output.change === change).forEach((output) => nouns.set(output.noun, (nouns.get(output.noun) ?? 0) + 1));
      return [...nouns.entries()].map(([noun, count]) => ({ change, noun, count }));
    });
    const changes = new Set(own.map((output) => output.change));
    return { construct, change: changes.size === 1 ? own[0].change : "changed", counts, outputs: own };
  });
}
