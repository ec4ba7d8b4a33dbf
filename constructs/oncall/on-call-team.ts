import { onCallTeamSchema } from "../../src/domain/oncall/on-call-team-schema";
import type { Construct } from "constructs";
import { defaultEscalationLevels, schedulesOf, type OnCallPlan } from "../../src/domain/oncall/on-call-plan";
import type { Problems } from "../../src/domain/problems";
import { oneOffMuteInterval, weeklyMuteInterval } from "../../src/domain/oncall/time";
import { teamReceivers, type AlertOwner, type Receiver, type TeamContacts, type AlertSeverity } from "../../src/domain/routing/routing";
import type { TeamRoutes } from "../../src/domain/routing/routing-plan";
import { ALERTMANAGER_SECRET, SecretRef } from "../../src/domain/secret";
import { slug } from "../../src/domain/names/slugs";
import { MonitoringConstruct } from "../../src/monitoring-construct";
import { contribute, when, type Outputs } from "../../src/outputs";
import { DATADOG_PAGERDUTY_SERVICES } from "../../src/targets/datadog/pagerduty-service-objects";
import { emitOnCall } from "../../src/targets/pagerduty/on-call";
import type { OnCallTeamProps, OwnedServiceProps, ScheduleProps } from "../../src/domain/oncall/on-call-team-props";
import { onCallTeamProblems } from "../../src/domain/oncall/on-call-team-validation";

/**
 * A team that answers alerts. In PagerDuty: the team and its members, on-call schedules, an escalation policy,
 * a service per owned service (urgency, support hours, alert grouping, timeouts, maintenance windows, business
 * services and dependencies), event orchestration rules and an incident workflow for high-priority incidents.
 * In Alertmanager and Datadog: where its pages and tickets go. Every construct that alerts names a team as its
 * owner, by reference or by name.
 */
export class OnCallTeam extends MonitoringConstruct<OnCallTeamProps, OnCallPlan> implements AlertOwner {
  /** @internal The schema the props are checked against before parse. */
  protected static readonly schema = onCallTeamSchema;

  readonly teamName: string;
  /** The services the team owns, each a PagerDuty service; the first also receives pages about other services. */
  readonly services: readonly OwnedServiceProps[];

  constructor(scope: Construct, id: string, props: OnCallTeamProps) {
    super(scope, id, props);
    this.teamName = props.name;
    const members = props.members ?? [];
    // Services that are not a list are the schema's to report.
    const declared = Array.isArray(props.services) ? props.services : undefined;
    this.services = (declared ?? (members.length > 0 ? [`${props.name} on-call`] : [])).map((service) =>
      typeof service === "object" && service !== null ? service : { name: String(service) },
    );
    this.claimName("on-call team", slug(props.name), props.name);
    // PagerDuty resources, Datadog integrations and Terraform variables are named after the service's slug.
    this.services.forEach((service) => this.claimName("PagerDuty service", slug(service.name), service.name));
    this.stack.registerTeam(this, () => this.routes());
  }

  get members(): readonly string[] {
    return this.props.members ?? [];
  }

  /** The team's schedules: as declared, or one weekly rotation of all members handing off Monday 09:00 UTC. */
  get schedules(): readonly ScheduleProps[] {
    return schedulesOf(this.teamName, this.props.schedules);
  }

  /** Whether the team can be paged: someone to page and a service to page through. */
  get pageable(): boolean {
    return this.members.length > 0 && this.services.length > 0;
  }

  /** How the team is reached: its PagerDuty services when it can be paged, its Slack channel, its address. */
  contacts(): TeamContacts {
    const stack = this.stack;
    return {
      team: this.teamName,
      pagerDutyServices: this.pageable ? this.services.map(({ name }) => ({ name, vendorName: stack.vendorName(name) })) : [],
      slackChannel: this.props.slackChannel,
      email: this.props.email,
    };
  }

  receivers(severity: AlertSeverity, service?: string): readonly Receiver[] {
    return teamReceivers(this.contacts(), severity, service);
  }

  /** How Alertmanager reaches the team: PagerDuty for pages, Slack and email for tickets, muted in maintenance. */
  routes(): TeamRoutes {
    const { alertmanager } = this.props;
    const name = this.teamName;
    return {
      contacts: this.contacts(),
      pagerDutyRoutingKey: alertmanager?.pagerDutyRoutingKey ?? SecretRef.kubernetes(ALERTMANAGER_SECRET, "pagerduty-routing-key"),
      slackWebhook: alertmanager?.slackWebhook ?? SecretRef.kubernetes(ALERTMANAGER_SECRET, `${name}-slack-webhook`),
      muteIntervals: [
        ...(this.props.maintenanceWindows ?? []).map((window, index) =>
          oneOffMuteInterval(`${name}-maintenance-${index + 1}`, new Date(window.start), new Date(window.end)),
        ),
        ...(this.props.recurringMutes ?? []).map((mute) =>
          weeklyMuteInterval(`${name}-${mute.name}`, mute.weekdays, mute.start, mute.end, mute.timeZone ?? "UTC"),
        ),
      ],
    };
  }

  /** The team's on-call plan, defaults applied, for the PagerDuty target. */
  protected parse(problems: Problems): OnCallPlan | undefined {
    const { props } = this;
    const declared = { props, members: this.members, schedules: this.schedules, services: this.services, knownServices: this.stack.claimed("PagerDuty service") };
    problems.add(...onCallTeamProblems(declared));
    return {
      team: this.teamName,
      members: this.members,
      schedules: this.schedules,
      escalation: { levels: props.escalation?.levels ?? defaultEscalationLevels(this.schedules, this.members), loops: props.escalation?.loops ?? 2 },
      services: this.services,
      maintenanceWindows: props.maintenanceWindows ?? [],
      slackChannel: props.slackChannel,
      incidentWorkflow: props.incidentWorkflow,
    };
  }

  /** PagerDuty: the team, its schedules, escalation, services and workflow, when it can be paged. */
  protected outputs(plan: OnCallPlan): Outputs {
    return {
      pagerduty: when(this.pageable, () => ({
        contributes: this.services.map((service) => contribute(DATADOG_PAGERDUTY_SERVICES, service)),
        write: (scope) => emitOnCall(scope, plan),
      })),
    };
  }
}
