import { slaRuleGroup } from "../../domain/sla/sla-rules";
import type { SlaSpec } from "../../domain/sla/sla-spec";
import type { TargetScope } from "../target-scope";
import { writeRuleGroups } from "./rule-groups";

/** The SLA's compliance rules as a rule file `prometheus/sla-<name>.rules.yml` and a PrometheusRule of that name. */
export function writeSlaRules(scope: TargetScope, spec: SlaSpec): void {
  writeRuleGroups(scope, { name: `sla-${spec.name}`, service: spec.service, groups: [slaRuleGroup(spec)] });
}
