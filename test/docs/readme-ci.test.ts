import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { docCommands } from "../support/docs";
import { ROOT } from "../support/example";

/** The test commands `.ci/run` runs after installing, in order: every `npm test` and `npm run test…` line. */
function ciTestCommands(): string[] {
  return readFileSync(join(ROOT, ".ci/run"), "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => /^npm (test|run test\S*)$/.test(line));
}

describe("the README's test commands", () => {
  it("are the commands CI runs: npm test, the package, the mutation checks, then the end-to-end suite", () => {
    const shown = docCommands("Tests").filter((line) => /^npm (test|run test\S*)$/.test(line));
    expect(ciTestCommands()).toEqual(["npm test", "npm run test:package", "npm run test:mutation", "npm run test:e2e"]);
    expect(shown).toEqual(ciTestCommands());
  });

  it("are scripts of package.json", () => {
    const { scripts } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
    const named = docCommands("Tests").flatMap((line) => /^npm (?:run )?(\S+)$/.exec(line)?.[1] ?? []).filter((name) => name !== "install");
    expect(named.filter((name) => scripts[name] === undefined)).toEqual([]);
    expect(named).toEqual(["test", "test:package", "test:mutation", "test:e2e", "bench"]);
  });
});
