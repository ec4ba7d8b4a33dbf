import { teamReceivers, type TeamContacts } from "./routing";
import { kubernetesSecretProblem, secretProblem, SecretRef } from "../secret";

/** One calendar period of a mute interval; every field given must match (Alertmanager's time interval fields). */
export interface MutePeriod {
  /** Times of day, HH:MM, end exclusive ("24:00" for the end of the day). */
  readonly times?: ReadonlyArray<{ readonly startTime: string; readonly endTime: string }>;
  /** Lower-case day names, or ranges such as "monday:friday". */
  readonly weekdays?: readonly string[];
  /** Days of the month, or ranges such as "1:7". */
  readonly daysOfMonth?: readonly string[];
  readonly months?: readonly string[];
  readonly years?: readonly string[];
  /** The IANA time zone of the times; UTC when absent. */
  readonly location?: string;
}

/** A recurring or one-off period during which a team's alerts are muted. */
export interface MuteInterval {
  readonly name: string;
  readonly periods: readonly MutePeriod[];
}

/** A Slack channel reached through an incoming webhook whose URL is a secret. */
export interface SlackTarget {
  readonly channel: string;
  readonly webhook: SecretRef;
}

/** How alert routing reaches one team: its contacts, the secrets its integrations use, when it is muted. */
export interface TeamRoutes {
  readonly contacts: TeamContacts;
  /** The PagerDuty Events v2 routing key of the team's pages; used when the team can be paged. */
  readonly pagerDutyRoutingKey: SecretRef;
  /** The incoming webhook of the team's Slack channel; used when it has one. */
  readonly slackWebhook: SecretRef;
  /** When the team's alerts are muted (maintenance). */
  readonly muteIntervals: readonly MuteInterval[];
}

/** Where alerts of no known team go (the root route's receiver, named "default"); needs at least one integration. */
export interface DefaultReceiverInput {
  /**
   * A Slack channel and the secret holding its incoming webhook.
   * @default none
   */
  readonly slack?: SlackTarget;
  /**
   * An address to mail (needs AlertRoutingProps.smtp).
   * @default none
   */
  readonly email?: { readonly to: string };
}

/** The SMTP server email receivers send through. */
export interface SmtpInput {
  /** `host:port`, e.g. "smtp.example.com:587". */
  readonly smarthost: string;
  /** The sender address, e.g. "alertmanager@example.com". */
  readonly from: string;
  /**
   * The SMTP login.
   * @default none: no authentication
   */
  readonly authUsername?: string;
  /**
   * The secret holding the SMTP password.
   * @default none: no authentication
   */
  readonly authPassword?: SecretRef;
}

/** The vendor-neutral routing plan of a stack: its teams, the catch-all receiver, the SMTP server, the heartbeat. */
export interface RoutingPlan {
  readonly teams: readonly TeamRoutes[];
  readonly defaultReceiver: DefaultReceiverInput;
  readonly smtp?: SmtpInput;
  /**
   * The heartbeat's route to its dead man's switch.
   * @default none
   */
  readonly heartbeat?: HeartbeatRoute;
}

/** A label matcher, e.g. `team="checkout"` or `severity=~"page|critical"`. */
export type LabelMatcher = { readonly name: string; readonly matchType: "=" | "=~"; readonly value: string };

/**
 * A dead man's switch's webhook: its URL is the secret (`urlSecret`), or the URL is public and the secret is sent as
 * `Authorization: <type> <credentials>`.
 */
export type HeartbeatWebhook =
  | { readonly urlSecret: SecretRef }
  | { readonly url: string; readonly authorization: { readonly type: string; readonly credentials: SecretRef } };

/**
 * The route of the always-firing heartbeat alert: matched before every team's route, delivered to the receiver
 * `heartbeat` every `repeatInterval` (checked every `groupInterval`), never muted and never resolved (a resolve
 * would reach the switch as one more ping).
 */
export interface HeartbeatRoute {
  /** The heartbeat alert's `alertname` and `env`. */
  readonly matchers: readonly LabelMatcher[];
  readonly webhook: HeartbeatWebhook;
  /** Alertmanager durations, e.g. "1m" and "15s". */
  readonly repeatInterval: string;
  readonly groupInterval: string;
}

/**
 * Alerts matching every `target` matcher are muted while an alert matching every `source` matcher fires with the
 * same `equal` labels. Alertmanager compares a missing label as the empty string, so each side also requires every
 * `equal` label to be present: an alert that merely lacks the labels never mutes, nor is muted.
 */
export type Inhibition = { readonly source: readonly LabelMatcher[]; readonly target: readonly LabelMatcher[]; readonly equal: readonly string[] };

/**
 * Timing of every team's notifications: grouped by alert, service and SLO; notified 30s after a group's first
 * alert, updated every 5m, an unresolved ticket repeated every 4h, a page every hour, an info alert once a day.
 */
