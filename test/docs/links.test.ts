import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";
import { documentationFiles } from "../support/docs";
import { ROOT } from "../support/example";

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as dashes; a repeated one numbered. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const heading of withoutCodeBlocks(markdown).matchAll(/^#{1,6} (.+)$/gm)) {
    const base = heading[1].trim().toLowerCase().replace(/[^\p{L}\p{N}\- _]/gu, "").replace(/ /g, "-");
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    result.add(count === 0 ? base : `${base}-${count}`);
  }
  return result;
}

/** A Markdown text without its code blocks, where a heading is not a heading. */
function withoutCodeBlocks(markdown: string): string {
  return markdown.replace(/^( *)```[\s\S]*?\n\1```$/gm, "");
}

/** A Markdown text without its code blocks and inline code, where a link is not a link. */
function prose(markdown: string): string {
  return withoutCodeBlocks(markdown).replace(/`[^`\n]*`/g, "");
}

/** Every link of a documentation file to a local file or anchor, as the path from the root and the anchor. */
function localLinks(file: string): Array<{ link: string; path: string; anchor?: string }> {
  const text = prose(readFileSync(join(ROOT, file), "utf8"));
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1])
    .filter((link) => !/^[a-z]+:/i.test(link))
    .map((link) => {
      const [target, anchor] = link.split("#");
      return { link, path: target === "" ? file : normalize(join(dirname(file), target)), anchor };
    });
}

const files = documentationFiles();

describe("the links of README.md, CHANGELOG.md and docs/", () => {
  it("are many, between the README and every guide", () => {
    const links = files.flatMap(localLinks);
    expect(links.length).toBeGreaterThanOrEqual(60);
    const linked = new Set(links.map((link) => link.path));
    expect(files.filter((file) => file !== "README.md" && !linked.has(file))).toEqual([]);
  });

  it.each(files)("%s: each local link names a file that exists, and a heading of it", (file) => {
    const broken = localLinks(file).filter(({ path, anchor }) => {
      if (!existsSync(join(ROOT, path))) return true;
      if (anchor === undefined) {
        return false;
      }
      return statSync(join(ROOT, path)).isDirectory() || !anchors(readFileSync(join(ROOT, path), "utf8")).has(anchor);
    });
    expect(broken.map((entry) => entry.link)).toEqual([]);
  });
});
