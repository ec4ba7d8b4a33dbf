import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./example";

/** The text of a `## ` section of the README, from its heading to the next. */
function readmeSection(heading: string): string {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const start = readme.indexOf(`\n## ${heading}\n`);
  if (start < 0) {
    throw new Error(`README.md has no section "## ${heading}"`);
  }
  const end = readme.indexOf("\n## ", start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

/** The code blocks of a README section in one language (```sh, ```json, ```ts), in order. */
export function readmeBlocks(heading: string, language: string): string[] {
  return [...readmeSection(heading).matchAll(new RegExp(`\\n\`\`\`${language}\\n([\\s\\S]*?)\\n\`\`\`\\n`, "g"))].map((match) => match[1]);
}

/** The shell commands a README section shows, one per line, without their comments. */
export function readmeCommands(heading: string): string[] {
  return readmeBlocks(heading, "sh").flatMap((block) => block.split("\n").map((line) => line.replace(/\s+#.*$/, "").trim()).filter((line) => line !== ""));
}

/**
 * The TypeScript files a section of the README shows, by name: each ```ts block of the section whose first line
 * names its file (`// main.ts`). Tests compile and run them as they are, so that the README cannot drift from
 * what works.
 */
export function readmeFiles(heading: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const code of readmeBlocks(heading, "ts")) {
    const name = /^\/\/ ([\w.-]+\.ts)\n/.exec(code)?.[1];
    if (name === undefined) {
      throw new Error(`a code block of the README's section "${heading}" does not start with the file it is, e.g. // main.ts`);
    }
    files.set(name, `${code}\n`);
  }
  return files;
}

/** Every ```ts block of the README, with the `## ` section it is in, in order. */
export function readmeTypeScript(): Array<{ section: string; code: string }> {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const sections = [...readme.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
  return sections.flatMap((section) => readmeBlocks(section, "ts").map((code) => ({ section, code })));
}
