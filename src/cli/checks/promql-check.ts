import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promqlError } from "../../domain/promql/check";
import { checkResult, counted, type CheckResult } from "./check-result";
import { rulesOf, ruleLocation } from "./rule-files";

/**
 * Parses every `expr` of the given rule files (paths relative to `outdir`) with the Prometheus project's own PromQL
 * grammar, @prometheus-io/lezer-promql: the grammar Grafana and the Prometheus UI use, independent of promtool's.
 */
export function promqlCheck(outdir: string, ruleFiles: readonly string[]): CheckResult {
  const failures: string[] = [];
  let expressions = 0;
  for (const file of ruleFiles) {
    let rules;
    try {
      rules = rulesOf(readFileSync(join(outdir, file), "utf8"));
    } catch (error) {
      failures.push(`${file}: not YAML: ${(error as Error).message.split("\n")[0]}`);
      continue;
    }
    for (const rule of rules) {
      expressions++;
      const problem = typeof rule.expr === "string" ? promqlError(rule.expr) : "the expression is not a string";
      if (problem !== undefined) {
        failures.push(`${file}: ${ruleLocation(rule)}: ${problem}`);
      }
    }
  }
  return checkResult("PromQL parse", `${counted(expressions, "expression")} in ${counted(ruleFiles.length, "rule file")}`, failures);
}
