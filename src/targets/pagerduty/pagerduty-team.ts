import { DataPagerdutyUser } from "@cdktf/provider-pagerduty/lib/data-pagerduty-user";
import { EscalationPolicy } from "@cdktf/provider-pagerduty/lib/escalation-policy";
import { Schedule } from "@cdktf/provider-pagerduty/lib/schedule";
import { Team } from "@cdktf/provider-pagerduty/lib/team";
import { TeamMembership } from "@cdktf/provider-pagerduty/lib/team-membership";
import { layersOf, type OnCallPlan, type OnCallTargetProps } from "../../domain/oncall/on-call-plan";
import { rotationAnchor } from "../../domain/oncall/time";
import type { TargetScope } from "../target-scope";
import { identityIds } from "../terraform/identity-ids";

/** The team's PagerDuty resources that services and workflows refer to. */
export interface PagerDutyTeam {
  readonly teamId: string;
  readonly escalationPolicyId: string;
  /** PagerDuty user id by email. */
  readonly users: ReadonlyMap<string, string>;
  /** PagerDuty schedule id by schedule name. */
  readonly schedules: ReadonlyMap<string, string>;
}

const TURN_SECONDS = { daily: 86_400, weekly: 604_800 } as const;

/** A reference to a user or schedule, as PagerDuty escalation rules take them. */
export function onCallReference(pagerDuty: Omit<PagerDutyTeam, "escalationPolicyId">, target: OnCallTargetProps): { type: "user_reference" | "schedule_reference"; id: string } {
  return "schedule" in target
    ? { type: "schedule_reference", id: pagerDuty.schedules.get(target.schedule) as string }
    : { type: "user_reference", id: pagerDuty.users.get(target.user) as string };
}

/**
 * The team in PagerDuty: the team and its memberships (members are looked up by email, as users come from the
 * organisation's directory), its schedules and its escalation policy. Memberships and schedules are identified
 * by email and name, so reordering them in the declaration replaces nothing.
 */
export function emitPagerDutyTeam(target: TargetScope, plan: OnCallPlan): PagerDutyTeam {
  const { terraform, stack } = target;
  const provider = terraform.pagerduty();
  const scope = target.terraformScope();
  const pagerDutyTeam = new Team(scope, "team", { provider, name: stack.vendorName(plan.team), description: "Managed by Watchkeeper" });
  const users = new Map(
    plan.members.map((email) => [
      email,
      terraform.shared(`pagerduty-user-${email}`, (shared, id) => new DataPagerdutyUser(shared, id, { provider, email })).id,
    ]),
  );
  for (const [email, id] of identityIds("member", "member", plan.members)) {
    new TeamMembership(scope, id, { provider, teamId: pagerDutyTeam.id, userId: users.get(email) as string, role: "responder" });
  }

  const scheduleIds = identityIds("schedule", "schedule name", plan.schedules.map((schedule) => schedule.name));
  const schedules = new Map(
    plan.schedules.map((schedule) => {
      const timeZone = schedule.timeZone ?? "UTC";
      const layers = layersOf(schedule).map((layer) => {
        const anchor = rotationAnchor(layer.handoffDay ?? "monday", layer.handoffTime ?? "09:00", timeZone);
        return {
          name: layer.name,
          start: anchor,
          rotationVirtualStart: anchor,
          rotationTurnLengthSeconds: TURN_SECONDS[layer.rotation ?? "weekly"],
          users: (layer.members ?? plan.members).map((email) => users.get(email) as string),
        };
      });
      const resource = new Schedule(scope, scheduleIds.get(schedule.name) as string, {
        provider,
        name: stack.vendorName(schedule.name),
        timeZone,
        teams: [pagerDutyTeam.id],
        layer: layers,
      });
      return [schedule.name, resource.id];
    }),
  );

  const references = { teamId: pagerDutyTeam.id, users, schedules };
  const policy = new EscalationPolicy(scope, "escalation-policy", {
    provider,
    name: stack.vendorName(`${plan.team} escalation`),
    teams: [pagerDutyTeam.id],
    numLoops: plan.escalation.loops,
    rule: plan.escalation.levels.map((level) => ({
      escalationDelayInMinutes: level.delayMinutes ?? 30,
      target: level.notify.map((notified) => onCallReference(references, notified)),
    })),
  });
  return { ...references, escalationPolicyId: policy.id };
}
