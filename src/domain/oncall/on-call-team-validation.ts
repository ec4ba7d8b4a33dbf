import { isClockTime, WEEKDAYS } from "./time";
import { quoted } from "../quoted";
import { secretProblem } from "../secret";
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

/** An email address, as PagerDuty logins, team addresses and SMTP senders are written. */
export const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
/** A Slack channel as Slack names it: `#`, then lower-case letters, digits, dots, dashes and underscores. */
export const SLACK_CHANNEL = /^#[a-z0-9][a-z0-9._-]*$/;
/** PagerDuty's standard incident priorities, which the stack's event orchestration also uses. */
const PRIORITIES = ["P1", "P2", "P3", "P4", "P5"];
const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/;

/** PagerDuty's shortest escalation delay, in minutes. */
export const MINIMUM_ESCALATION_DELAY = 1;

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
    if (layer.handoffTime !== undefined && !isClockTime(layer.handoffTime)) {
      problems.push(`${what}: layer ${layer.name} hands off at ${quoted(layer.handoffTime)}; write the time as HH:MM, e.g. 09:00`);
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
  const problems = level.notify.flatMap((target) => onCallTargetProblem(team, target, what) ?? []);
  if (level.notify.length === 0) {
    problems.push(`${what} notifies nobody; give it a schedule or a member`);
  }
  const delay = level.delayMinutes ?? 30;
  if (!Number.isInteger(delay) || delay < MINIMUM_ESCALATION_DELAY) {
    problems.push(`${what}: a delay of ${delay} minutes is below PagerDuty's minimum of ${MINIMUM_ESCALATION_DELAY}; use a whole number of minutes, 1 or more`);
  }
  return problems;
}

function serviceProblems(team: DeclaredTeam, service: OwnedServiceProps): string[] {
  const what = `services: service ${service.name}`;
  const known = team.knownServices;
  const problems = (service.dependsOn ?? [])
    .filter((name) => name === service.name || !known.includes(name))
    .map((name) => `${what} depends on ${quoted(name)}, which no team of the stack owns (${known.join(", ")}); declare it in a team's services`);
  for (const [field, minutes] of [["autoResolveMinutes", service.autoResolveMinutes], ["acknowledgementTimeoutMinutes", service.acknowledgementTimeoutMinutes]] as const) {
    if (minutes !== undefined && !(Number.isInteger(minutes) && minutes >= 0)) {
      problems.push(`${what}: ${field} ${minutes} must be a whole number of minutes, 0 for never`);
    }
  }
  const urgency = service.urgency;
  if (typeof urgency === "object") {
    const { start, end, days } = urgency.supportHours;
    if ([start, end].some((time) => time !== undefined && !TIME_OF_DAY.test(time))) {
      problems.push(`${what}: support hours start and end are times of day written HH:MM:SS, e.g. 09:00:00`);
    } else if ((start ?? "09:00:00") >= (end ?? "17:00:00")) {
      problems.push(`${what}: support hours start at ${start ?? "09:00:00"} and end at ${end ?? "17:00:00"}; the start must come before the end`);
    }
    if ((days ?? []).some((day) => !(Number.isInteger(day) && day >= 1 && day <= 7))) {
      problems.push(`${what}: support hours days are ISO weekdays, 1 (Monday) to 7 (Sunday)`);
    }
  }
  return problems;
}

function stepProblems(team: DeclaredTeam, step: IncidentStepProps, index: number): string[] {
  const what = `incidentWorkflow.steps[${index}]`;
  if ("addResponders" in step) {
    return step.addResponders.responders.flatMap((responder) => onCallTargetProblem(team, responder, what) ?? []);
  }
  const channel = "postToSlack" in step ? step.postToSlack.channel : undefined;
  return channel !== undefined && !SLACK_CHANNEL.test(channel) ? [`${what}: Slack channel ${quoted(channel)} must look like #team-incidents (lower case, no spaces)`] : [];
}

