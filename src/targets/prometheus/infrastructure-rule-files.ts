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

/** The promtool tests of each pack shape (`tests/infrastructure-<cluster>-<pack>.test.yml`). */
export function writeInfraRuleTests(scope: TargetScope, spec: InfraSpec, rules: NamedRuleGroups): void {
  for (const file of infraTestFiles(spec)) {
    scope.files.add(`tests/${rules.name}-${file.pack}.test.yml`, renderInfraRuleTests(file, `../prometheus/${rules.name}.rules.yml`, scope.path));
  }
}
