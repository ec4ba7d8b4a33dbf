import { parse } from "yaml";
import { RULE_FILE } from "../generated-files";
import { shapeProblems } from "../shapes";

/** One rule of a Prometheus rule file, with where it is. */
export interface RuleEntry {
  readonly group: string;
  /** 1-based, as promtool counts. */
  readonly index: number;
  readonly alert?: string;
  readonly record?: string;
  readonly expr: unknown;
  readonly labels: Readonly<Record<string, string>>;
}

interface RuleFileShape {
  groups?: Array<{ name?: string; rules?: Array<Partial<Omit<RuleEntry, "group" | "index">>> }>;
}

/** The rules of a rule file's text, in order; throws when it is not YAML, or not a rule file's shape. */
export function rulesOf(text: string): RuleEntry[] {
  const parsed: unknown = parse(text);
  const problems = shapeProblems(RULE_FILE, parsed);
  if (problems.length > 0) {
    throw new Error(problems.join("; "));
  }
  const file = (parsed ?? {}) as RuleFileShape;
  return (file.groups ?? []).flatMap((group) =>
    (group.rules ?? []).map((rule, index) => ({
      group: group.name ?? "",
      index: index + 1,
      alert: rule.alert,
      record: rule.record,
      expr: rule.expr,
      labels: rule.labels ?? {},
    })),
  );
}

/** Where a rule is, in promtool's words: `group "slo-alerts", rule 3 (alert CheckoutErrorBudgetBurn)`. */
export function ruleLocation(rule: RuleEntry): string {
  const name = rule.alert !== undefined ? `alert ${rule.alert}` : `record ${rule.record ?? "?"}`;
  return `group "${rule.group}", rule ${rule.index} (${name})`;
}
