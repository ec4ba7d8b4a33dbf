import type { ItemChange } from "../../domain/plan-diff/compare";
import type { PlanDiff } from "../../domain/plan-diff/plan-diff";
import { VERBS, changesByConstruct, dangerSentence, dangerTitle, headline, itemName, shownFields } from "./describe-change";

/**
 * The most characters the construct sections may fill, below GitHub's 65,536 for a comment, leaving room for the
 * headline and the dangerous changes.
 */
export const MARKDOWN_BUDGET = 50_000;

const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;

/** One construct's section: its changes, each with its changed fields. */
function constructSection(construct: string, changes: readonly ItemChange[]): string[] {
  return [
    "",
    `##### ${code(construct)}`,
    "",
    ...changes.flatMap((change) => [`- **${VERBS[change.change]}** ${itemName(change)}`, ...shownFields(change).map((field) => `  - ${code(field)}`)]),
  ];
}

/**
 * The plan as Markdown, the comment a CI job posts on a pull request: the headline, the dangerous changes first,
 * then every change by construct, field by field. Construct sections stop before MARKDOWN_BUDGET characters, with
 * a last line telling how many were left out (the dangerous changes are always complete).
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
  const sections = changesByConstruct(plan);
  let used = 0;
  for (const [index, [construct, changes]] of sections.entries()) {
    const section = constructSection(construct, changes);
    used += section.join("\n").length + 1;
    if (used > MARKDOWN_BUDGET) {
      const left = sections.slice(index);
      const count = left.reduce((sum, [, rest]) => sum + rest.length, 0);
      lines.push("", `_… and ${left.length} more constructs with ${count} changes: run \`watchkeeper diff --format text\` for the whole plan._`);
      break;
    }
    lines.push(...section);
  }
  return `${lines.join("\n")}\n`;
}
