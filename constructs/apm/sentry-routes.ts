import { TerraformVariable, Token, type TerraformProvider } from "cdktf";
import type { Construct } from "constructs";
import { slug } from "../../src/domain/naming";
import { quoted } from "../../src/domain/quoted";
import type { AlertOwner, Receiver } from "../../src/domain/routing";
import type { AlertSeverity } from "../../src/domain/slo-math";
import { IntegrationPagerduty } from "../../src/providers/sentry/integration-pagerduty";
import type { IssueAlertActionsV2 } from "../../src/providers/sentry/issue-alert";
import type { MetricAlertTriggerAction } from "../../src/providers/sentry/metric-alert";
import type { TerraformTarget } from "../../src/targets/terraform/terraform-target";
import type { SentryIntegrationsProps } from "./error-tracking-props";

/** A receiver Sentry can notify: a PagerDuty service or a Slack channel. */
export type SentryTarget = Extract<Receiver, { readonly kind: "pagerduty" | "slack" }>;

/** The receivers Sentry can notify, in order; Sentry's alerts cannot mail an arbitrary address or call a webhook. */
export function sentryTargets(receivers: readonly Receiver[]): SentryTarget[] {
  return receivers.filter((receiver): receiver is SentryTarget => receiver.kind === "pagerduty" || receiver.kind === "slack");
}

/** A receiver in words, for messages. */
function describe(receiver: Receiver): string {
  switch (receiver.kind) {
    case "pagerduty":
      return `PagerDuty service ${receiver.service}`;
    case "slack":
      return `Slack channel ${receiver.channel}`;
    case "email":
      return `email to ${receiver.address}`;
    case "webhook":
      return `webhook ${receiver.name}`;
  }
}

const SEVERITY_WORD: Record<AlertSeverity, string> = { page: "pages", ticket: "tickets" };

function integrationIdProblem(what: string, id: string | undefined, purpose: string): string | undefined {
  if (id === undefined || id === "") {
    return `${purpose}; set integrations.${what} to the integration's id (the number in https://<org>.sentry.io/settings/integrations/…/<id>/)`;
  }
  return Token.isUnresolved(id) || /^\d+$/.test(id) ? undefined : `integrations.${what}: ${quoted(id)} is not an integration id; use the number from the integration's settings URL`;
}

/**
 * What keeps the owner's receivers from being reached through Sentry: a receiver Sentry cannot notify, or an
 * integration id not given. A missing receiver is left to the stack's routing check.
 */
export function sentryRouteProblems(owner: AlertOwner, service: string, severities: readonly AlertSeverity[], integrations: SentryIntegrationsProps): string[] {
  const problems = new Set<string>();
  for (const severity of severities) {
    const receivers = owner.receivers(severity, service);
    const targets = sentryTargets(receivers);
    if (receivers.length > 0 && targets.length === 0) {
      const where = receivers.map(describe).join(" and ");
      problems.add(`${SEVERITY_WORD[severity]} go to ${where}, which Sentry cannot notify; give team ${owner.teamName} a PagerDuty service or a Slack channel`);
    }
    for (const target of targets) {
      const purpose = `${SEVERITY_WORD[severity]} go to ${describe(target)} through Sentry's ${target.kind === "slack" ? "Slack" : "PagerDuty"} integration`;
      const problem = target.kind === "pagerduty"
        ? integrationIdProblem("pagerDutyIntegrationId", integrations.pagerDutyIntegrationId, purpose)
        : integrationIdProblem("slackWorkspaceId", integrations.slackWorkspaceId, purpose);
      if (problem !== undefined) {
        problems.add(problem);
      }
    }
  }
  return [...problems];
}

/** An integration id as the number metric alerts take. */
function integrationNumber(id: string): number {
  return Token.isUnresolved(id) ? Token.asNumber(id) : Number(id);
}

/**
 * Turns the owner's receivers into Sentry alert actions. A PagerDuty service is configured in Sentry's PagerDuty
 * integration once per stack (`sentry_integration_pagerduty`), its integration key from a sensitive variable.
 */
export class SentryRouter {
  constructor(
    private readonly terraform: TerraformTarget,
    private readonly provider: TerraformProvider,
    private readonly organization: string,
    private readonly integrations: SentryIntegrationsProps,
  ) {}

  /** The id of the PagerDuty service's entry in Sentry's PagerDuty integration. */
  private pagerDutyServiceId(service: string): string {
    if (this.integrations.pagerDutyServiceId !== undefined) {
      return this.integrations.pagerDutyServiceId;
    }
    const integrationId = this.integrations.pagerDutyIntegrationId as string;
    const name = slug(service);
    const integrationKey = this.terraform.shared(`sentry-pagerduty-key-${name}`, (scope: Construct, id: string) => {
      const variable = new TerraformVariable(scope, id, {
        type: "string",
        sensitive: true,
        nullable: false,
        description: `The Events API v2 integration key of PagerDuty service "${service}", through which Sentry pages it`,
      });
      variable.overrideLogicalId(`sentry_pagerduty_integration_key_${name.replace(/-/g, "_")}`);
      return variable;
    });
    const entry = this.terraform.shared(
      `sentry-pagerduty-${this.organization}-${name}`,
      (scope: Construct, id: string) =>
        new IntegrationPagerduty(scope, id, {
          provider: this.provider,
          organization: this.organization,
          integrationId,
          service,
          integrationKey: integrationKey.stringValue,
        }),
    );
    return entry.id;
  }

  /** The issue alert action that reaches a target. */
  issueAlertAction(target: SentryTarget, notes: string | undefined): IssueAlertActionsV2 {
    if (target.kind === "pagerduty") {
      const account = this.integrations.pagerDutyIntegrationId as string;
      return { pagerdutyNotifyService: { account, service: this.pagerDutyServiceId(target.service), severity: "critical" } };
    }
    const workspace = this.integrations.slackWorkspaceId as string;
    return { slackNotifyService: { workspace, channel: target.channel, tags: ["environment", "level", "release"], notes } };
  }

  /** The metric alert trigger action that reaches a target. */
  metricAlertAction(target: SentryTarget): MetricAlertTriggerAction {
    if (target.kind === "pagerduty") {
      return {
        type: "pagerduty",
        targetType: "specific",
        targetIdentifier: this.pagerDutyServiceId(target.service),
        integrationId: integrationNumber(this.integrations.pagerDutyIntegrationId as string),
        priority: "critical",
      };
    }
    return {
      type: "slack",
      targetType: "specific",
      targetIdentifier: target.channel,
      integrationId: integrationNumber(this.integrations.slackWorkspaceId as string),
    };
  }
}
