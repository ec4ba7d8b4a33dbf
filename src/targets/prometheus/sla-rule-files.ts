import type { NamedRuleGroups } from "../../domain/rules/rules";
import { slaRuleGroup } from "../../domain/sla/sla-rules";
import type { SlaSpec } from "../../domain/sla/sla-spec";

/** The SLA's compliance rules as a rule file `prometheus/sla-<name>.rules.yml` and a PrometheusRule of that name. */
export function slaRules(spec: SlaSpec): NamedRuleGroups {
  return { name: `sla-${spec.name}`, service: spec.service, groups: [slaRuleGroup(spec)] };
}
