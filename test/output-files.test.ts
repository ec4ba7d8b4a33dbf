import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { OutputFiles } from "../src/output-files";
import { OutputSwap } from "../src/output-swap";
import { readTree } from "./support/files";

/** A stack folder holding the output of an earlier synth. */
function previousOutput(): { parent: string; folder: string } {
  const parent = mkdtempSync(join(tmpdir(), "watchkeeper-files-"));
  const folder = join(parent, "production");
  mkdirSync(join(folder, "prometheus"), { recursive: true });
  writeFileSync(join(folder, "prometheus", "removed.rules.yml"), "old");
  return { parent, folder };
}

/** Puts the files added since `begin` in place, as synth does. */
function commit(files: OutputFiles, parent: string): void {
  new OutputSwap(join(parent, ".swap.json")).run([files.commitSteps()]);
}

describe("OutputFiles", () => {
  it("replaces the folder with exactly the files added, before and after begin", () => {
    const { parent, folder } = previousOutput();
    const files = new OutputFiles();
    files.add("tests/early.test.yml", "early");
    files.begin(folder);
    files.add("prometheus/a.rules.yml", "a");
    files.add("grafana/a.json", "{}");
    commit(files, parent);
    expect(Object.fromEntries(readTree(folder))).toEqual({
      "grafana/a.json": "{}",
      "prometheus/a.rules.yml": "a",
      "tests/early.test.yml": "early",
    });
    expect(readdirSync(parent)).toEqual(["production"]);
  });

  it("leaves the previous output as it was when synth fails", () => {
    const { parent, folder } = previousOutput();
    const files = new OutputFiles();
    files.begin(folder);
    files.add("prometheus/a.rules.yml", "a");
    files.discard();
    expect(Object.fromEntries(readTree(folder))).toEqual({ "prometheus/removed.rules.yml": "old" });
    expect(readdirSync(parent)).toEqual(["production"]);
  });

  it("removes the folder of a stack that writes no file", () => {
    const { parent, folder } = previousOutput();
    const files = new OutputFiles();
    files.begin(folder);
    commit(files, parent);
    expect(existsSync(folder)).toBe(false);
  });

  it("refuses a path written twice", () => {
    const files = new OutputFiles();
    files.add("grafana/a.json", "{}");
    expect(() => files.add("grafana/a.json", "{}")).toThrow("two constructs write grafana/a.json");
  });
});
