import { capacityRuleGroups, type CapacitySpec } from "../../domain/infrastructure/capacity";
import { infraRuleGroups, type InfraSpec } from "../../domain/infrastructure/infra-rules";
import { infraTestFiles } from "../../domain/infrastructure/infra-test-cases";
import type { TargetScope } from "../target-scope";
import { renderInfraRuleTests } from "./infrastructure-rule-tests";
import { writeRuleGroups } from "./rule-groups";

/** The name of a cluster's rule file and PrometheusRule: `infrastructure-<cluster>`. */
export function infraRulesName(spec: Pick<InfraSpec, "cluster">): string {
  return `infrastructure-${spec.cluster}`;
}

/**
 * A cluster's rule packs and capacity rules as one rule file and one PrometheusRule, a group per pack, and the
 * promtool tests of each pack shape (`tests/infrastructure-<cluster>-<pack>.test.yml`).
 */
export function writeInfraRules(scope: TargetScope, spec: InfraSpec, capacity?: CapacitySpec): void {
  const name = infraRulesName(spec);
  const groups = [...infraRuleGroups(spec), ...(capacity === undefined ? [] : capacityRuleGroups(spec, capacity))];
  writeRuleGroups(scope, { name, service: spec.service, groups });
  for (const file of infraTestFiles(spec)) {
    scope.files.add(`tests/${name}-${file.pack}.test.yml`, renderInfraRuleTests(file, `../prometheus/${name}.rules.yml`, scope.path));
  }
}
