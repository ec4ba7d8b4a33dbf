import type { Construct } from "constructs";
import type { TeamRoutes } from "../../src/domain/alert-routes";
import { oneOffMuteInterval, weeklyMuteInterval } from "../../src/domain/oncall/time";
import { datadogHandle } from "../../src/targets/datadog/handles";
import { receiverText, type AlertOwner, type Receiver } from "../../src/domain/routing";
import { ALERTMANAGER_SECRET, SecretRef } from "../../src/domain/secret";
import type { AlertSeverity } from "../../src/domain/slo-math";
import { MonitoringConstruct } from "../../src/monitoring-construct";
import { MonitoringStack } from "../../src/stack";
import { emitDatadogServiceObjects, emitPagerDutyServices } from "./pagerduty-services";
import { emitPagerDutyTeam } from "./pagerduty-team";
import { emitIncidentWorkflow } from "./incident-workflow";
import type { OnCallTeamProps, OwnedServiceProps, ScheduleProps } from "./on-call-team-props";
import { schedulesOf } from "./schedules";
import { onCallTeamProblems } from "./on-call-team-validation";

/**
 * A team that answers alerts. In PagerDuty: the team and its members, on-call schedules, an escalation policy,
 * a service per owned service (urgency, support hours, alert grouping, timeouts, maintenance windows, business
 * services and dependencies), event orchestration rules and an incident workflow for high-priority incidents.
 * In Alertmanager and Datadog: where its pages and tickets go. Every construct that alerts names a team as its
 * owner, by reference or by name.
 */
export class OnCallTeam extends MonitoringConstruct implements AlertOwner {
  readonly teamName: string;
  /** The services the team owns, each a PagerDuty service; the first also receives pages about other services. */
  readonly services: readonly OwnedServiceProps[];

  constructor(scope: Construct, id: string, readonly props: OnCallTeamProps) {
    super(scope, id);
    this.teamName = props.name;
    const members = props.members ?? [];
    this.services = (props.services ?? (members.length > 0 ? [`${props.name} on-call`] : [])).map((service) =>
      typeof service === "string" ? { name: service } : service,
    );
    const stack = MonitoringStack.of(this);
    stack.claimName("on-call team", props.name, this);
    this.services.forEach((service) => stack.claimName("PagerDuty service", service.name, this));
    stack.registerTeam(this, () => this.routes());
    this.node.addValidation({ validate: () => onCallTeamProblems(this).map((problem) => `${this.node.path}: ${problem}`) });
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

  /** The PagerDuty service that receives pages about a service: the one of that name, else the team's first. */
  pagerDutyServiceFor(service?: string): string | undefined {
    return (this.services.find((owned) => owned.name === service) ?? this.services[0])?.name;
  }

  /** Where an alert of a severity about a service goes, as structured data. */
  receiver(severity: AlertSeverity, service?: string): Receiver | undefined {
    if (severity === "page") {
      return this.pageable
        ? { kind: "pagerduty", target: MonitoringStack.of(this).vendorName(this.pagerDutyServiceFor(service) as string) }
        : undefined;
    }
    return this.props.slackChannel === undefined ? undefined : { kind: "slack", target: this.props.slackChannel };
  }

  receiverFor(severity: AlertSeverity, service?: string): string | undefined {
    const receiver = this.receiver(severity, service);
    return receiver === undefined ? undefined : receiverText(receiver);
  }

  notificationHandles(severity: AlertSeverity, service?: string): string[] {
    const receiver = this.receiver(severity, service);
    return receiver === undefined ? [] : [datadogHandle(receiver)];
  }

  /** How Alertmanager reaches the team: PagerDuty for pages, Slack and email for tickets, muted in maintenance. */
  routes(): TeamRoutes {
    const { slackChannel, email, alertmanager } = this.props;
    const name = this.teamName;
    return {
      team: name,
      pagerDuty: this.pageable
        ? { routingKey: alertmanager?.pagerDutyRoutingKey ?? SecretRef.kubernetes(ALERTMANAGER_SECRET, "pagerduty-routing-key") }
        : undefined,
      slack:
        slackChannel === undefined
          ? undefined
          : { channel: slackChannel, webhook: alertmanager?.slackWebhook ?? SecretRef.kubernetes(ALERTMANAGER_SECRET, `${name}-slack-webhook`) },
      email: email === undefined ? undefined : { to: email },
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

  emit(): void {
    if (!this.pageable) {
      return;
    }
    const team = emitPagerDutyTeam(this);
    const services = emitPagerDutyServices(this, team);
    if (this.props.incidentWorkflow !== undefined) {
      emitIncidentWorkflow(this, this.props.incidentWorkflow, team, services);
    }
  }

  finish(): void {
    if (this.pageable) {
      emitDatadogServiceObjects(this);
    }
  }
}
