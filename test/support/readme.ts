import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./example";

/**
 * The TypeScript files a section of the README shows, by name: each ```ts block of the section whose first line
 * names its file (`// main.ts`). Tests compile and run them as they are, so that the README cannot drift from
 * what works.
 */
export function readmeFiles(heading: string): Map<string, string> {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const start = readme.indexOf(`\n## ${heading}\n`);
  if (start < 0) {
    throw new Error(`README.md has no section "## ${heading}"`);
  }
  const end = readme.indexOf("\n## ", start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const files = new Map<string, string>();
  for (const [, code] of section.matchAll(/\n```ts\n([\s\S]*?)\n```\n/g)) {
    const name = /^\/\/ ([\w.-]+\.ts)\n/.exec(code)?.[1];
    if (name === undefined) {
      throw new Error(`a code block of the README's section "${heading}" does not start with the file it is, e.g. // main.ts`);
    }
    files.set(name, `${code}\n`);
  }
  return files;
}
