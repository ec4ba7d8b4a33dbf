import { describe, expect, it } from "vitest";
import { parseCheckConfigOutput, parseCheckRulesOutput } from "../../../src/cli/checks/tool-checks";

describe("parseCheckRulesOutput", () => {
  it("reads each file's verdict, its rule count, and its problems without the repeated file name", () => {
    const output = [
      "Checking a.rules.yml",
      "  SUCCESS: 20 rules found",
      "",
      "Checking bad.rules.yml",
      "  FAILED:",
      'bad.rules.yml: 1:45: group "x", rule 1, "A": could not parse expression: 1:18: parse error: unclosed left parenthesis',
      "",
      "Checking broken.rules.yml",
      "  FAILED:",
      "broken.rules.yml: yaml: line 1: did not find expected node content",
      "broken.rules.yml: yaml: line 1: did not find expected node content",
      "",
    ].join("\n");
    expect(parseCheckRulesOutput(output)).toEqual([
      { file: "a.rules.yml", ok: true, rules: 20, problems: [] },
      { file: "bad.rules.yml", ok: false, problems: ['1:45: group "x", rule 1, "A": could not parse expression: 1:18: parse error: unclosed left parenthesis'] },
      { file: "broken.rules.yml", ok: false, problems: ["yaml: line 1: did not find expected node content"] },
    ]);
  });

  it("turns a usage error before any file into a verdict on promtool itself", () => {
    expect(parseCheckRulesOutput("promtool: error: path 'missing.yml' does not exist, try --help\n")).toEqual([
      { file: "promtool", ok: false, problems: ["promtool: error: path 'missing.yml' does not exist, try --help"] },
    ]);
  });
});

it("parseCheckConfigOutput reads amtool's verdict per file", () => {
  const output = [
    "Checking 'production/alertmanager/alertmanager.yml'  SUCCESS",
    "Found:",
    " - route",
    "",
    "Checking 'staging/alertmanager/alertmanager.yml'  FAILED: undefined receiver \"nowhere\" used in route",
    "",
    "amtool: error: failed to validate 1 file(s)",
  ].join("\n");
  expect(parseCheckConfigOutput(output)).toEqual([
    { file: "production/alertmanager/alertmanager.yml", ok: true, problems: [] },
    { file: "staging/alertmanager/alertmanager.yml", ok: false, problems: ['undefined receiver "nowhere" used in route'] },
  ]);
});
