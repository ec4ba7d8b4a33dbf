import { metaRuleGroups, type MetaSpec } from "../../domain/meta/meta-rules";
import { metaTestCases } from "../../domain/meta/meta-test-cases";
import type { NamedRuleGroups } from "../../domain/rules/rules";
import type { TargetScope } from "../target-scope";
import { renderSloRuleTests } from "./rule-tests";

/** The name of the stack's meta-monitoring rule file and PrometheusRule (one a stack). */
export const META_RULES_NAME = "meta-monitoring";

/** The heartbeat, Prometheus's and Alertmanager's alerts and the scrape jobs' as one rule file and one PrometheusRule. */
export function metaRules(spec: MetaSpec): NamedRuleGroups {
  return { name: META_RULES_NAME, service: spec.service, groups: metaRuleGroups(spec) };
}

/** The promtool tests of every alert (`tests/meta-monitoring.test.yml`), against the rule file. */
export function writeMetaRuleTests(scope: TargetScope, spec: MetaSpec, rules: NamedRuleGroups): void {
  const order = rules.groups.map((group) => group.name);
  for (const file of renderSloRuleTests(rules.name, [`../prometheus/${rules.name}.rules.yml`], order, metaTestCases(spec), scope.path)) {
    scope.files.add(`tests/${file.name}`, file.text);
  }
}
