import { PAGERDUTY_PATH, SLACK_PREFIX, WEBHOOK_PREFIX, type Delivery } from "./capture-server";
import type { SynthesizedAlert } from "./rules";

/** A PagerDuty Events API v2 event, as Alertmanager sends it. */
export interface PagerDutyEvent {
  readonly routing_key: string;
  readonly dedup_key: string;
  readonly event_action: "trigger" | "acknowledge" | "resolve";
  readonly payload: {
    readonly summary: string;
    readonly severity: string;
    readonly source?: string;
    readonly component?: string;
    readonly group?: string;
    readonly class?: string;
    readonly custom_details?: Readonly<Record<string, string>>;
  };
  readonly links?: ReadonlyArray<{ readonly href: string; readonly text: string }>;
}

/** A Slack incoming-webhook message, as Alertmanager sends it. */
export interface SlackMessage {
  readonly channel: string;
  readonly attachments: ReadonlyArray<{ readonly title: string; readonly text: string }>;
}

/** The delivery as a PagerDuty event, or undefined when it went elsewhere. */
export function pagerDutyEvent(delivery: Delivery): PagerDutyEvent | undefined {
  return delivery.path === PAGERDUTY_PATH ? (delivery.body as PagerDutyEvent) : undefined;
}

/** The delivery as a Slack message, or undefined when it went elsewhere. */
export function slackMessage(delivery: Delivery): SlackMessage | undefined {
  return delivery.path.startsWith(SLACK_PREFIX) ? (delivery.body as SlackMessage) : undefined;
}

/** How Watchkeeper's notification templates name an alert: `<alertname> (<service>)`. */
function named(alert: SynthesizedAlert): string {
  return `${alert.alert} (${alert.labels.service})`;
}

/** A PagerDuty event about `alert` with that action (`trigger` by default). */
export function isPagerDutyEvent(alert: SynthesizedAlert, action: PagerDutyEvent["event_action"] = "trigger") {
  return (delivery: Delivery): boolean => {
    const event = pagerDutyEvent(delivery);
    return event !== undefined && event.event_action === action && event.payload.summary.includes(named(alert));
  };
}

/** Any PagerDuty event about a service. */
export function isPagerDutyEventOf(service: string) {
  return (delivery: Delivery): boolean => pagerDutyEvent(delivery)?.payload.custom_details?.service === service;
}

/**
 * A firing Slack message about `alert`: its title names the alert and carries the alert's own summary, which tells
 * a page's copy from a ticket of the same alert name.
 */
export function isSlackMessage(alert: SynthesizedAlert) {
  return (delivery: Delivery): boolean => {
    const title = slackMessage(delivery)?.attachments?.[0]?.title ?? "";
    return title.startsWith("[FIRING") && title.includes(named(alert)) && title.includes(alert.annotations.summary);
  };
}

/** A generic webhook message, as Alertmanager sends it (`webhook_configs`). */
export interface WebhookMessage {
  readonly receiver: string;
  readonly status: "firing" | "resolved";
  readonly alerts: ReadonlyArray<{ readonly status: string; readonly labels: Readonly<Record<string, string>> }>;
}

/** The delivery as a message to the generic webhook of `receiver`, or undefined when it went elsewhere. */
export function webhookMessage(delivery: Delivery, receiver: string): WebhookMessage | undefined {
  return delivery.path === `${WEBHOOK_PREFIX}${receiver}` ? (delivery.body as WebhookMessage) : undefined;
}