export const ROUTE_TIMING = {
  groupBy: ["alertname", "service", "slo"],
  groupWait: "30s",
  groupInterval: "5m",
  repeatInterval: "4h",
  pageRepeatInterval: "1h",
  infoRepeatInterval: "24h",
} as const;

export const matcher = (name: string, value: string, matchType: "=" | "=~" = "="): LabelMatcher => ({ name, matchType, value });
/** `page` and kube-prometheus' `critical` page; `ticket`, `warning` and anything else are tickets. */
export const PAGE_MATCHER = matcher("severity", "page|critical", "=~");
/** Info alerts: shown in the team's channel, never paged. */
export const INFO_MATCHER = matcher("severity", "info");

/** An inhibition whose source and target both require the `equal` labels to be present. */
function inhibition(source: LabelMatcher, target: LabelMatcher, equal: readonly string[]): Inhibition {
  const present = equal.map((name) => matcher(name, ".+", "=~"));
  return { source: [source, ...present], target: [target, ...present], equal };
}

/** A page mutes the ticket of the same SLO; a critical alert mutes the warning of the same alert. */
export const INHIBITIONS: readonly Inhibition[] = [
  inhibition(matcher("severity", "page"), matcher("severity", "ticket"), ["service", "slo", "env"]),
  inhibition(matcher("severity", "critical"), matcher("severity", "warning"), ["alertname", "service", "env"]),
];

/** The secret of a heartbeat's webhook: its URL, or the credentials of its header. */
function heartbeatSecret(webhook: HeartbeatWebhook): { readonly what: string; readonly value: unknown } {
  return "urlSecret" in webhook
    ? { what: "the heartbeat's webhook URL", value: webhook.urlSecret }
    : { what: "the heartbeat's webhook credentials", value: webhook.authorization.credentials };
}

/** Every field of the plan that must hold a secret reference, with what it is, for messages. */
export function routingSecrets(plan: RoutingPlan): Array<{ readonly what: string; readonly value: unknown }> {
  return [
    // The default receiver and SMTP are AlertRouting's own props, named by their path.
    ...(plan.defaultReceiver.slack ? [{ what: "defaultReceiver.slack.webhook", value: plan.defaultReceiver.slack.webhook }] : []),
    ...plan.teams.flatMap(({ contacts, pagerDutyRoutingKey, slackWebhook }) => [
      ...(teamReceivers(contacts, "page").length > 0 ? [{ what: `the PagerDuty routing key of team ${contacts.team}`, value: pagerDutyRoutingKey }] : []),
      ...(contacts.slackChannel === undefined ? [] : [{ what: `the Slack webhook of team ${contacts.team}`, value: slackWebhook }]),
    ]),
    ...(plan.smtp && plan.smtp.authPassword !== undefined ? [{ what: "smtp.authPassword", value: plan.smtp.authPassword }] : []),
    ...(plan.heartbeat === undefined ? [] : [heartbeatSecret(plan.heartbeat.webhook)]),
  ];
}

/** Secrets given as something other than a SecretRef (typically a literal string from JavaScript), with the fix. */
export function routingSecretProblems(plan: RoutingPlan): string[] {
  return routingSecrets(plan).flatMap(({ what, value }) =>
    secretProblem(what, value) ?? kubernetesSecretProblem(what, value as SecretRef) ?? []);
}

/** A plan that would route uselessly: email without SMTP, a default receiver reaching nobody, a mute declared twice. */
export function routingPlanProblems(plan: RoutingPlan): string[] {
  const emailUsers = [
    ...(plan.defaultReceiver.email ? ["the default receiver"] : []),
    ...plan.teams.filter(({ contacts }) => contacts.email !== undefined).map(({ contacts }) => `team ${contacts.team}`),
  ];
  const noSmtp = plan.smtp === undefined && emailUsers.length > 0
    ? [`${emailUsers.join(", ")} receive${emailUsers.length === 1 ? "s" : ""} email, but no SMTP server is set; set smtp (smarthost and from)`]
    : [];
  const { slack, email } = plan.defaultReceiver;
  const silentDefault = slack === undefined && email === undefined
    ? ["the default receiver has no integration, so alerts of no known team would reach nobody; give it slack or email"]
    : [];
  const duplicateIntervals = plan.teams.flatMap(({ contacts, muteIntervals }) => {
    const names = muteIntervals.map((interval) => interval.name);
    return [...new Set(names.filter((name, index) => names.indexOf(name) !== index))].map(
      (name) => `team ${contacts.team} declares mute interval ${name} more than once; give each interval its own name`,
    );
  });
  return [...noSmtp, ...silentDefault, ...duplicateIntervals];
}
