import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fileWriter } from "../src/file-writer";

/** Texts of every kind the writer hands over: empty, multi-byte, around and far beyond 64 KiB. */
const TEXTS = ["", "groups: []\n", "é€😀".repeat(5_461) + "ab", "x".repeat(65_536), "y".repeat(65_537), "z€".repeat(100_000)];

describe("fileWriter", () => {
  it("has every file written, byte for byte and in order, once flush returns", () => {
    const folder = join(mkdtempSync(join(tmpdir(), "watchkeeper-writer-")), "a", "b");
    const writer = fileWriter();
    const expected = new Map<string, string>();
    for (let index = 0; index < 300; index++) {
      const name = `file-${index % 150}.txt`;
      const text = `${index}:${TEXTS[index % TEXTS.length]}`;
      writer.write(join(folder, name), text, index === 0 ? folder : undefined);
      expected.set(name, text);
    }
    writer.flush();
    expect(readdirSync(folder).length).toBe(150);
    for (const [name, text] of expected) {
      expect(readFileSync(join(folder, name), "utf8"), name).toBe(text);
    }
  });

  it("throws the error of a failed write at flush, once", () => {
    const folder = mkdtempSync(join(tmpdir(), "watchkeeper-writer-"));
    writeFileSync(join(folder, "taken"), "a file where a folder is wanted");
    const writer = fileWriter();
    writer.write(join(folder, "taken", "rules.yml"), "groups: []", join(folder, "taken"));
    writer.write(join(folder, "after.yml"), "groups: []");
    expect(() => writer.flush()).toThrow("EEXIST");
    expect(readFileSync(join(folder, "after.yml"), "utf8")).toBe("groups: []");
    expect(() => writer.flush()).not.toThrow();
  });
});
