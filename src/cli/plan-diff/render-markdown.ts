import type { ConstructSummary } from "../../domain/plan-diff/output-changes";
import type { PlanDiff } from "../../domain/plan-diff/plan-diff";
import { type DangerLine, VERBS, constructCounts, constructDetail, dangerLines, dangerTitle, headline } from "./describe-plan";

/** GitHub's limit for a pull request comment, in characters. */
export const MARKDOWN_LIMIT = 65_536;

/** Room kept below the limit for the notes that say what was left out. */
const NOTES_ROOM = 1_000;

/** The most the dangerous changes and the summary may fill each, so that the other parts always find room. */
const SECTION_SHARE = 24_000;

const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;
const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A danger as a list item: `- **history lost** in `a`, `b`: what happens`. */
function dangerItem(line: DangerLine): string {
  const more = line.moreConstructs > 0 ? ` and ${line.moreConstructs} more` : "";
  return `- **${dangerTitle(line.kind)}** in ${line.constructs.map(code).join(", ")}${more}: ${line.sentence}`;
}

/** A construct's summary line: `- `production/a` **removed**: 1 Datadog SLO, 4 Datadog monitors`. */
const summaryItem = (summary: ConstructSummary): string => `- ${code(summary.construct)} **${summary.change}**: ${constructCounts(summary)}`;

/** A construct's detail, folded: each output line, its changed fields below. */
function detailBlock(summary: ConstructSummary, room: number): string {
  const head = `<details><summary><code>${escapeHtml(summary.construct)}</code> ${summary.change}: ${escapeHtml(constructCounts(summary))}</summary>\n`;
  const tail = "\n</details>";
  const lines: string[] = [];
  let used = head.length + tail.length;
  const entries = constructDetail(summary);
  for (const [index, entry] of entries.entries()) {
    const places = entry.places === undefined ? "" : ` (${entry.places})`;
    const text = [`- **${VERBS[entry.change]}** ${entry.subject}${places}`, ...entry.fields.map((field) => `  - ${code(field)}`)].join("\n");
    if (used + text.length + 200 > room) {
      lines.push(`- _… and ${entries.length - index} more lines: run \`watchkeeper diff --format text\` for them._`);
      break;
    }
    lines.push(text);
    used += text.length + 1;
  }
  return `${head}\n${lines.join("\n")}\n${tail}`;
}

/** Adds lines while they fit in `room` characters; returns how many were left out. */
function fill(out: string[], lines: readonly string[], room: number): number {
  let used = 0;
  for (const [index, line] of lines.entries()) {
    if (used + line.length + 1 > room) {
      return lines.length - index;
    }
    out.push(line);
    used += line.length + 1;
  }
  return 0;
}

/**
 * The plan as Markdown, the comment a CI job posts on a pull request: the headline, the dangerous changes (the
 * same danger in several constructs on one line), one summary line per construct, then each construct's detail in
 * a folded `<details>` block, field by field. It stays under MARKDOWN_LIMIT (GitHub's limit for a comment): what
 * does not fit is counted in a last line of its section.
 */
export function renderMarkdown(plan: PlanDiff): string {
  const out = ["### Watchkeeper plan", "", `**${headline(plan)}**`];
  const dangers = dangerLines(plan);
  if (dangers.length > 0) {
    out.push("", "#### ⚠️ Dangerous changes", "");
    const left = fill(out, dangers.map(dangerItem), SECTION_SHARE);
    if (left > 0) {
      out.push(`- _… and ${left} more dangerous changes: run \`watchkeeper diff --format text\` for all of them._`);
    }
  }
  if (plan.constructs.length === 0) {
    return `${out.join("\n")}\n`;
  }
  out.push("", "#### Changes", "");
  const left = fill(out, plan.constructs.map(summaryItem), SECTION_SHARE);
  if (left > 0) {
    out.push(`- _… and ${left} more constructs: run \`watchkeeper diff --format text\` for all of them._`);
  }
  out.push("", "#### Details");
  let used = out.join("\n").length;
  for (const [index, summary] of plan.constructs.entries()) {
    const room = MARKDOWN_LIMIT - NOTES_ROOM - used;
    const block = detailBlock(summary, room);
    if (block.length + 2 > room) {
      out.push("", `_… and the details of ${plan.constructs.length - index} more constructs: run \`watchkeeper diff --format text\` for them._`);
      break;
    }
    out.push("", block);
    used += block.length + 2;
  }
  return `${out.join("\n")}\n`;
}
