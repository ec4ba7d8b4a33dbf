import { SecretRef } from "../../domain/secret";
import { routingSecrets, type HeartbeatWebhook, type LabelMatcher, type MutePeriod, type RoutingPlan, type SmtpInput } from "../../domain/routing/routing-plan";
import {
  AlertmanagerConfig,
  type AlertmanagerConfigSpec,
  type AlertmanagerConfigSpecReceivers,
  type AlertmanagerConfigSpecReceiversWebhookConfigs,
  type AlertmanagerConfigSpecRoute,
} from "../../providers/k8s/monitoring.coreos.com";
import { MANAGED_BY } from "../kubernetes/managed-by";
import type { TargetScope } from "../target-scope";
import { renderRoute, routeTree, type ReceiverIntegrations, type RouteTree, type Vocabulary } from "./route-tree";
import { PAGERDUTY_EVENT, SLACK_MESSAGE } from "./templates";

/** The name of the stack's AlertmanagerConfig resource. */
export const ALERTMANAGER_CONFIG_NAME = "watchkeeper-routing";

/** What an AlertmanagerConfig cannot express: secrets outside Kubernetes, mute intervals in a time zone. */
export function alertmanagerConfigProblems(plan: RoutingPlan): string[] {
  const fix = "or set kubernetes: false to write only alertmanager.yml";
  const fileSecrets = routingSecrets(plan).flatMap(({ what, value }) =>
    SecretRef.isSecretRef(value) && value.kubernetes === undefined
      ? [`${what} is the file ${value.path}, which an AlertmanagerConfig cannot reference; use SecretRef.kubernetes(name, key), ${fix}`]
      : [],
  );
  const zoned = plan.teams.flatMap(({ contacts, muteIntervals }) =>
    muteIntervals
      .filter((interval) => interval.periods.some(({ location }) => location !== undefined && location !== "UTC"))
      .map((interval) => `the mute interval ${interval.name} of team ${contacts.team} sets a location, which an AlertmanagerConfig cannot express (it reads times as UTC); give the times in UTC, ${fix}`),
  );
  return [...fileSecrets, ...zoned];
}

/** A secret as a secretKeySelector; only called once validation has ensured it is a Kubernetes secret. */
function secretKey(secret: SecretRef): { name: string; key: string } {
  const { name, key } = secret.kubernetes as { name: string; key: string };
  return { name, key };
}

/** A matcher as `{name, value, matchType}`; the generated class gives each use its own (equal) match type enum. */
const matcherSpec = (m: LabelMatcher) => ({ name: m.name, value: m.value, matchType: m.matchType as never });
const RESOURCE_VOCABULARY: Vocabulary = { field: (name) => name, matcher: matcherSpec };

/** A dead man's switch as a webhook config that never sends a resolve: its URL from a secret, or its header's credentials. */
function webhookSpec(webhook: HeartbeatWebhook): AlertmanagerConfigSpecReceiversWebhookConfigs {
  if ("urlSecret" in webhook) {
    return { urlSecret: secretKey(webhook.urlSecret), sendResolved: false };
  }
  const { type, credentials } = webhook.authorization;
  return { url: webhook.url, sendResolved: false, httpConfig: { authorization: { type, credentials: secretKey(credentials) } } };
}

function receiverSpec(receiver: ReceiverIntegrations, smtp: SmtpInput | undefined): AlertmanagerConfigSpecReceivers {
  const { pagerDuty, slack, email, webhook } = receiver;
  const { details, links, ...fields } = PAGERDUTY_EVENT;
  return {
    name: receiver.name,
    pagerdutyConfigs: pagerDuty && [
      {
        routingKey: secretKey(pagerDuty.routingKey),
        ...fields,
        details: Object.entries(details).map(([key, value]) => ({ key, value })),
        pagerDutyLinkConfigs: links.map(({ href, text }) => ({ href, alt: text })),
      },
    ],
    slackConfigs: slack && [{ apiUrl: secretKey(slack.webhook), channel: slack.channel, sendResolved: true, ...SLACK_MESSAGE }],
    emailConfigs: email && [
      {
        to: email.to,
        sendResolved: true,
        smarthost: smtp?.smarthost,
        from: smtp?.from,
        authUsername: smtp?.authUsername,
        authPassword: smtp?.authPassword && secretKey(smtp.authPassword),
      },
    ],
    webhookConfigs: webhook && [webhookSpec(webhook)],
  };
}

/** `"1:7"` (or `"-1"`) as the resource's day range `{start: 1, end: 7}`. */
function dayRange(days: string): { start: number; end: number } {
  const [start, end = start] = days.split(":").map(Number);
  return { start, end };
}

/** A mute period as the resource's time interval; its location was rejected by validation. */
function timeIntervalSpec(period: MutePeriod) {
  const copy = <T>(list: readonly T[] | undefined) => list && [...list];
  const { times, weekdays, daysOfMonth, months, years } = period;
  return { times: copy(times), weekdays: copy(weekdays), daysOfMonth: daysOfMonth?.map(dayRange), months: copy(months), years: copy(years) };
}

/** The route tree as an AlertmanagerConfig spec: the same routes, receivers, inhibitions and mute intervals as the file. */
export function alertmanagerConfigSpec(tree: RouteTree, smtp?: SmtpInput): AlertmanagerConfigSpec {
  return {
    route: renderRoute(tree.route, RESOURCE_VOCABULARY) as AlertmanagerConfigSpecRoute,
    receivers: tree.receivers.map((receiver) => receiverSpec(receiver, smtp)),
    inhibitRules: tree.inhibitions.map((rule) => ({
      sourceMatch: rule.source.map(matcherSpec),
      targetMatch: rule.target.map(matcherSpec),
      equal: [...rule.equal],
    })),
    muteTimeIntervals: tree.timeIntervals.map(({ name, periods }) => ({ name, timeIntervals: periods.map(timeIntervalSpec) })),
  };
}

/** Writes the routing as an AlertmanagerConfig resource in the declaration's chart. */
export function emitAlertmanagerConfig(scope: TargetScope, plan: RoutingPlan): void {
  new AlertmanagerConfig(scope.kubernetesChart(), "routing", {
    metadata: { name: ALERTMANAGER_CONFIG_NAME, labels: MANAGED_BY },
    spec: alertmanagerConfigSpec(routeTree(plan), plan.smtp),
  });
}
