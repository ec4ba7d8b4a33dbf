import type { RuleGroup } from "../../domain/rules/rules";
import { generatedFrom } from "../mirror";
import { toYaml } from "../yaml/yaml";

/** The rule groups as Prometheus reads them, in the key order Prometheus documents. */
export function ruleGroupsDocument(groups: readonly RuleGroup[]) {
  return {
    groups: groups.map((group) => ({
      name: group.name,
      ...(group.interval === undefined ? {} : { interval: group.interval }),
      rules: group.rules.map((rule) => ({ ...rule })),
    })),
  };
}

/** A Prometheus rule file (also read by Thanos and Mimir rulers). */
export function renderRuleFile(groups: readonly RuleGroup[], source: string): string {
  return toYaml(ruleGroupsDocument(groups), generatedFrom(source));
}
