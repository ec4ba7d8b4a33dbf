import { type ItemChange, compareOutputs } from "./compare";
import type { Danger } from "./danger";
import { dangersOf } from "./dangers";
import type { OutputItem } from "./output-item";
import { type ConstructSummary, type OutputChange, collapseMirrors, summarizeConstructs } from "./output-changes";

/** Two synths compared: every item's change, the same as outputs and by construct, and the dangerous ones. */
export interface PlanDiff {
  /** Every changed item, copies of a mirrored output apart. */
  readonly changes: readonly ItemChange[];
  /** The changes as a reviewer counts them, the copies of an output as one. */
  readonly outputs: readonly OutputChange[];
  /** The outputs by construct. */
  readonly constructs: readonly ConstructSummary[];
  readonly dangers: readonly Danger[];
  /** How many Terraform resources of the previous synth the new one moves to another address (state moves, no change). */
  readonly moved: number;
}

/** What a synth holds, as the diff reads it. */
export interface SynthContent {
  readonly items: readonly OutputItem[];
  /** Terraform addresses its `removed` blocks leave in their vendor account. */
  readonly retired: ReadonlySet<string>;
  /** The item ids its `moved` blocks move from, to the ids they move to. @default none */
  readonly moved?: ReadonlyMap<string, string>;
  /** Terraform addresses its `import` blocks take over from their vendor account. @default none */
  readonly imported?: ReadonlySet<string>;
}

/** The plan from a previous synth to a new one. */
export function planDiff(previous: SynthContent, current: SynthContent): PlanDiff {
  const moved = current.moved ?? new Map<string, string>();
  const currentIds = new Set(current.items.map((item) => item.id));
  const changes = compareOutputs(previous.items, current.items, current.retired, moved, current.imported);
  const outputs = collapseMirrors(changes);
  return {
    changes,
    outputs,
    constructs: summarizeConstructs(outputs),
    dangers: dangersOf(outputs),
    moved: previous.items.filter((item) => currentIds.has(moved.get(item.id) ?? "")).length,
  };
}

/** `watchkeeper diff`'s exit code: 0 no change, 2 changes (an address move is one), 3 dangerous changes. */
export function planExitCode(plan: PlanDiff): 0 | 2 | 3 {
  return plan.dangers.length > 0 ? 3 : plan.changes.length > 0 || plan.moved > 0 ? 2 : 0;
}
