/**
 * A team's on-call arrangement as declared (schedules, escalation, owned services, maintenance, incident
 * workflow), and the plan the PagerDuty target writes from. Field names are the OnCallTeam props'.
 */

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

/** Someone PagerDuty notifies: whoever is on call in one of the team's schedules, or a member by email. */
export type OnCallTargetProps = { readonly schedule: string } | { readonly user: string };

/** A responder an incident workflow adds: someone on call, or the team's whole escalation policy. */
export type ResponderProps = OnCallTargetProps | { readonly escalationPolicy: true };

/** One level of the escalation policy: who is notified, and after how long the next level is. */
export interface EscalationLevelProps {
  /**
   * Who is notified at this level.
   * @example [{ schedule: "checkout primary" }, { user: "alice@example.com" }]
   */
  readonly notify: readonly OnCallTargetProps[];
  /**
   * Minutes before an unacknowledged incident escalates to the next level; PagerDuty's minimum is 1.
   * @default 30
   */
  readonly delayMinutes?: number;
}

/** A team's escalation policy: who is notified at each level, after how long, and how often it repeats. */
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
  | {
      /** Adds responders to the incident, e.g. `{ responders: [{ escalationPolicy: true }, { schedule: "checkout primary" }] }`. */
      readonly addResponders: { readonly responders: readonly ResponderProps[]; readonly message?: string };
    }
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

/** A team's on-call plan, defaults applied, as the PagerDuty target writes it. */
export interface OnCallPlan {
  /** The team's name, its `team` label. */
  readonly team: string;
  /** The people on call, by PagerDuty login email. */
  readonly members: readonly string[];
  readonly schedules: readonly ScheduleProps[];
  readonly escalation: { readonly levels: readonly EscalationLevelProps[]; readonly loops: number };
  readonly services: readonly OwnedServiceProps[];
  readonly maintenanceWindows: readonly MaintenanceWindowProps[];
  /** The Slack channel workflow messages go to when a step names none. */
  readonly slackChannel?: string;
  readonly incidentWorkflow?: IncidentWorkflowProps;
}

/** A team's schedules: as declared, or one weekly rotation of all members handing off Monday 09:00 UTC. */
export function schedulesOf(teamName: string, declared: readonly ScheduleProps[] | undefined): readonly ScheduleProps[] {
  return declared ?? [{ name: `${teamName} on-call`, timeZone: "UTC" }];
}

/** A schedule's layers: as declared, or one weekly rotation of all members. */
export function layersOf(schedule: ScheduleProps): readonly ScheduleLayerProps[] {
  return schedule.layers ?? [{ name: "weekly rotation" }];
}

/** The default escalation: whoever is on call in the first schedule, then every member, each after 30 minutes. */
export function defaultEscalationLevels(schedules: readonly ScheduleProps[], members: readonly string[]): EscalationLevelProps[] {
  return [{ notify: [{ schedule: schedules[0].name }] }, { notify: members.map((user) => ({ user })) }];
}
