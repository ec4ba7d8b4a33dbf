import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { NAME, NameContexts } from "./opaque-names";

const RULE_FILES_BLOCK = /^rule_files:\n((?:[ \t]+- .*\n)+)/m;
const RULE_FILES_FLOW = /^rule_files: \[([^\]]*)\]\s*$/m;

/** The rule files a test names, in block (`- a.rules.yml`) or flow (`[a.rules.yml]`) style; undefined when unclear. */
function ruleFilesOf(test: string): string[] | undefined {
  const unquoted = (name: string) => name.trim().replace(/^(["'])(.*)\1$/, "$2");
  const block = RULE_FILES_BLOCK.exec(test);
  if (block !== null) return [...block[1].matchAll(/- (.*)/g)].map((match) => unquoted(match[1]));
  const flow = RULE_FILES_FLOW.exec(test);
  if (flow !== null) return flow[1].split(",").map(unquoted).filter((name) => name !== "");
  return /^rule_files:/m.test(test) ? undefined : [];
}

/**
 * The shape of a generated test file: what `promtool test rules` reads for it (the test and the text of the rule
 * files it names, in order; the header comments left out), with its opaque names (see NameContexts) numbered by
 * first occurrence. Two test files of the same shape are the same test up to a one-to-one renaming of those names,
 * applied to the rules, the input series and the expectations alike (production's `env: production` against
 * staging's `env: staging`, one service's `shop-00` and `Shop00AvailabilityErrorBudgetBurn` against another's
 * `shop-01` and `Shop01…`); promtool compares those names only with each other, so both pass or fail together:
 * running one proves the other. Read from the text synth writes, one key a line, which is much cheaper than parsing
 * it; a file this reader cannot follow is compared as it is, and a file whose rule files are unclear or missing has
 * a shape of its own.
 */
export function testShape(testFile: string, read: (path: string) => string = (path) => readFileSync(path, "utf8")): string {
  let texts: string[];
  try {
    const test = read(testFile);
    const ruleFiles = ruleFilesOf(test);
    if (ruleFiles === undefined) return `unread:${testFile}`;
    // The rule files by their text, in order: where they are is no part of the test.
    texts = [test.replace(RULE_FILES_BLOCK, "").replace(RULE_FILES_FLOW, ""), ...ruleFiles.map((file) => read(join(dirname(testFile), file)))];
  } catch {
    return `unread:${testFile}`; // a rule file that is missing: promtool reports it for this file
  }
  const contexts = new NameContexts();
  texts.forEach((text) => contexts.read(text));
  const renamable = contexts.renamable();
  const numbers = new Map<string, number>();
  const numbered = (name: string) => {
    if (!renamable.has(name)) return name;
    if (!numbers.has(name)) numbers.set(name, numbers.size);
    return `\u0000${numbers.get(name)}`;
  };
  const hash = createHash("sha256");
  for (const text of texts) {
    const lines = text.split("\n").filter((line) => !line.startsWith("#"));
    hash.update(lines.join("\n").replace(NAME, numbered)).update("\u0001");
  }
  return hash.digest("hex");
}
