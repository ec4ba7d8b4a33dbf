import type { PlanDiff } from "../../domain/plan-diff/plan-diff";
import { changesByConstruct, dangerSentence, dangerTitle, headline, itemName, shownFields } from "./describe-change";

const SIGNS = { added: "+", changed: "~", removed: "-", retired: "=" } as const;

/**
 * The plan as plain text for a terminal: the headline, the dangerous changes (`!`), then each construct's changes
 * marked `+` added, `~` changed (its fields below), `-` removed (destroyed), `=` retired (kept in its vendor account).
 */
export function renderText(plan: PlanDiff): string {
  const lines = [`Watchkeeper plan: ${headline(plan)}`];
  if (plan.dangers.length > 0) {
    lines.push("", "Dangerous changes:");
    plan.dangers.forEach((danger) => lines.push(`  ! ${dangerTitle(danger.kind)}: ${danger.construct}: ${dangerSentence(danger)}`));
  }
  for (const [construct, changes] of changesByConstruct(plan)) {
    lines.push("", construct);
    for (const change of changes) {
      lines.push(`  ${SIGNS[change.change]} ${itemName(change)}`);
      shownFields(change).forEach((field) => lines.push(`      ${field}`));
    }
  }
  return `${lines.join("\n")}\n`;
}
