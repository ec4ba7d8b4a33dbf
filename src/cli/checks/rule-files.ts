import { parse } from "yaml";

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

/** The rules of a rule file's text, in order; throws when it is not YAML. */
export function rulesOf(text: string): RuleEntry[] {
  const file = (parse(text) ?? {}) as RuleFileShape;
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
