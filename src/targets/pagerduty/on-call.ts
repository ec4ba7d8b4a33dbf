import type { OnCallPlan } from "../../domain/oncall/on-call-plan";
import type { TargetScope } from "../target-scope";
import { emitIncidentWorkflow } from "./incident-workflow";
import { emitPagerDutyServices } from "./pagerduty-services";
import { emitPagerDutyTeam } from "./pagerduty-team";

/** A team's on-call plan in PagerDuty: the team, schedules and escalation, its services, its incident workflow. */
export function emitOnCall(target: TargetScope, plan: OnCallPlan): void {
  const team = emitPagerDutyTeam(target, plan);
  const services = emitPagerDutyServices(target, plan, team);
  if (plan.incidentWorkflow !== undefined) {
    emitIncidentWorkflow(target, plan, plan.incidentWorkflow, team, services);
  }
}
