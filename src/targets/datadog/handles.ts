import type { Receiver } from "../../domain/routing";

/**
 * The Datadog notification handle of a receiver: `@pagerduty-<service>` or `@slack-<channel>`. The one place
 * where a receiver becomes a Datadog mention.
 */
export function datadogHandle(receiver: Receiver): string {
  return receiver.kind === "pagerduty" ? `@pagerduty-${receiver.target.replace(/\s+/g, "_")}` : `@slack-${receiver.target.replace(/^#/, "")}`;
}
