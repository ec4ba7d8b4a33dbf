import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { writeYaml, YAML_OPTIONS } from "../../../src/targets/yaml/yaml-writer";

/** Documents whose every value the writer handles itself; each must come out as the yaml library writes it. */
const HANDLED: Record<string, unknown> = {
  "nested mappings and sequences": {
    groups: [{ name: "g", interval: "1m", rules: [{ record: "r", expr: "sum(rate(x[5m]))", labels: { a: "b" } }] }],
    empty: { list: [], map: {}, skipped: undefined },
    sequenceOfScalars: ["a", 1, 2.5, true, false, null],
  },
  "strings a YAML 1.1 reader would read as another type": {
    values: ["on", "off", "yes", "No", "y", "n", "~", "null", "true", "1", "0.5", "1e3", "0x1F", "0b101", "012", "1_000", "02:00", "190:20:30", ".inf", "2001-12-14", "12.5s"],
  },
  "strings with indicators, quotes and separators": {
    values: ["-", "- a", "? x", "a: b", "a #b", "a#b", "trailing ", " leading", "ends:", "#x", "&a", "*a", "!x", "|x", ">x", "@x", "`x", "[x", "{x}", ",x"],
    quotes: ['say "hi"', "it's", `both ' and "`, 'http_requests_total{service="x",code=~"5.."}', "tab\there", "back\\slash", "ümlaut", "emoji 🙂"],
    json: JSON.stringify({ a: { b: [1, "c: d"] } }),
  },
  "multi-line strings": {
    expr: "(a > 1)\nand\n(b > 2)",
    blank: "first\n\n\nlast",
    spaced: "line with trailing space \nnext",
    inSequence: ["one\ntwo", { first: "x\ny", second: "z" }],
  },
  "numbers": { values: [0, -1, 1.5, 1e-7, 1e21, 14.4, 0.001, 1000000] },
};

/** Values the writer leaves to the library. */
const DELEGATED: Record<string, unknown> = {
  "a control character": { a: "bell\u0007" },
  "a document marker": { a: "--- x" },
  "a directive": { a: "%x" },
  "a multi-line string with a trailing newline": { a: "x\ny\n" },
  "a multi-line string with a leading space": { a: " x\ny" },
  "an empty string": { a: "" },
  "a key that is not simple": { "a b": 1 },
  "a key a reader would take for a boolean": { y: 1 },
  "a sequence in a sequence": { a: [[1, 2]] },
  "an undefined item": { a: [undefined] },
  "a date": { a: new Date(0) },
  "not a number": { a: Number.NaN },
  "negative zero": { a: -0 },
  "a scalar root": "text",
  "an empty root": {},
};

describe("writeYaml", () => {
  it.each(Object.entries(HANDLED))("writes %s exactly as the yaml library does", (_, document) => {
    expect(writeYaml(document)).toBe(stringify(document, YAML_OPTIONS));
  });

  it.each(Object.entries(DELEGATED))("leaves %s to the yaml library", (_, document) => {
    expect(writeYaml(document)).toBeUndefined();
  });
});
