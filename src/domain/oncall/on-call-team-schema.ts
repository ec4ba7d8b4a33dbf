import { z } from "zod";
import { alertLabelProblem } from "../names/alert-labels";
import { quoted } from "../quoted";
import { checkedText, clockTime, oneOf, propsSchema, secretRef, serviceName, timeZone, validatedBy, webAddress, wholeNumber } from "../validation/schema";
import { WEEKDAYS } from "./time";
import type {
  EscalationLevelProps,
  EscalationProps,
  IncidentStepProps,
  IncidentWorkflowProps,
  MaintenanceWindowProps,
  OnCallTargetProps,
  OwnedServiceProps,
  RecurringMuteProps,
  ResponderProps,
  ScheduleLayerProps,
  ScheduleProps,
  UrgencyProps,
} from "./on-call-plan";
import type { OnCallTeamProps, TeamAlertmanagerProps } from "./on-call-team-props";

/** An email address, as PagerDuty logins, team addresses and SMTP senders are written. */
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
/** A Slack channel as Slack names it: `#`, then lower-case letters, digits, dots, dashes and underscores. */
const SLACK_CHANNEL = /^#[a-z0-9][a-z0-9._-]*$/;
/** PagerDuty's standard incident priorities, which the stack's event orchestration also uses. */
const PRIORITIES = ["P1", "P2", "P3", "P4", "P5"] as const;
/** PagerDuty's shortest escalation delay, in minutes. */
const MINIMUM_ESCALATION_DELAY = 1;

/** An email address; the message gives the fix. */
export const emailAddress = (fix: string) => checkedText((to) => (EMAIL.test(to) ? undefined : `${quoted(to)} is not an email address; ${fix}`));
/** A Slack channel; the message gives the example. */
export const slackChannel = (example: string) =>
  checkedText((channel) => (SLACK_CHANNEL.test(channel) ? undefined : `${quoted(channel)} must look like ${example} (lower case, no spaces)`));
/** A time of day with seconds, as PagerDuty's support hours take it. */
const supportTime = checkedText((time) =>
  /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/.test(time) ? undefined : `${quoted(time)} is not a time of day written HH:MM:SS; e.g. 09:00:00`,
);
/** An instant with its offset. */
const instant = checkedText((time) =>
  /(Z|[+-]\d{2}:\d{2})$/.test(time) && !Number.isNaN(Date.parse(time)) ? undefined : `${quoted(time)} is not an ISO 8601 time with an offset; e.g. 2026-12-06T02:00:00Z`,
);
/** Minutes: a whole number, 0 for never. */
const minutes = wholeNumber(0);
/** A list that is not empty. */
const someOf = <T extends z.ZodType>(item: T, fix: string) => z.array(item).refine((items) => items.length > 0, { message: `is empty; ${fix}` });

const layer = propsSchema<ScheduleLayerProps>()({
  name: z.string(),
  members: z.array(z.string()).optional(),
  rotation: oneOf(["daily", "weekly"]).optional(),
  handoffTime: clockTime.optional(),
  handoffDay: oneOf(WEEKDAYS).optional(),
});

const target: z.ZodType<OnCallTargetProps> = z.union([z.strictObject({ schedule: z.string() }), z.strictObject({ user: z.string() })]);
const responder: z.ZodType<ResponderProps> = z.union([target, z.strictObject({ escalationPolicy: z.literal(true) })]);

const urgency: z.ZodType<UrgencyProps> = z.union([
  oneOf(["high", "low", "severity-based"]),
  z.strictObject({
    // ISO weekdays, 1 (Monday) to 7 (Sunday).
    supportHours: z.strictObject({ timeZone, days: z.array(wholeNumber(1, 7)).optional(), start: supportTime.optional(), end: supportTime.optional() }),
  }),
]);

const service = propsSchema<OwnedServiceProps>()({
  // Matched by name against the service label of alerts.
  name: serviceName,
  urgency: urgency.optional(),
  alertGrouping: oneOf(["intelligent", "content-based", "time"]).optional(),
  autoResolveMinutes: minutes.optional(),
  acknowledgementTimeoutMinutes: minutes.optional(),
  dependsOn: z.array(z.string()).optional(),
  businessService: z.string().optional(),
  runbookUrl: webAddress().optional(),
  dashboardUrl: webAddress().optional(),
});

const step: z.ZodType<IncidentStepProps> = z.union([
  z.strictObject({ addResponders: z.strictObject({ responders: z.array(responder), message: z.string().optional() }) }),
  z.strictObject({ postToSlack: z.strictObject({ channel: slackChannel("#team-incidents").optional(), message: z.string() }) }),
  z.strictObject({ conferenceBridge: z.strictObject({ url: webAddress(), phone: z.string().optional() }) }),
  z.strictObject({ statusUpdate: z.strictObject({ message: z.string() }) }),
  z.strictObject({ action: z.strictObject({ name: z.string(), id: z.string(), inputs: z.record(z.string(), z.string()) }) }),
]);

/**
 * The schema of an OnCallTeam's props: every prop's type, the team's and services' names (alert labels), rotations, weekdays, urgencies, groupings and priorities
 * checked at run time, email addresses, Slack channels, times of day and instants, minutes (whole; a delay 1 or
 * more, loops 0 to 9), support days, lists that need an entry, anchored web addresses, SecretRefs for Alertmanager's
 * secrets; parse checks names, times, members, schedules and services against each other and the stack.
 */
export const onCallTeamSchema = propsSchema<OnCallTeamProps>()({
  // The team label of alerts.
  name: validatedBy((what, name) => alertLabelProblem("team", what, name)),
  members: z.array(emailAddress("use the member's PagerDuty login, e.g. alice@example.com")).optional(),
  services: z.array(z.union([serviceName, service])).optional(),
  schedules: z.array(propsSchema<ScheduleProps>()({ name: z.string(), timeZone: timeZone.optional(), layers: z.array(layer).optional() })).optional(),
  escalation: propsSchema<EscalationProps>()({
    levels: z
      .array(
        propsSchema<EscalationLevelProps>()({
          notify: someOf(target, "give it a schedule or a member"),
          // PagerDuty's shortest escalation delay.
          delayMinutes: wholeNumber(MINIMUM_ESCALATION_DELAY).optional(),
        }),
      )
      .optional(),
    loops: wholeNumber(0, 9).optional(),
  }).optional(),
  slackChannel: slackChannel("#team-alerts").optional(),
  email: emailAddress("e.g. team@example.com").optional(),
  maintenanceWindows: z.array(propsSchema<MaintenanceWindowProps>()({ start: instant, end: instant, description: z.string() })).optional(),
  recurringMutes: z
    .array(
      propsSchema<RecurringMuteProps>()({
        name: z.string(),
        weekdays: someOf(oneOf(WEEKDAYS), 'list lower-case day names, e.g. ["saturday", "sunday"]'),
        start: clockTime,
        end: clockTime,
        timeZone: timeZone.optional(),
      }),
    )
    .optional(),
  incidentWorkflow: propsSchema<IncidentWorkflowProps>()({
    priorities: someOf(oneOf(PRIORITIES), `list one or more of ${PRIORITIES.join(", ")}`).optional(),
    steps: someOf(step, "declare what should happen, or leave the incident workflow out"),
  }).optional(),
  alertmanager: propsSchema<TeamAlertmanagerProps>()({ pagerDutyRoutingKey: secretRef.optional(), slackWebhook: secretRef.optional() }).optional(),
}) satisfies z.ZodType<OnCallTeamProps>;
