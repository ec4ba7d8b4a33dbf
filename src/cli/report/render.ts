import type { Block, Cell } from "./document";

/** Markdown: headings, bullet lists and pipe tables (pipes in text escaped), as a pull request or wiki shows them. */
export function renderMarkdown(blocks: readonly Block[]): string {
  const cell = (text: string) => text.replace(/\|/g, "\\|");
  const parts = blocks.map((block) => {
    switch (block.kind) {
      case "heading":
        return `${"#".repeat(block.level)} ${block.text}`;
      case "paragraph":
        return block.text;
      case "list":
        return block.items.map((item) => `- ${item}`).join("\n");
      case "table":
        return [
          `| ${block.header.map(cell).join(" | ")} |`,
          `|${block.header.map(() => "---").join("|")}|`,
          ...block.rows.map((row) => `| ${row.map((value) => cell(value.text)).join(" | ")} |`),
        ].join("\n");
    }
  });
  return `${parts.join("\n\n")}\n`;
}

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function td(value: Cell): string {
  return value.tone === undefined ? `<td>${escape(value.text)}</td>` : `<td class="${value.tone}">${escape(value.text)}</td>`;
}

/** Inline styles only: the page loads nothing from elsewhere. Colours pass WCAG AA contrast on white. */
const STYLE = [
  "body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#1a1a1a;background:#fff}",
  "table{border-collapse:collapse;margin:1rem 0}",
  "th,td{border:1px solid #8a8a8a;padding:.35rem .6rem;text-align:left;vertical-align:top}",
  "th{background:#eef0f3}",
  ".good{color:#1b5e20}",
  ".bad{color:#b71c1c;font-weight:600}",
  ".warn{color:#7a4d00;font-weight:600}",
].join("");

/** A self-contained HTML page (no external assets), its title the report's first heading. */
export function renderHtml(blocks: readonly Block[]): string {
  const first = blocks.find((block) => block.kind === "heading");
  const title = first?.kind === "heading" ? first.text : "Compliance report";
  const body = blocks.map((block) => {
    switch (block.kind) {
      case "heading":
        return `<h${block.level}>${escape(block.text)}</h${block.level}>`;
      case "paragraph":
        return `<p>${escape(block.text)}</p>`;
      case "list":
        return `<ul>\n${block.items.map((item) => `<li>${escape(item)}</li>`).join("\n")}\n</ul>`;
      case "table":
        return [
          "<table>",
          `<thead><tr>${block.header.map((name) => `<th scope="col">${escape(name)}</th>`).join("")}</tr></thead>`,
          "<tbody>",
          ...block.rows.map((row) => `<tr>${row.map(td).join("")}</tr>`),
          "</tbody>",
          "</table>",
        ].join("\n");
    }
  });
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title><style>${STYLE}</style></head>`,
    "<body>",
    ...body,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
