import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./example";
import { listFiles } from "./files";

/** The generated API reference (`npm run docs:api`), which is HTML and not part of the written documentation. */
const GENERATED = "docs/api/";

/** The written documentation: README.md, CHANGELOG.md and every Markdown file of docs/, as paths from the root. */
export function documentationFiles(): string[] {
  const guides = existsSync(join(ROOT, "docs")) ? listFiles(join(ROOT, "docs")).map((file) => `docs/${file}`) : [];
  return ["README.md", "CHANGELOG.md", ...guides.filter((file) => file.endsWith(".md") && !file.startsWith(GENERATED))];
}

/**
 * The `## ` sections of a Markdown text, by heading, each from its heading to the next (headings in code blocks are
 * not headings); the text before the first, when there is any, under the heading "".
 */
export function sections(markdown: string): Array<{ heading: string; text: string }> {
  const starts: Array<{ heading: string; index: number }> = [{ heading: "", index: 0 }];
  let fenced = false;
  let index = 0;
  for (const line of markdown.split("\n")) {
    if (/^\s*```/.test(line)) {
      fenced = fenced ? line.trim() !== "```" : true;
    } else if (!fenced && line.startsWith("## ")) {
      starts.push({ heading: line.slice(3), index });
    }
    index += line.length + 1;
  }
  return starts
    .map((start, position) => ({ heading: start.heading, text: markdown.slice(start.index, starts[position + 1]?.index) }))
    .filter((entry) => entry.heading !== "" || entry.text.trim() !== "");
}

/** The text of the `## ` section with this heading, in whichever file of the documentation holds it: exactly one may. */
function section(heading: string): string {
  const found = documentationFiles().flatMap((file) =>
    sections(readFileSync(join(ROOT, file), "utf8"))
      .filter((candidate) => candidate.heading === heading)
      .map((candidate) => ({ file, text: candidate.text })),
  );
  if (found.length !== 1) {
    throw new Error(`the documentation has ${found.length === 0 ? "no" : "more than one"} section "## ${heading}"${found.map((entry) => ` (${entry.file})`).join("")}`);
  }
  return found[0].text;
}

/** The code blocks of a Markdown text in one language (```sh, ```json, ```ts), in order; indented ones dedented. */
export function codeBlocks(markdown: string, language: string): string[] {
  return [...markdown.matchAll(new RegExp(`(?:^|\\n)( *)\`\`\`${language}\\n([\\s\\S]*?)\\n\\1\`\`\`(?=\\n|$)`, "g"))].map(([, indent, code]) =>
    code
      .split("\n")
      .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
      .join("\n"),
  );
}

/** The code blocks of a documentation section in one language, in order. */
export function docBlocks(heading: string, language: string): string[] {
  return codeBlocks(section(heading), language);
}

/** The shell commands a documentation section shows, one per line, without their comments. */
export function docCommands(heading: string): string[] {
  return docBlocks(heading, "sh").flatMap((block) => block.split("\n").map((line) => line.replace(/\s+#.*$/, "").trim()).filter((line) => line !== ""));
}

/**
 * The TypeScript files a documentation section shows, by name: each ```ts block of the section whose first line
 * names its file (`// main.ts`). Tests compile and run them as they are, so that the documentation cannot drift
 * from what works.
 */
export function docTypeScriptFiles(heading: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const code of docBlocks(heading, "ts")) {
    const name = /^\/\/ ([\w.-]+\.ts)\n/.exec(code)?.[1];
    if (name === undefined) {
      throw new Error(`a code block of the documentation's section "${heading}" does not start with the file it is, e.g. // main.ts`);
    }
    files.set(name, `${code}\n`);
  }
  return files;
}

/** Every ```ts block of the documentation, with its file and the `## ` section it is in, in order. */
export function documentationTypeScript(): Array<{ file: string; section: string; code: string }> {
  return documentationFiles().flatMap((file) =>
    sections(readFileSync(join(ROOT, file), "utf8")).flatMap(({ heading, text }) => codeBlocks(text, "ts").map((code) => ({ file, section: heading, code }))),
  );
}
