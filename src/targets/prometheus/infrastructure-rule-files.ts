import { capacityRuleGroups, type CapacitySpec } from "../../domain/infrastructure/capacity";
import { infraRuleGroups, type InfraSpec } from "../../domain/infrastructure/infra-rules";
import { infraTestFiles } from "../../domain/infrastructure/infra-test-cases";
import type { NamedRuleGroups } from "../../domain/rules/rules";
import type { TargetScope } from "../target-scope";
import { renderInfraRuleTests } from "./infrastructure-rule-tests";

/** The name of a cluster's rule file and PrometheusRule: `infrastructure-<cluster>`. */
export function infraRulesName(spec: Pick<InfraSpec, "cluster">): string {
  return `infrastructure-${spec.cluster}`;
}

/** A cluster's rule packs and capacity rules as one rule file and one PrometheusRule, a group per pack. */
export function infraRules(spec: InfraSpec, capacity?: CapacitySpec): NamedRuleGroups {
  const groups = [...infraRuleGroups(spec), ...(capacity === undefined ? [] : capacityRuleGroups(spec, capacity))];
  return { name: infraRulesName(spec), service: spec.service, groups };
}

/**
 * The promtool tests of the cluster's rules: each pack's alerts (`tests/infrastructure-<cluster>-<pack>.test.yml`)
 * and the forecasts over hours and days (`…-forecasts.test.yml`, `…-forecasts.every-1h.test.yml`).
 */
export function writeInfraRuleTests(scope: TargetScope, spec: InfraSpec, rules: NamedRuleGroups, capacity?: CapacitySpec): void {
  for (const file of infraTestFiles(spec, capacity)) {
    scope.files.add(`tests/${rules.name}-${file.name}.test.yml`, renderInfraRuleTests(file, `../prometheus/${rules.name}.rules.yml`, rules.groups.map((group) => group.name), scope.path));
  }
}
