import type { HeartbeatWebhook, LabelMatcher, MutePeriod, RoutingPlan } from "../../domain/routing/routing-plan";
import { generatedFrom } from "../mirror";
import { toYaml } from "../yaml/yaml";
import type { TargetScope } from "../target-scope";
import { defined, renderRoute, routeTree, type ReceiverIntegrations, type Vocabulary } from "./route-tree";
import { PAGERDUTY_EVENT, SLACK_MESSAGE } from "./templates";

/** The path of the file, relative to the stack's output folder. */
export const ALERTMANAGER_FILE = "alertmanager/alertmanager.yml";

/** A matcher in alertmanager.yml's syntax, with the value quoted: `team="checkout"`. */
export function matcherText(m: LabelMatcher): string {
  return `${m.name}${m.matchType}${JSON.stringify(m.value)}`;
}

const snakeCase = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
const FILE_VOCABULARY: Vocabulary = { field: snakeCase, matcher: matcherText };

/** A mute period as an Alertmanager time interval: the same fields, snake_case. */
function timeInterval(period: MutePeriod): Record<string, unknown> {
  const times = period.times?.map((time) => ({ start_time: time.startTime, end_time: time.endTime }));
  return Object.fromEntries(Object.entries({ ...period, times }).map(([key, value]) => [snakeCase(key), value]));
}

/**
 * A dead man's switch as a webhook config that never sends a resolve: its URL read from a file (`url_file`,
 * Alertmanager 0.26 and later: prometheus/alertmanager config/notifiers.go, v0.26.0), or a public URL with the
 * secret in the `Authorization` header, read from a file (`http_config.authorization.credentials_file`).
 */
function webhookYaml(webhook: HeartbeatWebhook): Record<string, unknown> {
  if ("urlSecret" in webhook) {
    return { url_file: webhook.urlSecret.path, send_resolved: false };
  }
  const { type, credentials } = webhook.authorization;
  return { url: webhook.url, send_resolved: false, http_config: { authorization: { type, credentials_file: credentials.path } } };
}

function receiverYaml(receiver: ReceiverIntegrations): Record<string, unknown> {
  const { pagerDuty, slack, email, webhook } = receiver;
  return defined({
    name: receiver.name,
    pagerduty_configs: pagerDuty && [{ routing_key_file: pagerDuty.routingKey.path, ...PAGERDUTY_EVENT }],
    slack_configs: slack && [{ api_url_file: slack.webhook.path, channel: slack.channel, send_resolved: true, ...SLACK_MESSAGE }],
    email_configs: email && [{ to: email.to, send_resolved: true }],
    webhook_configs: webhook && [webhookYaml(webhook)],
  });
}

/**
 * The alertmanager.yml of a stack (Alertmanager 0.25), as an object to write as YAML. Secrets are referenced by
 * file (`routing_key_file`, `api_url_file`, `smtp_auth_password_file`), never included. Key and team order are fixed.
 */
export function alertmanagerFile(plan: RoutingPlan): Record<string, unknown> {
  const tree = routeTree(plan);
  const { smtp } = plan;
  return defined({
    global: smtp && defined({
      smtp_smarthost: smtp.smarthost, smtp_from: smtp.from, smtp_auth_username: smtp.authUsername, smtp_auth_password_file: smtp.authPassword?.path,
    }),
    route: renderRoute(tree.route, FILE_VOCABULARY),
    receivers: tree.receivers.map(receiverYaml),
    inhibit_rules: tree.inhibitions.map((rule) => ({
      source_matchers: rule.source.map(matcherText),
      target_matchers: rule.target.map(matcherText),
      equal: [...rule.equal],
    })),
    time_intervals: tree.timeIntervals.length === 0
      ? undefined
      : tree.timeIntervals.map(({ name, periods }) => ({ name, time_intervals: periods.map(timeInterval) })),
  });
}

/** Writes the stack's alertmanager.yml, headed by the declaration it came from. */
export function writeAlertmanagerFile(scope: TargetScope, plan: RoutingPlan): void {
  scope.files.add(ALERTMANAGER_FILE, toYaml(alertmanagerFile(plan), generatedFrom(scope.path)));
}
