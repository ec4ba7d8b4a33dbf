import { expect, it } from "vitest";
import { checkResult, checkSummary, jsonReport, skippedCheck, textReport } from "../../../src/cli/checks/check-result";

const passed = checkResult("promtool check rules", "2 files, 40 rules", []);
const failed = checkResult("PromQL parse", "40 expressions in 2 rule files", ["a.rules.yml: rule 1: bad", "b.rules.yml: rule 2: worse\nsecond line"]);
const skipped = skippedCheck("amtool check-config", "no Alertmanager configuration");
const skippedToo = skippedCheck("alert routing", "no Alertmanager configuration", "production has no alertmanager.yml");

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
      "1 passed, 0 skipped, 1 failed",
      "",
    ].join("\n"),
  );
});

it("shows a check that did not run as skipped with its reason, never as passed, and counts it apart", () => {
  expect(textReport([passed, skipped, skippedToo])).toBe(
    [
      "ok    promtool check rules  2 files, 40 rules",
      "skip  amtool check-config   no Alertmanager configuration",
      "skip  alert routing         no Alertmanager configuration: production has no alertmanager.yml",
      "",
      "1 passed, 2 skipped (no Alertmanager configuration), 0 failed",
      "",
    ].join("\n"),
  );
  expect(checkSummary([passed, passed, passed, skipped, checkResult("x", "", [])])).toBe("4 passed, 1 skipped (no Alertmanager configuration), 0 failed");
  expect(checkSummary([skipped, skippedCheck("PromQL parse", "no PromQL"), failed])).toBe("0 passed, 2 skipped (no Alertmanager configuration; no PromQL), 1 failed");
});

it("the JSON report counts each state and carries every check with its status", () => {
  expect(JSON.parse(jsonReport([passed, failed, skipped]))).toEqual({
    ok: false,
    passed: 1,
    skipped: 1,
    failed: 1,
    checks: [
      { name: "promtool check rules", status: "ok", counts: "2 files, 40 rules", failures: [] },
      { name: "PromQL parse", status: "failed", counts: "40 expressions in 2 rule files", failures: ["a.rules.yml: rule 1: bad", "b.rules.yml: rule 2: worse\nsecond line"] },
      { name: "amtool check-config", status: "skipped", counts: "", reason: "no Alertmanager configuration", failures: [] },
    ],
  });
  expect(JSON.parse(jsonReport([passed, skipped])).ok).toBe(true);
});
