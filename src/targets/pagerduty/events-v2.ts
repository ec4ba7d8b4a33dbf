/**
 * The contract between Alertmanager, PagerDuty's Events API v2 and event orchestration, as data: which field of
 * Alertmanager's `pagerduty_configs` becomes which field of the event it sends, and at which PCL path an event
 * orchestration condition reads it. The Alertmanager templates (../alertmanager/templates.ts) fill the fields the
 * orchestration (./event-orchestration.ts) reads, through this table.
 */

/** Where Alertmanager builds the event: every field below, as `notifyV2` sets it. */
export const ALERTMANAGER_EVENT_SOURCE = "prometheus/alertmanager v0.34.0 notify/pagerduty/pagerduty.go (pagerDutyMessage, pagerDutyPayload, notifyV2)";

/** Where PagerDuty reads the event: PD-CEF fields at `event.<field>`, the event as sent at `raw_event.<path>`. */
export const ORCHESTRATION_SOURCE =
  "PagerDuty/developer-docs docs/REST-API/18-PCL-Overview.md (Paths); support.pagerduty.com/docs/pd-cef (PD-CEF fields from the Events API v2 payload)";

/** One field of `pagerduty_configs`: its key in alertmanager.yml, where it lands in the event, and the PCL path reading it. */
export interface EventField {
  /** The `pagerduty_configs` key in alertmanager.yml (the AlertmanagerConfig's is its camelCase). */
  readonly config: string;
  /** The path in the Events API v2 body Alertmanager sends. */
  readonly event: string;
  /** The PCL path an orchestration condition reads it at; none for what only `raw_event` shows. */
  readonly pcl?: string;
}

/**
 * The fields of Alertmanager's PagerDuty events. `description` becomes the summary (cut at 1024 characters);
 * `source` defaults to the client, `Alertmanager`; `details` are merged with Alertmanager's own (firing, resolved,
 * num_firing, num_resolved); `dedup_key` is the hash of the alert group and `event_action` is `resolve` once the
 * whole group is resolved.
 */
export const ALERTMANAGER_EVENT_FIELDS = {
  routingKey: { config: "routing_key", event: "routing_key" },
  description: { config: "description", event: "payload.summary", pcl: "event.summary" },
  severity: { config: "severity", event: "payload.severity", pcl: "event.severity" },
  source: { config: "source", event: "payload.source", pcl: "event.source" },
  component: { config: "component", event: "payload.component", pcl: "event.component" },
  group: { config: "group", event: "payload.group", pcl: "event.group" },
  class: { config: "class", event: "payload.class", pcl: "event.class" },
  details: { config: "details", event: "payload.custom_details", pcl: "event.custom_details" },
  links: { config: "links", event: "links" },
  client: { config: "client", event: "client" },
  clientUrl: { config: "client_url", event: "client_url" },
} as const satisfies Readonly<Record<string, EventField>>;

/** The custom details Alertmanager adds to every event beside the configured ones (`notify/pagerduty/config.go`). */
export const ALERTMANAGER_DEFAULT_DETAILS = ["firing", "resolved", "num_firing", "num_resolved"] as const;

/** The PD-CEF fields PagerDuty takes from an Events API v2 payload, readable at `event.<field>`. */
export const CEF_PAYLOAD_FIELDS = ["summary", "severity", "source", "timestamp", "component", "group", "class", "custom_details"] as const;

/** PagerDuty's event severities, as `payload.severity` and an orchestration's `severity` action take them. */
export type EventSeverity = "critical" | "error" | "warning" | "info";

/**
 * How an alert's `severity` label becomes the event's severity: pages (and `critical`) are critical, tickets (and
 * `warning`) warnings, everything else info. The orchestration decides priorities on the result.
 */
export const EVENT_SEVERITY_OF_LABEL: ReadonlyArray<{ readonly severity: EventSeverity; readonly labels: readonly string[] }> = [
  { severity: "critical", labels: ["page", "critical"] },
  { severity: "warning", labels: ["ticket", "warning"] },
];

/** The event severity of any other label value. */
export const DEFAULT_EVENT_SEVERITY: EventSeverity = "info";
