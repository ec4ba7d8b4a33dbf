import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/example";
import { distinctShapes, ruleTestBundle, sameShape } from "../support/rule-test-shapes";

const TEST = "tests/intelligent-teams-planner-error-rate.test.yml";
const RULES = "prometheus/intelligent-teams-planner-error-rate.rules.yml";

/** A copy of a stack's tests and rules from snapshots/, with `edit` applied to one of its files. */
function stackCopy(stack: string, edit?: { file: string; from: string; to: string }): string {
  const folder = mkdtempSync(join(tmpdir(), "watchkeeper-shapes-"));
  for (const sub of ["tests", "prometheus"]) cpSync(join(ROOT, "snapshots/dist", stack, sub), join(folder, sub), { recursive: true });
  if (edit !== undefined) {
    const path = join(folder, edit.file);
    const text = readFileSync(path, "utf8");
    expect(text).toContain(edit.from);
    writeFileSync(path, text.replace(edit.from, edit.to));
  }
  return join(folder, TEST);
}

describe("sameShape", () => {
  const production = ruleTestBundle(stackCopy("production"));

  it("holds between production's and staging's tests of an SLO, which differ in env and dashboard links", () => {
    expect(sameShape(production, ruleTestBundle(stackCopy("staging")))).toBe(true);
    expect(distinctShapes([production, ruleTestBundle(stackCopy("staging"))])).toEqual([production]);
  });

  it("fails when a rule's label no longer matches what its test expects", () => {
    const edited = stackCopy("staging", { file: RULES, from: "env: staging", to: "env: stage" });
    expect(sameShape(production, ruleTestBundle(edited))).toBe(false);
  });

  it("fails when an expression, a threshold or an instant differs", () => {
    for (const edit of [
      { file: RULES, from: "(14.4 * 0.001)", to: "(28.8 * 0.001)" },
      { file: RULES, from: "[1h]", to: "[2h]" },
      { file: TEST, from: "eval_time: 415m", to: "eval_time: 420m" },
    ]) {
      expect(sameShape(production, ruleTestBundle(stackCopy("staging", edit))), edit.to).toBe(false);
    }
  });
});
