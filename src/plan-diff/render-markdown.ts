import type { PlanDiff } from "../domain/plan-diff/plan-diff";
import { VERBS, changesByConstruct, dangerSentence, dangerTitle, headline, itemName, shownFields } from "./describe-change";

const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;

/**
 * The plan as Markdown, the comment a CI job posts on a pull request: the headline, the dangerous changes first,
 * then every change by construct, field by field.
 */
export function renderMarkdown(plan: PlanDiff): string {
  const lines = ["### Watchkeeper plan", "", `**${headline(plan)}**`];
  if (plan.dangers.length > 0) {
    lines.push("", "#### ⚠️ Dangerous changes", "");
    plan.dangers.forEach((danger) => lines.push(`- **${dangerTitle(danger.kind)}** in ${code(danger.construct)}: ${dangerSentence(danger)}`));
  }
  if (plan.changes.length > 0) {
    lines.push("", "#### Changes by construct");
  }
  for (const [construct, changes] of changesByConstruct(plan)) {
    lines.push("", `##### ${code(construct)}`, "");
    for (const change of changes) {
      lines.push(`- **${VERBS[change.change]}** ${itemName(change)}`);
      shownFields(change).forEach((field) => lines.push(`  - ${code(field)}`));
    }
  }
  return `${lines.join("\n")}\n`;
}
