import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** Maps whose values promtool only compares for equality, between a rule's output and a test's expectation. */
const RENAMABLE = /^(\s*)(- )?(labels|annotations|exp_labels|exp_annotations):\s*$/;

/** An expected sample's labels, written as a series selector: `- labels: '{env="production",flow="x"}'`. */
const SAMPLE_LABELS = /^(\s*(?:- )?labels: ')(\{.*\})'$/;

/** A YAML file as synth writes it (block style, one key a line), split into the text of its renamable values and the rest. */
interface SplitText {
  /** Every line but comments, the values of labels and annotations left out. */
  readonly fixed: string[];
  /** The values of labels and annotations (a line's text after its key, or a line of a block scalar), in order. */
  readonly values: string[];
  /** Where each value goes in `fixed`. */
  readonly slots: number[];
}

function split(text: string): SplitText {
  const fixed: string[] = [];
  const values: string[] = [];
  const slots: number[] = [];
  let mapIndent = -1;
  for (const line of text.split("\n")) {
    if (/^\s*#/.test(line) || line.trim() === "") continue;
    const indent = line.length - line.trimStart().length;
    if (mapIndent >= 0 && indent > mapIndent) {
      const key = /^(\s*[\w.-]+: ?)(.*)$/.exec(line);
      fixed.push(key === null ? "" : key[1]);
      values.push(key === null ? line.trim() : key[2]);
      slots.push(fixed.length - 1);
      continue;
    }
    const sample = SAMPLE_LABELS.exec(line);
    if (sample !== null) {
      fixed.push(sample[1]);
      // An expected sample's labels, `{env="production",…}`: each label value is a value of the rule's labels.
      for (const part of sample[2].split(/("(?:[^"\\]|\\.)*")/)) {
        if (/^".*"$/.test(part)) {
          values.push(part.slice(1, -1));
          slots.push(fixed.length);
          fixed.push("=");
        } else {
          fixed.push(part);
        }
      }
      mapIndent = -1;
      continue;
    }
    const opening = RENAMABLE.exec(line);
    mapIndent = opening === null ? -1 : opening[1].length + (opening[2]?.length ?? 0);
    fixed.push(line);
  }
  return { fixed, values, slots };
}

/** The rule files a test names, in block (`- a.rules.yml`) or flow (`[a.rules.yml]`) style; undefined when unclear. */
function ruleFilesOf(test: string): string[] | undefined {
  const unquoted = (name: string) => name.trim().replace(/^(["'])(.*)\1$/, "$2");
  const block = /^rule_files:\n((?:[ \t]+- .*\n)+)/m.exec(test);
  if (block !== null) return [...block[1].matchAll(/- (.*)/g)].map((match) => unquoted(match[1]));
  const flow = /^rule_files: \[([^\]]*)\]\s*$/m.exec(test);
  if (flow !== null) return flow[1].split(",").map(unquoted).filter((name) => name !== "");
  return /^rule_files:/m.test(test) ? undefined : [];
}

/**
 * The shape of a generated test file: what `promtool test rules` reads for it (the test and the rule files it
 * names, comments such as the source header left out), with the values of labels and annotations numbered by first
 * occurrence. Two test files of the same shape are the same test up to a one-to-one renaming of those values,
 * applied to the rules and the expectations alike (production's `env: production` against staging's
 * `env: staging`); promtool compares those values only with each other, so both pass or fail together: running one
 * proves the other. A value that also occurs in any other text (an expression, a series, a name) is not renamed,
 * nor is a template (`{{ $labels.x }}`). Read from the text synth writes, one key a line, which is much cheaper than
 * parsing it; any other text (a flow-style map) is compared as it is, and a file whose rule files are unclear or
 * missing has a shape of its own.
 */
export function testShape(testFile: string, read: (path: string) => string = (path) => readFileSync(path, "utf8")): string {
  let texts: string[];
  try {
    const test = read(testFile);
    const ruleFiles = ruleFilesOf(test);
    if (ruleFiles === undefined) return `unread:${testFile}`;
    texts = [test, ...ruleFiles.map((file) => read(join(dirname(testFile), file)))];
  } catch {
    return `unread:${testFile}`; // a rule file that is missing: promtool reports it for this file
  }
  const parts = texts.map(split);
  const fixedText = parts.flatMap((part) => part.fixed).join("\n");
  const numbers = new Map<string, number>();
  const hash = createHash("sha256");
  for (const part of parts) {
    const lines = [...part.fixed];
    part.values.forEach((value, index) => {
      const bare = value.replace(/^"(.*)"$/, "$1");
      const literal = bare.includes("{{") || bare === "" || fixedText.includes(bare);
      if (!literal && !numbers.has(value)) numbers.set(value, numbers.size);
      lines[part.slots[index]] += literal ? value : `\u0000${numbers.get(value)}`;
    });
    hash.update(lines.join("\n")).update("\u0001");
  }
  return hash.digest("hex");
}
