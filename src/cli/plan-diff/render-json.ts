import type { FieldChange, ItemChange } from "../../domain/plan-diff/compare";
import { itemOf } from "../../domain/plan-diff/compare";
import type { Danger } from "../../domain/plan-diff/danger";
import type { OutputKind } from "../../domain/plan-diff/output-item";
import type { OutputCount } from "../../domain/plan-diff/output-changes";
import { type PlanDiff, planExitCode } from "../../domain/plan-diff/plan-diff";

/** One change in the JSON report. */
export interface JsonChange {
  /** `added`, `imported` (taken over from its vendor account), `changed`, `removed` (destroyed) or `retired` (left in its vendor account). */
  readonly change: ItemChange["change"];
  readonly construct: string;
  readonly stack: string;
  /** `terraform`, `rule`, `kubernetes` or `file`. */
  readonly kind: OutputKind;
  /** Terraform resource type, `alerting rule` / `recording rule`, Kubernetes kind, or the file's kind. */
  readonly type: string;
  readonly label: string;
  /** What identifies the item across synths. */
  readonly id: string;
  /** Terraform only: `<type>.<logical id>`. */
  readonly address?: string;
  /** Changed items only: every differing field; `before` or `after` is absent when the field is absent there. */
  readonly fields?: readonly FieldChange[];
}

/** One construct's changes at a glance: outputs (the copies of a mirrored one counted once) by change and noun. */
export interface JsonConstruct {
  readonly construct: string;
  /** `added` or `removed` (or `retired`) when every output of it is, else `changed`. */
  readonly change: ItemChange["change"];
  readonly counts: readonly OutputCount[];
}

/**
 * The JSON report of `watchkeeper diff --format json`, version 1: additions to it add fields, never change or
 * remove one. Changes are sorted by construct then id; dangers by kind (history-lost, alert-removed, alert-muted,
 * objective-loosened, threshold-raised, route-changed), then construct, then summary.
 */
export interface JsonPlan {
  readonly version: 1;
  /** The command's exit code: 0 no change, 2 changes, 3 dangerous changes. */
  readonly exitCode: 0 | 2 | 3;
  /** Items by change (each copy of a mirrored output apart), dangers, and Terraform resources moved to another address. */
  readonly counts: { readonly added: number; readonly imported: number; readonly changed: number; readonly removed: number; readonly retired: number; readonly dangers: number; readonly moved: number };
  readonly dangers: readonly Danger[];
  /** One entry per changed construct, in the order of `changes`. */
  readonly constructs: readonly JsonConstruct[];
  readonly changes: readonly JsonChange[];
}

function jsonChange(change: ItemChange): JsonChange {
  const { construct, stack, kind, type, label, id, address } = itemOf(change);
  return {
    change: change.change,
    construct,
    stack,
    kind,
    type,
    label,
    id,
    ...(address === undefined ? {} : { address }),
    ...(change.change === "changed" ? { fields: change.fields } : {}),
  };
}

/** The plan as a JsonPlan object. */
export function jsonPlan(plan: PlanDiff): JsonPlan {
  const tally = (kind: ItemChange["change"]) => plan.changes.filter((change) => change.change === kind).length;
  return {
    version: 1,
    exitCode: planExitCode(plan),
    counts: { added: tally("added"), imported: tally("imported"), changed: tally("changed"), removed: tally("removed"), retired: tally("retired"), dangers: plan.dangers.length, moved: plan.moved },
    dangers: plan.dangers,
    constructs: plan.constructs.map(({ construct, change, counts }) => ({ construct, change, counts })),
    changes: plan.changes.map(jsonChange),
  };
}

/** The plan as JSON text (see JsonPlan), two-space indented. */
export const renderJson = (plan: PlanDiff): string => `${JSON.stringify(jsonPlan(plan), null, 2)}\n`;
