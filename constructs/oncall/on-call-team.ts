import { DataPagerdutyUser } from "@cdktf/provider-pagerduty/lib/data-pagerduty-user";
import { EscalationPolicy } from "@cdktf/provider-pagerduty/lib/escalation-policy";
import { Service } from "@cdktf/provider-pagerduty/lib/service";
import type { Construct } from "constructs";
import type { AlertOwner } from "../../src/domain/routing";
import type { AlertSeverity } from "../../src/domain/slo-math";
import { MonitoringConstruct } from "../../src/monitoring-construct";
import { MonitoringStack } from "../../src/stack";

export interface OnCallTeamProps {
  /** The team's name; the `team` label of its alerts. @example "planner" */
  readonly name: string;
  /**
   * The people paged, by their PagerDuty login email, in escalation order.
   * @default none: the team cannot be paged
   */
  readonly members?: readonly string[];
  /**
   * The Slack channel that receives the team's tickets.
   * @default none: the team receives no tickets
   * @example "#planner-alerts"
   */
  readonly slackChannel?: string;
  /**
   * The name of the team's PagerDuty service, which receives its pages.
   * @default "<name> on-call"
   */
  readonly pagerDutyServiceName?: string;
  /**
   * Minutes before an unacknowledged page escalates to the next member.
   * @default 30
   */
  readonly escalationDelayMinutes?: number;
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/**
 * A team that answers alerts: pages reach its PagerDuty service (escalating through its members), tickets its
 * Slack channel. Every construct that alerts names a team as its owner.
 */
export class OnCallTeam extends MonitoringConstruct implements AlertOwner {
  readonly teamName: string;
  readonly pagerDutyServiceName: string;
  private readonly members: readonly string[];
  private readonly slackChannel?: string;
  private readonly escalationDelayMinutes: number;

  constructor(scope: Construct, id: string, props: OnCallTeamProps) {
    super(scope, id);
    this.teamName = props.name;
    this.members = props.members ?? [];
    this.slackChannel = props.slackChannel;
    this.pagerDutyServiceName = props.pagerDutyServiceName ?? `${props.name} on-call`;
    this.escalationDelayMinutes = props.escalationDelayMinutes ?? 30;
    MonitoringStack.of(this).claimName("on-call team", props.name, this);
    this.node.addValidation({ validate: () => this.problems() });
  }

  private problems(): string[] {
    const problems = this.members
      .filter((email) => !EMAIL.test(email))
      .map((email) => `${this.node.path}: member "${email}" is not an email address; use the member's PagerDuty login`);
    if (this.slackChannel !== undefined && !/^#[a-z0-9][a-z0-9._-]*$/.test(this.slackChannel)) {
      problems.push(`${this.node.path}: slackChannel "${this.slackChannel}" must look like #team-alerts (lower case, no spaces)`);
    }
    return problems;
  }

  receiverFor(severity: AlertSeverity): string | undefined {
    if (severity === "page") {
      return this.members.length > 0 ? `pagerduty:${this.pagerDutyServiceName}` : undefined;
    }
    return this.slackChannel === undefined ? undefined : `slack:${this.slackChannel}`;
  }

  notificationHandles(severity: AlertSeverity): string[] {
    const receiver = this.receiverFor(severity);
    if (receiver === undefined) {
      return [];
    }
    return severity === "page"
      ? [`@pagerduty-${this.pagerDutyServiceName.replace(/\s+/g, "_")}`]
      : [`@slack-${(this.slackChannel as string).slice(1)}`];
  }

  emit(): void {
    if (this.members.length === 0) {
      return;
    }
    const terraform = MonitoringStack.of(this).terraform;
    const provider = terraform.pagerduty();
    const scope = terraform.scopeFor(this);
    const users = this.members.map((email, index) => new DataPagerdutyUser(scope, `member-${index}`, { provider, email }));
    const policy = new EscalationPolicy(scope, "escalation-policy", {
      provider,
      name: `${this.teamName} escalation`,
      numLoops: 2,
      rule: users.map((user) => ({
        escalationDelayInMinutes: this.escalationDelayMinutes,
        target: [{ type: "user_reference", id: user.id }],
      })),
    });
    new Service(scope, "service", {
      provider,
      name: this.pagerDutyServiceName,
      description: `Pages of team ${this.teamName}, managed by Watchkeeper`,
      escalationPolicy: policy.id,
      alertCreation: "create_alerts_and_incidents",
      autoResolveTimeout: "14400",
      acknowledgementTimeout: "1800",
    });
  }
}
