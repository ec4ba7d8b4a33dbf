import { TerraformVariable } from "cdktf";
import { KibanaActionConnector } from "../../providers/elasticstack/kibana-action-connector";
import type { KibanaAlertingRuleActions } from "../../providers/elasticstack/kibana-alerting-rule";
import { slug } from "../../domain/names/slugs";
import type { Receiver, AlertSeverity } from "../../domain/routing/routing";
import type { TargetScope } from "../target-scope";

/** Elastic Cloud's preconfigured email connector: no credentials to manage. */
export const ELASTIC_CLOUD_EMAIL_CONNECTOR = "elastic-cloud-email";

/** What a notification says: the alert, its description and runbook. */
export interface KibanaNotice {
  readonly title: string;
  readonly body: string;
  readonly severity: AlertSeverity;
  /** What PagerDuty groups the notifications into one incident by. @default one incident per rule and alert */
  readonly dedupKey?: string;
}

/** A receiver's Kibana connector: its id, and its type (`.pagerduty`, `.slack`, `.email`, `.webhook`). */
export interface KibanaConnectorRef {
  readonly id: string;
  readonly typeId: string;
}

/**
 * The connector of a receiver, shared by the stack's rules: PagerDuty by routing key, Slack and webhooks by URL,
 * each from a sensitive Terraform variable (TF_VAR_kibana_…); email through Elastic Cloud's preconfigured connector.
 */
function connectorId(scope: TargetScope, receiver: Exclude<Receiver, { kind: "email" }>): string {
  const name = receiver.kind === "pagerduty" ? receiver.service : receiver.kind === "slack" ? receiver.channel : receiver.name;
  const key = `kibana-connector-${receiver.kind}-${slug(name)}`;
  const provider = scope.terraform.elasticstack();
  const connector = scope.terraform.shared(key, (shared, id) => {
    const variable = new TerraformVariable(scope.terraform.stack, key.replace(/-/g, "_"), {
      type: "string",
      sensitive: true,
      description: `The ${receiver.kind === "pagerduty" ? "Events API v2 routing key" : "webhook URL"} Kibana notifies ${receiver.kind} ${name} with`,
    });
    const secret = variable.stringValue;
    return new KibanaActionConnector(shared, id, {
      provider,
      name: `${receiver.kind} ${name}`,
      connectorTypeId: `.${receiver.kind}`,
      config: receiver.kind === "webhook" ? JSON.stringify({ url: secret, method: "post", hasAuth: false }) : undefined,
      secrets: JSON.stringify(receiver.kind === "pagerduty" ? { routingKey: secret } : receiver.kind === "slack" ? { webhookUrl: secret } : {}),
    });
  });
  return connector.connectorId;
}

/** The connector that notifies a receiver: Elastic Cloud's email connector, or the stack's shared one. */
export function kibanaConnector(scope: TargetScope, receiver: Receiver): KibanaConnectorRef {
  return { id: receiver.kind === "email" ? ELASTIC_CLOUD_EMAIL_CONNECTOR : connectorId(scope, receiver), typeId: `.${receiver.kind}` };
}

/** The action params of a notice for a receiver's connector type, as the JSON Kibana stores. */
export function kibanaActionParams(receiver: Receiver, notice: KibanaNotice): string {
  return JSON.stringify(paramsObject(receiver, notice));
}

function paramsObject(receiver: Receiver, notice: KibanaNotice): Record<string, unknown> {
  const message = `${notice.title}\n\n${notice.body}`;
  switch (receiver.kind) {
    case "pagerduty":
      return { eventAction: "trigger", summary: notice.title, severity: notice.severity === "page" ? "critical" : "warning", dedupKey: notice.dedupKey ?? "{{rule.id}}-{{alert.id}}" };
    case "slack":
      return { message };
    case "email":
      return { to: [receiver.address], subject: notice.title, message };
    case "webhook":
      return { body: JSON.stringify({ title: notice.title, body: notice.body, severity: notice.severity }) };
  }
}

/** The rule actions notifying every receiver when the `.es-query` rule matches, in the receivers' order. */
export function kibanaActions(scope: TargetScope, receivers: readonly Receiver[], notice: KibanaNotice): KibanaAlertingRuleActions[] {
  return receivers.map((receiver) => ({
    id: kibanaConnector(scope, receiver).id,
    group: "query matched",
    params: kibanaActionParams(receiver, notice),
    frequency: { summary: false, notifyWhen: "onActionGroupChange" },
  }));
}
