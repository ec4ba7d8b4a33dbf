import type { Receiver, AlertSeverity } from "../../domain/routing/routing";

/** Datadog's priority of a monitor: P1 for pages, P3 for tickets (as PagerDuty's orchestration maps them). */
export const monitorPriority = (severity: AlertSeverity): number => (severity === "page" ? 1 : 3);

/** The Datadog notification handle of a receiver: `@pagerduty-<service>`, `@slack-<channel>`, `@<address>`, `@webhook-<name>`. */
function datadogHandle(receiver: Receiver): string {
  switch (receiver.kind) {
    case "pagerduty":
      return `@pagerduty-${receiver.service.replace(/\s+/g, "_")}`;
    case "slack":
      return `@slack-${receiver.channel.replace(/^#/, "")}`;
    case "email":
      return `@${receiver.address}`;
    case "webhook":
      return `@webhook-${receiver.name}`;
  }
}

/** The handles a Datadog monitor's message names to notify every receiver of an alert, in the receivers' order. */
export function datadogHandles(receivers: readonly Receiver[]): string[] {
  return receivers.map(datadogHandle);
}
