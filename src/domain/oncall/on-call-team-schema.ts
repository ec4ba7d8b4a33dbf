import { z } from "zod";
import type { SecretRef } from "../secret";
import { oneOf, propsSchema, timeZone, webAddress } from "../validation/schema";
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

const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;

const layer = propsSchema<ScheduleLayerProps>()({
  name: z.string(),
  members: z.array(z.string()).optional(),
  rotation: oneOf(["daily", "weekly"]).optional(),
  handoffTime: z.string().optional(),
  handoffDay: oneOf(WEEKDAYS).optional(),
});

const target: z.ZodType<OnCallTargetProps> = z.union([z.strictObject({ schedule: z.string() }), z.strictObject({ user: z.string() })]);
const responder: z.ZodType<ResponderProps> = z.union([target, z.strictObject({ escalationPolicy: z.literal(true) })]);

const urgency: z.ZodType<UrgencyProps> = z.union([
  oneOf(["high", "low", "severity-based"]),
  z.strictObject({
    supportHours: z.strictObject({ timeZone, days: z.array(z.number()).optional(), start: z.string().optional(), end: z.string().optional() }),
  }),
]);

const service = propsSchema<OwnedServiceProps>()({
  name: z.string(),
  urgency: urgency.optional(),
  alertGrouping: oneOf(["intelligent", "content-based", "time"]).optional(),
  autoResolveMinutes: z.number().optional(),
  acknowledgementTimeoutMinutes: z.number().optional(),
  dependsOn: z.array(z.string()).optional(),
  businessService: z.string().optional(),
  runbookUrl: webAddress().optional(),
  dashboardUrl: webAddress().optional(),
});

const step: z.ZodType<IncidentStepProps> = z.union([
  z.strictObject({ addResponders: z.strictObject({ responders: z.array(responder), message: z.string().optional() }) }),
  z.strictObject({ postToSlack: z.strictObject({ channel: z.string().optional(), message: z.string() }) }),
  z.strictObject({ conferenceBridge: z.strictObject({ url: webAddress(), phone: z.string().optional() }) }),
  z.strictObject({ statusUpdate: z.strictObject({ message: z.string() }) }),
  z.strictObject({ action: z.strictObject({ name: z.string(), id: z.string(), inputs: z.record(z.string(), z.string()) }) }),
]);

/**
 * The schema of an OnCallTeam's props: every prop's type, rotations, weekdays, urgencies and groupings checked at
 * run time, anchored web addresses, SecretRefs for Alertmanager's secrets; parse checks names, times, members and
 * services against each other and the stack.
 */
export const onCallTeamSchema = propsSchema<OnCallTeamProps>()({
  name: z.string(),
  members: z.array(z.string()).optional(),
  services: z.array(z.union([z.string(), service])).optional(),
  schedules: z.array(propsSchema<ScheduleProps>()({ name: z.string(), timeZone: timeZone.optional(), layers: z.array(layer).optional() })).optional(),
  escalation: propsSchema<EscalationProps>()({
    levels: z.array(propsSchema<EscalationLevelProps>()({ notify: z.array(target), delayMinutes: z.number().optional() })).optional(),
    loops: z.number().optional(),
  }).optional(),
  slackChannel: z.string().optional(),
  email: z.string().optional(),
  maintenanceWindows: z.array(propsSchema<MaintenanceWindowProps>()({ start: z.string(), end: z.string(), description: z.string() })).optional(),
  recurringMutes: z
    .array(propsSchema<RecurringMuteProps>()({ name: z.string(), weekdays: z.array(z.string()), start: z.string(), end: z.string(), timeZone: timeZone.optional() }))
    .optional(),
  incidentWorkflow: propsSchema<IncidentWorkflowProps>()({ priorities: z.array(z.string()).optional(), steps: z.array(step) }).optional(),
  // The secrets are parse's to check, with the routing they belong to.
  alertmanager: propsSchema<TeamAlertmanagerProps>()({ pagerDutyRoutingKey: z.custom<SecretRef>(() => true).optional(), slackWebhook: z.custom<SecretRef>(() => true).optional() }).optional(),
}) satisfies z.ZodType<OnCallTeamProps>;
