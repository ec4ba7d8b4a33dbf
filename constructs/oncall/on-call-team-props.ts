import type { SecretRef } from "../../src/domain/secret";

/** A rotation of team members taking turns on call. */
export interface ScheduleLayerProps {
  /** @example "primary" */
  readonly name: string;
  /**
   * Who takes turns, by PagerDuty login email, in rotation order.
   * @default all the team's members
   */
  readonly members?: readonly string[];
  /**
   * How long each turn lasts.
   * @default "weekly"
   */
  readonly rotation?: "daily" | "weekly";
  /**
   * When turns hand off, local to the schedule's time zone, as HH:MM.
   * @default "09:00"
   */
  readonly handoffTime?: string;
  /**
   * The day weekly turns hand off.
   * @default "monday"
   */
  readonly handoffDay?: "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday";
}

/** An on-call schedule: one or more layers of rotations. */
export interface ScheduleProps {
  /** @example "planner-primary" */
  readonly name: string;
  /**
   * The IANA time zone handoffs are expressed in.
   * @default "UTC"
   */
  readonly timeZone?: string;
  /**
   * The layers, lowest first; a higher layer overrides a lower one where both have someone on call.
   * @default one weekly layer of all members, handing off on Monday at 09:00
   */
  readonly layers?: readonly ScheduleLayerProps[];
}

/** One level of the escalation policy: who is notified, and after how long the next level is. */
export interface EscalationLevelProps {
  /** Schedule names (`schedule:<name>`) or member emails notified at this level. */
  readonly targets: readonly string[];
  /**
   * Minutes before an unacknowledged incident escalates to the next level; PagerDuty's minimum is 1.
   * @default 30
   */
  readonly delayMinutes?: number;
}

export interface EscalationProps {
  /**
   * The levels, first notified first.
   * @default the team's first schedule, then every member
   */
  readonly levels?: readonly EscalationLevelProps[];
  /**
   * How many times the policy repeats when nobody acknowledges.
   * @default 2
   */
  readonly loops?: number;
}

/** When a service's incidents are high urgency. */
export type UrgencyProps =
  | "high"
  | "low"
  | "severity-based"
  | {
      /** High urgency during support hours, low outside them. */
      readonly supportHours: {
        /** @example "Europe/Berlin" */
        readonly timeZone: string;
        /** ISO weekdays, 1 = Monday. @default [1, 2, 3, 4, 5] */
        readonly days?: readonly number[];
        /** HH:MM:SS. @default "09:00:00" */
        readonly start?: string;
        /** HH:MM:SS. @default "17:00:00" */
        readonly end?: string;
      };
    };

/** A service the team owns: its incidents page the team. */
export interface OwnedServiceProps {
  /** The service's name, the `service` label of its alerts. @example "intelligent-teams-planner" */
  readonly name: string;
  /** @default "high" */
  readonly urgency?: UrgencyProps;
  /**
   * How PagerDuty groups alerts into incidents: intelligent (machine learning), content-based (same
   * service, alertname and SLO), or time-based.
   * @default "intelligent"
   */
  readonly alertGrouping?: "intelligent" | "content-based" | "time";
  /**
   * Minutes after which an unresolved incident resolves itself; 0 never.
   * @default 240
   */
  readonly autoResolveMinutes?: number;
  /**
   * Minutes after which an acknowledged incident re-triggers; 0 never.
   * @default 30
   */
  readonly acknowledgementTimeoutMinutes?: number;
  /**
   * Services (owned by any team of the stack) this one depends on, so that PagerDuty shows what an incident
   * impacts.
   * @default none
   */
  readonly dependsOn?: readonly string[];
  /**
   * The business service (what customers see, e.g. "Team planning") this service supports.
   * @default none
   */
  readonly businessService?: string;
  /**
   * The service's runbook index, added to its incidents.
   * @default none
   */
  readonly runbookUrl?: string;
  /**
   * The service's dashboard, added to its incidents.
   * @default none
   */
  readonly dashboardUrl?: string;
}

/** A one-off period during which the team's services are under maintenance: no pages, no tickets. */
export interface MaintenanceWindowProps {
  /** ISO 8601 start, with offset. @example "2026-12-06T02:00:00Z" */
  readonly start: string;
  /** ISO 8601 end, with offset. @example "2026-12-06T04:00:00Z" */
  readonly end: string;
  readonly description: string;
}

/** A weekly period during which the team's alerts are muted in Alertmanager (PagerDuty has no recurring windows). */
export interface RecurringMuteProps {
  readonly name: string;
  /** @example ["saturday", "sunday"] */
  readonly weekdays: readonly string[];
  /** HH:MM. @example "02:00" */
  readonly start: string;
  /** HH:MM. @example "04:00" */
  readonly end: string;
  /** @default "UTC" */
  readonly timeZone?: string;
}

/** A step of the team's incident workflow. */
export type IncidentStepProps =
  | { readonly addResponders: { readonly targets: readonly string[]; readonly message?: string } }
  | { readonly postToSlack: { readonly channel?: string; readonly message: string } }
  | { readonly conferenceBridge: { readonly url: string; readonly phone?: string } }
  | { readonly statusUpdate: { readonly message: string } }
  | {
      /** Any PagerDuty workflow action, by its id, with its inputs. */
      readonly action: { readonly name: string; readonly id: string; readonly inputs: Readonly<Record<string, string>> };
    };

/** The automated response to the team's high-priority incidents. */
export interface IncidentWorkflowProps {
  /**
   * The priorities that start the workflow.
   * @default ["P1"]
   */
  readonly priorities?: readonly string[];
  readonly steps: readonly IncidentStepProps[];
}

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
