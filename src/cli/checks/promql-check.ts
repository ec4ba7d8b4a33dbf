import { readFileSync } from "node:fs";
import { join } from "node:path";
import { locatedPromQLError } from "../../domain/promql";
import { checkResult, counted, skippedCheck, type CheckResult } from "./check-result";
import { dashboardFileExpressions, manifestExpressions, ruleFileExpressions, withPlaceholdersFilled, type CarriedExpression } from "./promql-sources";

/** The files of an output folder that carry PromQL, by kind (paths relative to the folder). */
export interface PromQLFiles {
  /** Rule files: `groups[].rules[].expr`. */
  readonly rules: readonly string[];
  /** Kubernetes manifests: PrometheusRules, AnalysisTemplates, MetricTemplates, GrafanaDashboards. */
  readonly manifests: readonly string[];
  /** Grafana dashboards' JSON models: their panels' queries. */
  readonly dashboards: readonly string[];
}

const READERS: Readonly<Record<keyof PromQLFiles, { noun: string; notA: string; read: (text: string) => CarriedExpression[] }>> = {
  rules: { noun: "rule file", notA: "not a rule file", read: ruleFileExpressions },
  manifests: { noun: "manifest", notA: "not YAML", read: manifestExpressions },
  dashboards: { noun: "dashboard", notA: "not a dashboard's JSON", read: dashboardFileExpressions },
};

/** The problem of one expression, located in it, or undefined when it parses. */
function expressionProblem({ expression }: CarriedExpression): string | undefined {
  if (typeof expression !== "string") {
    return "the expression is not a string";
  }
  const { text, filled } = withPlaceholdersFilled(expression);
  const problem = locatedPromQLError(text);
  return problem === undefined || !filled ? problem : `${problem}\n(its template placeholders filled in: 5m in a range, 0 elsewhere)`;
}

/**
 * Parses every PromQL expression the output carries with the Prometheus project's own grammar,
 * @prometheus-io/lezer-promql (the grammar Grafana and the Prometheus UI use, independent of promtool's): the rule
 * files' `expr`, and in Kubernetes manifests and Grafana dashboards every rule, analysis query and panel query.
 * Each error names its file, where in it, and the line and column of the expression laid out for reading.
 */
export function promqlCheck(outdir: string, files: PromQLFiles): CheckResult {
  const name = "PromQL parse";
  const failures: string[] = [];
  const perKind: string[] = [];
  let total = 0;
  for (const kind of Object.keys(READERS) as Array<keyof PromQLFiles>) {
    const { noun, notA, read } = READERS[kind];
    let expressions = 0;
    for (const file of files[kind]) {
      let carried: CarriedExpression[];
      try {
        carried = read(readFileSync(join(outdir, file), "utf8"));
      } catch (error) {
        failures.push(`${file}: ${notA}: ${(error as Error).message.split("\n")[0]}`);
        continue;
      }
      expressions += carried.length;
      for (const item of carried) {
        const problem = expressionProblem(item);
        if (problem !== undefined) failures.push(`${file}: ${item.where}: ${problem}`);
      }
    }
    total += expressions;
    if (files[kind].length > 0) perKind.push(`${expressions} in ${counted(files[kind].length, noun)}`);
  }
  if (total === 0 && failures.length === 0) {
    return skippedCheck(name, "no PromQL", perKind.length === 0 ? "" : `none in ${perKind.map((part) => part.replace(/^0 in /, "")).join(", ")}`);
  }
  return checkResult(name, `${counted(total, "expression")}: ${perKind.join(", ")}`, failures);
}
