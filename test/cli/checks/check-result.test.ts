import { expect, it } from "vitest";
import { checkResult, jsonReport, textReport } from "../../../src/cli/checks/check-result";

const passed = checkResult("promtool check rules", "2 files, 40 rules", []);
const failed = checkResult("PromQL parse", "40 expressions in 2 rule files", ["a.rules.yml: rule 1: bad", "b.rules.yml: rule 2: worse\nsecond line"]);

it("the text report lines up the checks, lists the failures under the failed ones and ends with a summary", () => {
  expect(textReport([passed, failed])).toBe(
    [
      "ok    promtool check rules  2 files, 40 rules",
      "FAIL  PromQL parse          40 expressions in 2 rule files",
      "",
      "PromQL parse:",
      "  - a.rules.yml: rule 1: bad",
      "  - b.rules.yml: rule 2: worse",
      "    second line",
      "",
      "1 of 2 checks failed",
      "",
    ].join("\n"),
  );
  expect(textReport([passed])).toBe("ok    promtool check rules  2 files, 40 rules\n\n1 check passed\n");
});

it("the JSON report says whether all passed and carries every check", () => {
  expect(JSON.parse(jsonReport([passed, failed]))).toEqual({
    ok: false,
    checks: [
      { name: "promtool check rules", ok: true, counts: "2 files, 40 rules", failures: [] },
      { name: "PromQL parse", ok: false, counts: "40 expressions in 2 rule files", failures: ["a.rules.yml: rule 1: bad", "b.rules.yml: rule 2: worse\nsecond line"] },
    ],
  });
});
