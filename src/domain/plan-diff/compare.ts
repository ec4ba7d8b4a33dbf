import type { FieldValue, OutputItem, OutputKind } from "./output-item";

const KIND_ORDER: readonly OutputKind[] = ["terraform", "rule", "kubernetes", "file"];

/** One field of an item that differs between the two synths; `before` or `after` is undefined when absent there. */
export interface FieldChange {
  readonly path: string;
  readonly before?: FieldValue;
  readonly after?: FieldValue;
}

/**
 * What happens to one item: `added`, `imported` (a Terraform resource the new synth takes over from its vendor
 * account with an `import` block: nothing is created), `changed` (with its fields), `removed` (Terraform destroys it),
 * or `retired` (a Terraform resource the new synth leaves in its vendor account with a `removed` block: no destroy).
 */
export type ItemChange =
  | { readonly change: "added" | "imported"; readonly after: OutputItem }
  | { readonly change: "removed" | "retired"; readonly before: OutputItem }
  | { readonly change: "changed"; readonly before: OutputItem; readonly after: OutputItem; readonly fields: readonly FieldChange[] };

/** The item of a change as the new synth has it, or as the previous one had it when it is gone. */
export const itemOf = (change: ItemChange): OutputItem => ("after" in change ? change.after : change.before);

const sameValue = (a: FieldValue | undefined, b: FieldValue | undefined): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The fields that differ between two versions of an item, sorted by path. */
export function fieldChanges(before: OutputItem["fields"], after: OutputItem["fields"]): FieldChange[] {
  const paths = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return paths
    .filter((path) => !sameValue(before[path], after[path]))
    .map((path) => ({ path, ...(path in before ? { before: before[path] } : {}), ...(path in after ? { after: after[path] } : {}) }));
}

/** The rank of an item's kind in listings: Terraform resources, rules, Kubernetes objects, files. */
export const kindRank = (item: OutputItem): number => KIND_ORDER.indexOf(item.kind);

/**
 * Every difference between a previous synth and a new one, in a stable order: by construct path, then kind
 * (Terraform resources, rules, Kubernetes objects, files), then item id.
 * @param retired Terraform addresses the new synth retires (`removed` blocks that keep the vendor's object)
 * @param moved the ids of previous items that the new synth moves (Terraform `moved` blocks), to their new ids: the
 *   same item at another address, compared with its new self
 * @param imported Terraform addresses the new synth imports (`import` blocks that take over a vendor's object)
 */
export function compareOutputs(
  previous: readonly OutputItem[],
  current: readonly OutputItem[],
  retired: ReadonlySet<string> = new Set(),
  moved: ReadonlyMap<string, string> = new Map(),
  imported: ReadonlySet<string> = new Set(),
): ItemChange[] {
  const before = new Map(previous.map((item) => [moved.get(item.id) ?? item.id, item]));
  const after = new Map(current.map((item) => [item.id, item]));
  const changes: ItemChange[] = [];
  for (const item of current) {
    const old = before.get(item.id);
    if (old === undefined) {
      changes.push({ change: item.address !== undefined && imported.has(item.address) ? "imported" : "added", after: item });
      continue;
    }
    const fields = fieldChanges(old.fields, item.fields);
    if (fields.length > 0) {
      changes.push({ change: "changed", before: old, after: item, fields });
    }
  }
  for (const item of previous) {
    if (!after.has(moved.get(item.id) ?? item.id)) {
      const kept = item.address !== undefined && retired.has(item.address);
      changes.push({ change: kept ? "retired" : "removed", before: item });
    }
  }
  const key = (change: ItemChange) => `${itemOf(change).construct}\u0000${kindRank(itemOf(change))}\u0000${itemOf(change).id}`;
  return changes.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
