import type { FieldChange } from "./compare";
import type { Finding } from "./danger";
import { ROUTE_TYPES, lastSegment, mentions } from "./danger-signals";
import { describeField, formatValue } from "./describe-field";
import type { OutputItem } from "./output-item";

/** How many changed fields a `routing changed` finding quotes; the rest are counted. */
const ROUTE_FIELDS_QUOTED = 2;

/** The channel a notification mention goes through: `@slack-ops` → slack, `@ana@example.com` → email. */
function channelOf(mention: string): string {
  const vendor = /^@(slack|pagerduty|opsgenie|webhook|teams|victorops)-/.exec(mention)?.[1];
  return vendor ?? (mention.slice(1).includes("@") ? "email" : "other");
}

/**
 * The notifications a monitor's message lost: a mention replaced by another of the same channel is moved
 * (`@slack-payments-alerts → @slack-payments-incidents`: alerts go elsewhere); one that is gone without a
 * replacement is removed (alerts go nowhere there).
 */
export function mentionFindings(before: string, after: string | undefined): Finding[] {
  const previous = mentions(before);
  const current = after === undefined ? [] : mentions(after);
  const gone = previous.filter((mention) => !current.includes(mention));
  const come = current.filter((mention) => !previous.includes(mention));
  return gone.map((mention) => {
    const replacements = come.filter((other) => channelOf(other) === channelOf(mention));
    const sameChannelGone = gone.filter((other) => channelOf(other) === channelOf(mention));
    const replacement = replacements[sameChannelGone.indexOf(mention)];
    return replacement === undefined
      ? { kind: "alert-muted", summary: `notification removed: ${mention}` }
      : { kind: "route-changed", summary: `notification moved: ${mention} → ${replacement}` };
  });
}

/** A field that names where an alert notifies: a Slack channel, a Sentry action's target, a Kibana connector. */
const isDestination = (path: string): boolean =>
  ["channel", "target_identifier"].includes(lastSegment(path)) || /^actions\[\d+\]\.id$/.test(path) || /notify_service\.service$/.test(path);

/** An Alertmanager receiver's notification config: `receivers[1].slack_configs[0].channel`, `spec.receivers[1].slackConfigs[0].channel`. */
const RECEIVER_CONFIG = /^((?:spec\.)?receivers\[\d+\])\.(\w+?)_?[Cc]onfigs\[\d+\]\.(\w+)$/;

const isReceiverFile = (item: OutputItem): boolean => item.type === "alertmanager configuration" || item.type === "AlertmanagerConfig";

/**
 * Where a notification goes, changed or gone: an Alertmanager receiver that lost a config (muted) or whose channel or
 * address changed (moved), or an alert's destination field changed (moved). Each says before → after.
 */
export function notificationFindings(item: OutputItem, { path, before, after }: FieldChange, fields: OutputItem["fields"], isAlert: boolean): Finding[] {
  const receiver = isReceiverFile(item) ? RECEIVER_CONFIG.exec(path) : null;
  if (receiver !== null) {
    const where = `${receiver[2]} of receiver ${String(fields[`${receiver[1]}.name`])}`;
    if (before !== undefined && after === undefined) {
      return [{ kind: "alert-muted", summary: `notification removed: ${where}` }];
    }
    return before !== undefined && ["channel", "to"].includes(receiver[3]) ? [{ kind: "route-changed", summary: `notification moved: ${where} ${formatValue(before)} → ${formatValue(after)}` }] : [];
  }
  if (isAlert && isDestination(path) && before !== undefined && after !== undefined) {
    return [{ kind: "route-changed", summary: `notification moved: ${formatValue(before)} → ${formatValue(after)}` }];
  }
  return [];
}

/** Whether a field decides where alerts go: the Alertmanager route tree, a routing resource, a service's escalation policy. */
export const isRouteField = (item: OutputItem, path: string): boolean =>
  (item.type === "alertmanager configuration" && /^route\b/.test(path)) ||
  (item.type === "AlertmanagerConfig" && /^spec\.route\b/.test(path)) ||
  (item.kind === "terraform" && ROUTE_TYPES.has(item.type)) ||
  (item.type === "pagerduty_service" && path === "escalation_policy");

/** One finding for an item's changed routing fields, quoting the first two before → after and counting the rest. */
export function routeFinding(item: OutputItem, fields: readonly FieldChange[]): Finding[] {
  const routing = fields.filter((field) => isRouteField(item, field.path));
  if (routing.length === 0) {
    return [];
  }
  const quoted = routing.slice(0, ROUTE_FIELDS_QUOTED).map(describeField);
  const more = routing.length - quoted.length;
  return [{ kind: "route-changed", summary: `routing changed: ${quoted.join("; ")}${more > 0 ? `; and ${more} more field${more === 1 ? "" : "s"}` : ""}` }];
}
