import type { PlanDiff } from "../../domain/plan-diff/plan-diff";
import { constructCounts, constructDetail, dangerLines, dangerTitle, headline } from "./describe-plan";

const SIGNS = { added: "+", imported: "<", changed: "~", removed: "-", retired: "=" } as const;

/**
 * The plan as plain text for a terminal: the headline, the dangerous changes (`!`), one summary line per construct,
 * then each construct's changes marked `+` added, `<` imported (taken over from its vendor account), `~` changed (its fields below), `-` removed (destroyed), `=` retired
 * (kept in its vendor account). It leaves out nothing but what the JSON format lists in full: fields beyond ten per
 * output, names beyond eight per line.
 */
export function renderText(plan: PlanDiff): string {
  const lines = [`Watchkeeper plan: ${headline(plan)}`];
  const dangers = dangerLines(plan);
  if (dangers.length > 0) {
    lines.push("", "Dangerous changes:");
    dangers.forEach((danger) => {
      const more = danger.moreConstructs > 0 ? ` and ${danger.moreConstructs} more` : "";
      lines.push(`  ! ${dangerTitle(danger.kind)} in ${danger.constructs.join(", ")}${more}: ${danger.sentence}`);
    });
  }
  if (plan.constructs.length > 0) {
    lines.push("", "Changes:");
    plan.constructs.forEach((summary) => lines.push(`  ${summary.construct} ${summary.change}: ${constructCounts(summary)}`));
  }
  for (const summary of plan.constructs) {
    lines.push("", summary.construct);
    for (const entry of constructDetail(summary)) {
      lines.push(`  ${SIGNS[entry.change]} ${entry.subject}${entry.places === undefined ? "" : ` (${entry.places})`}`);
      entry.fields.forEach((field) => lines.push(`      ${field}`));
    }
  }
  return `${lines.join("\n")}\n`;
}