function workflowProblems(team: DeclaredTeam): string[] {
  const workflow = team.props.incidentWorkflow;
  if (workflow === undefined) {
    return [];
  }
  const problems = workflow.steps.length === 0 ? ["incidentWorkflow.steps: the incident workflow has no steps; declare what should happen, or leave it out"] : [];
  const priorities = workflow.priorities ?? ["P1"];
  if (priorities.length === 0 || priorities.some((priority) => !PRIORITIES.includes(priority))) {
    problems.push(`incidentWorkflow.priorities: the incident workflow starts for priorities ${quoted(priorities.join(", "))}; list one or more of ${PRIORITIES.join(", ")}`);
  }
  return [...problems, ...workflow.steps.flatMap((step, index) => stepProblems(team, step, index))];
}

/** Values listed more than once, each once. */
const repeated = (values: readonly string[]) => [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];

function windowProblems(team: DeclaredTeam): string[] {
  const problems = (team.props.maintenanceWindows ?? []).flatMap((window, index) => {
    const what = `maintenanceWindows[${index}] (${quoted(window.description)})`;
    const start = Date.parse(window.start);
    const end = Date.parse(window.end);
    if (Number.isNaN(start) || Number.isNaN(end)) {
      return [`${what}: write start and end as ISO 8601 with an offset, e.g. 2026-12-06T02:00:00Z`];
    }
    return end > start ? [] : [`${what}: the window ends before it starts`];
  });
  (team.props.recurringMutes ?? []).forEach((mute, index) => {
    const what = `recurringMutes[${index}] (${mute.name})`;
    if (mute.weekdays.some((day) => !(WEEKDAYS as readonly string[]).includes(day)) || mute.weekdays.length === 0) {
      problems.push(`${what}: weekdays are lower-case day names, e.g. ["saturday", "sunday"]`);
    }
    if (![mute.start, mute.end].every(isClockTime) || mute.end <= mute.start) {
      problems.push(`${what}: start and end are HH:MM times of one day, start before end`);
    }
  });
  return problems;
}

/** Every problem of a team's declaration, each saying the fix. */
export function onCallTeamProblems(team: DeclaredTeam): string[] {
  const { props } = team;
  const problems = team.members
    .filter((email) => !EMAIL.test(email))
    .map((email) => `members: ${quoted(email)} is not an email address; use the member's PagerDuty login`);
  problems.push(...repeated(team.members).map((email) => `members: ${quoted(email)} is listed more than once; list each person once`));
  problems.push(
    ...repeated(team.schedules.map((schedule) => schedule.name)).map((name) => `schedules: ${quoted(name)} is declared more than once; give each schedule its own name`),
  );
  if (props.slackChannel !== undefined && !SLACK_CHANNEL.test(props.slackChannel)) {
    problems.push(`slackChannel ${quoted(props.slackChannel)} must look like #team-alerts (lower case, no spaces)`);
  }
  if (props.email !== undefined && !EMAIL.test(props.email)) {
    problems.push(`email ${quoted(props.email)} is not an email address`);
  }
  if ((props.schedules ?? []).length > 0 && team.members.length === 0) {
    problems.push("members: the team has schedules but no members; add the people who are on call to members");
  }
  problems.push(...(props.schedules ?? []).flatMap((schedule, index) => scheduleProblems(team, schedule, index)));
  problems.push(...(props.escalation?.levels ?? []).flatMap((level, index) => levelProblems(team, level, index)));
  const loops = props.escalation?.loops;
  if (loops !== undefined && !(Number.isInteger(loops) && loops >= 0 && loops <= 9)) {
    problems.push(`escalation.loops: ${loops} must be a whole number from 0 to 9`);
  }
  problems.push(...team.services.flatMap((service) => serviceProblems(team, service)));
  problems.push(...windowProblems(team));
  problems.push(...workflowProblems(team));
  for (const [field, value] of Object.entries(props.alertmanager ?? {})) {
    const problem = secretProblem(`alertmanager.${field}`, value);
    if (problem !== undefined) {
      problems.push(problem);
    }
  }
  return problems;
}
