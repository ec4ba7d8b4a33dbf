import { quoted } from "../quoted";
import { layersOf } from "./on-call-plan";
import type {
  EscalationLevelProps,
  IncidentStepProps,
  OnCallTargetProps,
  OnCallTeamProps,
  OwnedServiceProps,
  ResponderProps,
  ScheduleProps,
} from "./on-call-team-props";

/** A team's declaration with its defaults resolved, and the services any team of its stack owns. */
export interface DeclaredTeam {
  readonly props: OnCallTeamProps;
  readonly members: readonly string[];
  readonly schedules: readonly ScheduleProps[];
  readonly services: readonly OwnedServiceProps[];
  /** The PagerDuty services of every team of the stack, sorted. */
  readonly knownServices: readonly string[];
}

function scheduleProblems(team: DeclaredTeam, schedule: ScheduleProps, index: number): string[] {
  const problems: string[] = [];
  const what = `schedules[${index}] (${schedule.name})`;
  for (const layer of layersOf(schedule)) {
    const members = layer.members ?? team.members;
    if (members.length === 0) {
      problems.push(`${what}: layer ${layer.name} has no members; list the people who take turns, or add members to the team`);
    }
    for (const member of members.filter((email) => !team.members.includes(email))) {
      problems.push(`${what}: layer ${layer.name} rotates ${quoted(member)}, who is not a member of the team; add them to members`);
    }
  }
  return problems;
}

/** What is wrong with someone to notify: a schedule the team does not have, a user who is not a member. */
function onCallTargetProblem(team: DeclaredTeam, target: OnCallTargetProps | ResponderProps, what: string): string | undefined {
  if ("schedule" in target) {
    const schedules = team.schedules.map((schedule) => schedule.name);
    return schedules.includes(target.schedule)
      ? undefined
      : `${what}: schedule ${quoted(target.schedule)} is not one of the team's schedules (${schedules.join(", ") || "none"})`;
  }
  if ("user" in target) {
    return team.members.includes(target.user) ? undefined : `${what}: user ${quoted(target.user)} is not a member of the team; add them to members`;
  }
  return target.escalationPolicy === true ? undefined : `${what}: write the team's escalation policy as { escalationPolicy: true }`;
}

function levelProblems(team: DeclaredTeam, level: EscalationLevelProps, index: number): string[] {
  const what = `escalation.levels[${index}]`;
  return level.notify.flatMap((target) => onCallTargetProblem(team, target, what) ?? []);
}

function serviceProblems(team: DeclaredTeam, service: OwnedServiceProps): string[] {
  const what = `services: service ${service.name}`;
  const known = team.knownServices;
  const problems = (service.dependsOn ?? [])
    .filter((name) => name === service.name || !known.includes(name))
    .map((name) => `${what} depends on ${quoted(name)}, which no team of the stack owns (${known.join(", ")}); declare it in a team's services`);
  const urgency = service.urgency;
  if (typeof urgency === "object") {
    const { start = "09:00:00", end = "17:00:00" } = urgency.supportHours;
    if (start >= end) {
      problems.push(`${what}: support hours start at ${start} and end at ${end}; the start must come before the end`);
    }
  }
  return problems;
}

function stepProblems(team: DeclaredTeam, step: IncidentStepProps, index: number): string[] {
  const what = `incidentWorkflow.steps[${index}]`;
  return "addResponders" in step ? step.addResponders.responders.flatMap((responder) => onCallTargetProblem(team, responder, what) ?? []) : [];
}

function workflowProblems(team: DeclaredTeam): string[] {
  return (team.props.incidentWorkflow?.steps ?? []).flatMap((step, index) => stepProblems(team, step, index));
}

/** Values listed more than once, each once. */
const repeated = (values: readonly string[]) => [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];

function windowProblems(team: DeclaredTeam): string[] {
  const problems = (team.props.maintenanceWindows ?? []).flatMap((window, index) => {
    const what = `maintenanceWindows[${index}] (${quoted(window.description)})`;
    return Date.parse(window.end) > Date.parse(window.start) ? [] : [`${what}: the window ends before it starts`];
  });
  (team.props.recurringMutes ?? []).forEach((mute, index) => {
    const what = `recurringMutes[${index}] (${mute.name})`;
    if (mute.end <= mute.start) {
      problems.push(`${what}: start and end are HH:MM times of one day, start before end`);
    }
  });
  return problems;
}

/** Every problem of a team's declaration against itself and its stack (the schema checks each prop on its own), each saying the fix. */
export function onCallTeamProblems(team: DeclaredTeam): string[] {
  const { props } = team;
  const problems = repeated(team.members).map((email) => `members: ${quoted(email)} is listed more than once; list each person once`);
  problems.push(
    ...repeated(team.schedules.map((schedule) => schedule.name)).map((name) => `schedules: ${quoted(name)} is declared more than once; give each schedule its own name`),
  );
  if ((props.schedules ?? []).length > 0 && team.members.length === 0) {
    problems.push("members: the team has schedules but no members; add the people who are on call to members");
  }
  problems.push(...(props.schedules ?? []).flatMap((schedule, index) => scheduleProblems(team, schedule, index)));
  problems.push(...(props.escalation?.levels ?? []).flatMap((level, index) => levelProblems(team, level, index)));
  problems.push(...team.services.flatMap((service) => serviceProblems(team, service)));
  problems.push(...windowProblems(team));
  problems.push(...workflowProblems(team));
  return problems;
}
