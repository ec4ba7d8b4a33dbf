import { DataPagerdutyUser } from "@cdktf/provider-pagerduty/lib/data-pagerduty-user";
import { EscalationPolicy } from "@cdktf/provider-pagerduty/lib/escalation-policy";
import { Schedule } from "@cdktf/provider-pagerduty/lib/schedule";
import { Team } from "@cdktf/provider-pagerduty/lib/team";
import { TeamMembership } from "@cdktf/provider-pagerduty/lib/team-membership";
import { rotationAnchor } from "../../src/domain/oncall/time";
import { MonitoringStack } from "../../src/stack";
import type { OnCallTeam } from "./on-call-team";
import { layersOf } from "./schedules";
import type { EscalationLevelProps, ScheduleProps } from "./on-call-team-props";

/** The team's PagerDuty resources that services and workflows refer to. */
export interface PagerDutyTeam {
  readonly teamId: string;
  readonly escalationPolicyId: string;
  /** PagerDuty user id by email. */
  readonly users: ReadonlyMap<string, string>;
  /** PagerDuty schedule id by `schedule:<name>`. */
  readonly schedules: ReadonlyMap<string, string>;
}

const TURN_SECONDS = { daily: 86_400, weekly: 604_800 } as const;

/** The default escalation: whoever is on call, then every member, each after 30 minutes. */
function defaultLevels(schedules: readonly ScheduleProps[], team: OnCallTeam): EscalationLevelProps[] {
  return [{ targets: [`schedule:${schedules[0].name}`] }, { targets: [...team.members] }];
}

/** A reference to a user or schedule, as PagerDuty escalation rules and workflows take them. */
export function targetReference(pagerDuty: PagerDutyTeam, target: string): { type: string; id: string } {
  const schedule = pagerDuty.schedules.get(target);
  return schedule === undefined
    ? { type: "user_reference", id: pagerDuty.users.get(target) as string }
    : { type: "schedule_reference", id: schedule };
}

/**
 * The team in PagerDuty: the team and its memberships (members are looked up by email, as users come from the
 * organisation's directory), its schedules and its escalation policy.
 */
export function emitPagerDutyTeam(team: OnCallTeam): PagerDutyTeam {
  const stack = MonitoringStack.of(team);
  const terraform = stack.terraform;
  const provider = terraform.pagerduty();
  const scope = terraform.scopeFor(team);
  const pagerDutyTeam = new Team(scope, "team", { provider, name: stack.vendorName(team.teamName), description: "Managed by Watchkeeper" });
  const users = new Map(
    team.members.map((email) => [
      email,
      terraform.shared(`pagerduty-user-${email}`, (shared, id) => new DataPagerdutyUser(shared, id, { provider, email })).id,
    ]),
  );
  team.members.forEach((email, index) =>
    new TeamMembership(scope, `member-${index}`, { provider, teamId: pagerDutyTeam.id, userId: users.get(email) as string, role: "responder" }),
  );

  const scheduleProps = team.schedules;
  const schedules = new Map(
    scheduleProps.map((schedule, index) => {
      const timeZone = schedule.timeZone ?? "UTC";
      const layers = layersOf(schedule).map((layer) => {
        const anchor = rotationAnchor(layer.handoffDay ?? "monday", layer.handoffTime ?? "09:00", timeZone);
        return {
          name: layer.name,
          start: anchor,
          rotationVirtualStart: anchor,
          rotationTurnLengthSeconds: TURN_SECONDS[layer.rotation ?? "weekly"],
          users: (layer.members ?? team.members).map((email) => users.get(email) as string),
        };
      });
      const resource = new Schedule(scope, `schedule-${index}`, {
        provider,
        name: stack.vendorName(schedule.name),
        timeZone,
        teams: [pagerDutyTeam.id],
        layer: layers,
      });
      return [`schedule:${schedule.name}`, resource.id];
    }),
  );

  const partial = { teamId: pagerDutyTeam.id, users, schedules, escalationPolicyId: "" };
  const policy = new EscalationPolicy(scope, "escalation-policy", {
    provider,
    name: stack.vendorName(`${team.teamName} escalation`),
    teams: [pagerDutyTeam.id],
    numLoops: team.props.escalation?.loops ?? 2,
    rule: (team.props.escalation?.levels ?? defaultLevels(scheduleProps, team)).map((level) => ({
      escalationDelayInMinutes: level.delayMinutes ?? 30,
      target: level.targets.map((target) => targetReference(partial, target)),
    })),
  });
  return { ...partial, escalationPolicyId: policy.id };
}
