import { type ItemChange, compareOutputs } from "./compare";
import { type Danger, dangersOf } from "./dangers";
import type { OutputItem } from "./output-item";

/** Two synths compared: every change, and the dangerous ones among them. */
export interface PlanDiff {
  readonly changes: readonly ItemChange[];
  readonly dangers: readonly Danger[];
}

/** What a synth holds, as the diff reads it. */
export interface SynthContent {
  readonly items: readonly OutputItem[];
  /** Terraform addresses its `removed` blocks leave in their vendor account. */
  readonly retired: ReadonlySet<string>;
}

/** The plan from a previous synth to a new one. */
export function planDiff(previous: SynthContent, current: SynthContent): PlanDiff {
  const changes = compareOutputs(previous.items, current.items, current.retired);
  return { changes, dangers: dangersOf(changes) };
}

/** `watchkeeper diff`'s exit code: 0 no change, 2 changes, 3 dangerous changes. */
export function planExitCode(plan: PlanDiff): 0 | 2 | 3 {
  return plan.dangers.length > 0 ? 3 : plan.changes.length > 0 ? 2 : 0;
}
