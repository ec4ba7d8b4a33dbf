import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NAME, NameContexts } from "../../src/cli/checks/opaque-names";
import { testShape } from "../../src/cli/checks/test-shapes";
import { ROOT } from "../support/example";

const SEED = 1306;
const RUNS = 60;

/** The example's production tests and every file they read, by path, read once. */
const folder = join(ROOT, "snapshots/dist/production");
const files = new Map<string, string>();
const read = (path: string) => {
  if (!files.has(path)) files.set(path, readFileSync(path, "utf8"));
  return files.get(path) as string;
};
const tests = readdirSync(join(folder, "tests"))
  .filter((name) => name.endsWith(".test.yml"))
  .map((name) => join(folder, "tests", name));

/** The rule files a test reads (block style, as synth writes them). */
const ruleFiles = (test: string) => [...read(test).matchAll(/^ {2}- (.*\.rules\.yml)$/gm)].map((match) => join(dirname(test), match[1]));

/** The names a test and its rule files may have renamed. */
function renamable(test: string): string[] {
  const contexts = new NameContexts();
  [read(test), ...ruleFiles(test).map(read)].forEach((text) => contexts.read(text));
  return [...contexts.renamable()].sort();
}

/** The shape of `test` with each of its files' text changed by `change`. */
const shapeAfter = (test: string, change: (text: string) => string) => testShape(test, (path) => change(read(path)));

describe("test shapes of the example's generated tests", () => {
  it("find names to rename in every one of them: each is read to the end", () => {
    expect(tests.length).toBeGreaterThan(30);
    expect(tests.filter((test) => renamable(test).length === 0)).toEqual([]);
  });

  it(`are the same under a one-to-one renaming of the names a test may rename (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.constantFrom(...tests), fc.integer({ min: 1, max: 1000 }), (test, salt) => {
        const names = renamable(test);
        const fresh = new Map(names.map((name, index) => [name, `renamed${salt}-${(index * 7919) % names.length}`]));
        expect(shapeAfter(test, (text) => text.replace(NAME, (name) => fresh.get(name) ?? name))).toBe(testShape(test, read));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it(`differ when one occurrence of a renamable name is changed to another name of the files (${RUNS} runs)`, () => {
    const cases = tests.flatMap((test) => (renamable(test).length >= 2 ? [test] : []));
    fc.assert(
      fc.property(fc.constantFrom(...cases), fc.nat(), fc.nat(), (test, which, other) => {
        const names = renamable(test);
        const target = names[which % names.length];
        const replacement = names[(which + 1 + (other % (names.length - 1))) % names.length];
        const text = read(test);
        const header = text.split("\n").filter((line) => line.startsWith("#")).join("\n").length;
        const occurrences = [...text.matchAll(NAME)].filter((match) => match[0] === target && (match.index as number) > header);
        if (occurrences.length === 0) return; // the name is only in the rule files or the header
        const at = occurrences[other % occurrences.length].index as number;
        const changed = text.slice(0, at) + replacement + text.slice(at + target.length);
        expect(shapeAfter(test, (original) => (original === text ? changed : original))).not.toBe(testShape(test, read));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
