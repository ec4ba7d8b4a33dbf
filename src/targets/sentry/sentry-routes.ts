import { TerraformVariable, Token, type TerraformProvider } from "cdktf";
import type { Construct } from "constructs";
import { errorTrackingSeverities, type ErrorTrackingSpec } from "../../domain/apm/error-tracking";
import { slug } from "../../domain/naming";
import { quoted } from "../../domain/quoted";
import type { Receiver, SeverityReceivers, AlertSeverity } from "../../domain/routing/routing";
import { IntegrationPagerduty } from "../../providers/sentry/integration-pagerduty";
import type { IssueAlertActionsV2 } from "../../providers/sentry/issue-alert";
import type { MetricAlertTriggerAction } from "../../providers/sentry/metric-alert";
import { pagerDutyIntegrationKey } from "../pagerduty/service-integrations";
import type { TerraformTarget } from "../terraform/terraform-target";

/** The owner of a service's error tracking, as plain values: its team and its receivers of the service's alerts. */
export interface SentryOwner {
  /** The owner's team name as declared; the Sentry team carries it with the stack's vendor suffix. */
  readonly teamName: string;
  readonly receivers: SeverityReceivers;
  /**
   * The PagerDuty services (by their name in PagerDuty) that the stack declares: Sentry reaches them through an
   * integration key taken by reference. A service not among them needs its key as a sensitive variable.
   */
  readonly pagerDutyServicesInStack: readonly string[];
}

/** A receiver Sentry can notify: a PagerDuty service or a Slack channel. */
export type SentryTarget = Extract<Receiver, { readonly kind: "pagerduty" | "slack" }>;

/** The receivers Sentry can notify, in order; Sentry's alerts cannot mail an arbitrary address or call a webhook. */
function sentryTargets(receivers: readonly Receiver[]): SentryTarget[] {
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
export function sentryRouteProblems(spec: Pick<ErrorTrackingSpec, "errorSpike" | "errorRate" | "errorTrend" | "integrations">, owner: SentryOwner): string[] {
  const { integrations } = spec;
  const problems = new Set<string>();
  for (const severity of errorTrackingSeverities(spec)) {
    const receivers = owner.receivers[severity];
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

/** What the router addresses the owner with. */
export interface SentryRouterInput {
  readonly terraform: TerraformTarget;
  readonly provider: TerraformProvider;
  readonly spec: Pick<ErrorTrackingSpec, "organization" | "integrations" | "runbookUrl">;
  readonly owner: SentryOwner;
  /** The internal id of the owner's Sentry team. */
  readonly teamInternalId: string;
}

/**
 * Addresses the owner in Sentry's terms: the rule owner of every alert, and the alert actions that reach the
 * owner's receivers (a Slack message links the runbook). A PagerDuty service is configured in Sentry's PagerDuty
 * integration once per stack (`sentry_integration_pagerduty`), its integration key from an Events API v2
 * integration on the service when the stack declares it, else from a sensitive variable.
 * Validation (sentryRouteProblems) has made sure that the integrations each receiver needs are given.
 */
export class SentryRouter {
  constructor(private readonly input: SentryRouterInput) {}

  /** The owner of the project's alert rules, `team:<internal id>`. */
  get ruleOwner(): string {
    return `team:${this.input.teamInternalId}`;
  }

  /** The issue alert actions that reach the owner's receivers of a severity. */
  issueAlertActions(severity: AlertSeverity): IssueAlertActionsV2[] {
    return this.targets(severity).map((target) => this.issueAlertAction(target));
  }

  /** The metric alert trigger actions that reach the owner's receivers of a severity. */
  metricAlertActions(severity: AlertSeverity): MetricAlertTriggerAction[] {
    return this.targets(severity).map((target) => this.metricAlertAction(target));
  }

  private targets(severity: AlertSeverity): SentryTarget[] {
    return sentryTargets(this.input.owner.receivers[severity]);
  }

  /** The id of the PagerDuty service's entry in Sentry's PagerDuty integration. */
  private pagerDutyServiceId(service: string): string {
    const { terraform, provider, spec } = this.input;
    const { organization, integrations } = spec;
    if (integrations.pagerDutyServiceId !== undefined) {
      return integrations.pagerDutyServiceId;
    }
    const integrationId = integrations.pagerDutyIntegrationId as string;
    const name = slug(service);
    const entry = terraform.shared(`sentry-pagerduty-${organization}-${name}`, (scope: Construct, id: string) => {
      const integrationKey = this.input.owner.pagerDutyServicesInStack.includes(service)
        ? pagerDutyIntegrationKey(terraform, service, "sentry")
        : this.integrationKeyVariable(service);
      return new IntegrationPagerduty(scope, id, { provider, organization, integrationId, service, integrationKey });
    });
    return entry.id;
  }

  /** A sensitive variable for the key of a PagerDuty service that another stack or account declares. */
  private integrationKeyVariable(service: string): string {
    const name = slug(service);
    const variable = this.input.terraform.shared(`sentry-pagerduty-key-${name}`, (scope: Construct, id: string) => {
      const declared = new TerraformVariable(scope, id, {
        type: "string",
        sensitive: true,
        nullable: false,
        description: `The Events API v2 integration key of PagerDuty service "${service}", through which Sentry pages it`,
      });
      declared.overrideLogicalId(`sentry_pagerduty_integration_key_${name.replace(/-/g, "_")}`);
      return declared;
    });
    return variable.stringValue;
  }

  private issueAlertAction(target: SentryTarget): IssueAlertActionsV2 {
    const { integrations, runbookUrl } = this.input.spec;
    if (target.kind === "pagerduty") {
      const account = integrations.pagerDutyIntegrationId as string;
      return { pagerdutyNotifyService: { account, service: this.pagerDutyServiceId(target.service), severity: "critical" } };
    }
    const workspace = integrations.slackWorkspaceId as string;
    const notes = runbookUrl === undefined ? undefined : `<${runbookUrl}|Runbook>`;
    return { slackNotifyService: { workspace, channel: target.channel, tags: ["environment", "level", "release"], notes } };
  }

  private metricAlertAction(target: SentryTarget): MetricAlertTriggerAction {
    const { integrations } = this.input.spec;
    if (target.kind === "pagerduty") {
      return {
        type: "pagerduty",
        targetType: "specific",
        targetIdentifier: this.pagerDutyServiceId(target.service),
        integrationId: integrationNumber(integrations.pagerDutyIntegrationId as string),
        priority: "critical",
      };
    }
    return {
      type: "slack",
      targetType: "specific",
      targetIdentifier: target.channel,
      integrationId: integrationNumber(integrations.slackWorkspaceId as string),
    };
  }
}
