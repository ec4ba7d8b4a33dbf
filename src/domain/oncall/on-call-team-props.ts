import type { SecretRef } from "../secret";
import type {
  EscalationProps,
  IncidentWorkflowProps,
  MaintenanceWindowProps,
  OwnedServiceProps,
  RecurringMuteProps,
  ScheduleProps,
} from "./on-call-plan";

export type {
  ScheduleLayerProps,
  ScheduleProps,
  OnCallTargetProps,
  ResponderProps,
  EscalationLevelProps,
  EscalationProps,
  UrgencyProps,
  OwnedServiceProps,
  MaintenanceWindowProps,
  RecurringMuteProps,
  IncidentStepProps,
  IncidentWorkflowProps,
} from "./on-call-plan";

/** How Alertmanager reaches the team; secrets by reference only. */
export interface TeamAlertmanagerProps {
  /**
   * The PagerDuty Events v2 routing key of the team's pages.
   * @default the stack's PagerDuty routing key (its event orchestration)
   */
  readonly pagerDutyRoutingKey?: SecretRef;
  /**
   * The Slack incoming webhook of the team's channel.
   * @default SecretRef.kubernetes("watchkeeper-alertmanager", "<team>-slack-webhook")
   */
  readonly slackWebhook?: SecretRef;
}

/** The props of OnCallTeam: its members, schedules, escalation, services and the channels tickets go to. */
export interface OnCallTeamProps {
  /** The team's name; the `team` label of its alerts. @example "planner" */
  readonly name: string;
  /**
   * The people on call, by PagerDuty login email.
   * @default none: the team cannot be paged
   */
  readonly members?: readonly string[];
  /**
   * The services the team owns; each becomes a PagerDuty service escalating to the team.
   * @default none
   */
  readonly services?: readonly (string | OwnedServiceProps)[];
  /** @default one weekly rotation of all members */
  readonly schedules?: readonly ScheduleProps[];
  /** @default the first schedule, then every member after 30 minutes, twice */
  readonly escalation?: EscalationProps;
  /**
   * The Slack channel that receives the team's tickets and a copy of its pages.
   * @default none
   * @example "#planner-alerts"
   */
  readonly slackChannel?: string;
  /**
   * An address that also receives the team's tickets.
   * @default none
   */
  readonly email?: string;
  /** @default none */
  readonly maintenanceWindows?: readonly MaintenanceWindowProps[];
  /** @default none */
  readonly recurringMutes?: readonly RecurringMuteProps[];
  /** @default none */
  readonly incidentWorkflow?: IncidentWorkflowProps;
  /** @default the stack's routing key and a per-team Slack webhook secret */
  readonly alertmanager?: TeamAlertmanagerProps;
}
