import { capacityRuleGroups, type CapacitySpec } from "../../domain/infrastructure/capacity";
import { infraRuleGroups, type InfraSpec } from "../../domain/infrastructure/infra-rules";
import type { TargetScope } from "../target-scope";
import { writeRuleGroups } from "./rule-groups";

/** The name of a cluster's rule file and PrometheusRule: `infrastructure-<cluster>`. */
export function infraRulesName(spec: Pick<InfraSpec, "cluster">): string {
  return `infrastructure-${spec.cluster}`;
}

/** A cluster's rule packs and capacity rules as one rule file and one PrometheusRule, a group per pack. */
export function writeInfraRules(scope: TargetScope, spec: InfraSpec, capacity?: CapacitySpec): void {
  const groups = [...infraRuleGroups(spec), ...(capacity === undefined ? [] : capacityRuleGroups(spec, capacity))];
  writeRuleGroups(scope, { name: infraRulesName(spec), service: spec.service, groups });
}
