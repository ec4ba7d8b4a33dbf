import { type IAspect, TerraformResource } from "cdktf";
import type { IConstruct } from "constructs";
import { HISTORY_KEEPING_TYPES } from "../../domain/plan-diff/danger-signals";

/**
 * Sets `lifecycle { prevent_destroy = true }` on every resource of a type that keeps history (HISTORY_KEEPING_TYPES,
 * the list `watchkeeper diff` flags too), whoever wrote it: Terraform then refuses a plan that would destroy or
 * replace one while it is declared. Removing the declaration is what the history guard checks at synth.
 */
export class PreventHistoryDestroy implements IAspect {
  visit(node: IConstruct): void {
    if (TerraformResource.isTerraformResource(node) && HISTORY_KEEPING_TYPES.has(node.terraformResourceType)) {
      node.lifecycle = { ...node.lifecycle, preventDestroy: true };
    }
  }
}
