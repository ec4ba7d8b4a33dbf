import type { MuteInterval, TeamRoutes } from "./alert-routes";
import { secretProblem, type SecretRef } from "./secret";

/** A Slack channel reached through an incoming webhook whose URL is a secret. */
export type SlackTarget = NonNullable<TeamRoutes["slack"]>;

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

/** The SMTP server email receivers send through (Alertmanager's global `smtp_*` settings). */
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

/** Everything alert routing is made from: the stack's teams, the catch-all receiver, the SMTP server. */
export interface AlertmanagerInput {
  readonly teams: readonly TeamRoutes[];
  readonly defaultReceiver: DefaultReceiverInput;
  readonly smtp?: SmtpInput;
}

/** A label matcher: `team="checkout"` in alertmanager.yml, `{name, value, matchType}` in an AlertmanagerConfig. */
export type LabelMatcher = { readonly name: string; readonly matchType: "=" | "=~"; readonly value: string };

/** A route of the routing tree, in neither vendor syntax. */
export interface RoutePlan {
  readonly receiver: string;
  readonly matchers: readonly LabelMatcher[];
  /** Set on the root route only; the others inherit it. */
  readonly groupBy?: readonly string[];
  readonly groupWait?: string;
  readonly groupInterval?: string;
  readonly repeatInterval?: string;
  /** Not inherited by child routes in Alertmanager, so repeated on every route of a team. */
  readonly muteTimeIntervals: readonly string[];
  readonly routes: readonly RoutePlan[];
}

/** A receiver and its integrations. */
export interface ReceiverPlan {
  readonly name: string;
  readonly pagerDuty?: { readonly routingKey: SecretRef };
  readonly slack?: SlackTarget;
  readonly email?: { readonly to: string };
}

/** Alerts matching `target` are muted while an alert matching `source` fires with the same `equal` labels. */
export type InhibitionPlan = { readonly source: LabelMatcher; readonly target: LabelMatcher; readonly equal: readonly string[] };

/** The routing tree, receivers, inhibitions and time intervals, rendered to alertmanager.yml or a custom resource. */
export interface AlertRoutingPlan {
  readonly route: RoutePlan;
  readonly receivers: readonly ReceiverPlan[];
  readonly inhibitions: readonly InhibitionPlan[];
  readonly timeIntervals: ReadonlyArray<{ readonly name: string; readonly intervals: MuteInterval["intervals"] }>;
}

/**
 * Timing of the root route, inherited by every route: notify 30s after a group's first alert, update a group every
 * 5m, repeat an unresolved ticket every 4h. Pages repeat every hour; info alerts once a day.
 */
export const ROUTE_TIMING = { groupBy: ["alertname", "service", "slo"], groupWait: "30s", groupInterval: "5m", repeatInterval: "4h" } as const;
/** How often an unresolved page is sent again (PagerDuty keeps one incident; the Slack copy repeats). */
export const PAGE_REPEAT_INTERVAL = "1h";
/** How often an unresolved info alert is posted again. */
export const INFO_REPEAT_INTERVAL = "24h";
/** The catch-all receiver, for alerts of no known team (and of teams that have no channel). */
export const DEFAULT_RECEIVER = "default";

const matcher = (name: string, value: string, matchType: "=" | "=~" = "="): LabelMatcher => ({ name, matchType, value });
/** `page` and kube-prometheus' `critical` page; `ticket`, `warning` and anything else go to the team's channel. */
const PAGES = matcher("severity", "page|critical", "=~");
const INFO = matcher("severity", "info");

/** A matcher in alertmanager.yml's syntax, with the value quoted: `team="checkout"`. */
export function matcherText(m: LabelMatcher): string {
  return `${m.name}${m.matchType}${JSON.stringify(m.value)}`;
}

const pageReceiver = (team: TeamRoutes) => `${team.team}-page`;
const ticketReceiver = (team: TeamRoutes) => ((team.slack ?? team.email) ? `${team.team}-ticket` : DEFAULT_RECEIVER);
const muteIntervalName = (team: TeamRoutes, interval: MuteInterval) => `${team.team}-${interval.name}`;

/**
 * A team's route: `team="<team>"`, to its ticket receiver (Slack and email; "default" when it has neither), with
 * children for pages (`page`, `critical` → `<team>-page`, PagerDuty plus a Slack copy, repeated hourly; omitted when
 * the team has no PagerDuty, so its pages fall back to its ticket receiver rather than nowhere) and info alerts (the
 * ticket receiver, repeated daily: visible in the channel, never paged). Tickets and warnings stay on the team route.
 */
function teamRoute(team: TeamRoutes): RoutePlan {
  const muteTimeIntervals = team.muteIntervals.map((interval) => muteIntervalName(team, interval));
  const child = (severity: LabelMatcher, receiver: string, repeatInterval: string): RoutePlan =>
    ({ receiver, matchers: [severity], repeatInterval, muteTimeIntervals, routes: [] });
  const pages = team.pagerDuty === undefined ? [] : [child(PAGES, pageReceiver(team), PAGE_REPEAT_INTERVAL)];
  const info = child(INFO, ticketReceiver(team), INFO_REPEAT_INTERVAL);
  return { receiver: ticketReceiver(team), matchers: [matcher("team", team.team)], muteTimeIntervals, routes: [...pages, info] };
}

function teamReceivers(team: TeamRoutes): ReceiverPlan[] {
  const page = team.pagerDuty && { name: pageReceiver(team), pagerDuty: team.pagerDuty, slack: team.slack };
  const ticket = (team.slack ?? team.email) && { name: ticketReceiver(team), slack: team.slack, email: team.email };
  return [page, ticket].filter((receiver) => receiver !== undefined);
}

/** A page mutes the ticket of the same SLO; a critical alert mutes the warning of the same alert. */
export const INHIBITIONS: readonly InhibitionPlan[] = [
  { source: matcher("severity", "page"), target: matcher("severity", "ticket"), equal: ["service", "slo", "env"] },
  { source: matcher("severity", "critical"), target: matcher("severity", "warning"), equal: ["alertname", "service", "env"] },
];

/** The routing of a stack, teams in name order. */
export function alertRoutingPlan(input: AlertmanagerInput): AlertRoutingPlan {
  const teams = [...input.teams].sort((a, b) => (a.team < b.team ? -1 : a.team > b.team ? 1 : 0));
  return {
    route: { receiver: DEFAULT_RECEIVER, matchers: [], ...ROUTE_TIMING, muteTimeIntervals: [], routes: teams.map(teamRoute) },
    receivers: [{ name: DEFAULT_RECEIVER, ...input.defaultReceiver }, ...teams.flatMap(teamReceivers)],
    inhibitions: INHIBITIONS,
    timeIntervals: teams.flatMap((team) =>
      team.muteIntervals.map((interval) => ({ name: muteIntervalName(team, interval), intervals: interval.intervals })),
    ),
  };
}

/** `{{ with .CommonAnnotations.<name> }}` as a link, to Alertmanager's own page when the alerts lack one. */
const annotationLink = (annotation: string, text: string) => ({
  href: `{{ with .CommonAnnotations.${annotation} }}{{ . }}{{ else }}{{ $.ExternalURL }}{{ end }}`,
  text: `{{ if .CommonAnnotations.${annotation} }}${text}{{ else }}Alertmanager{{ end }}`,
});
const HEADLINE =
  '[{{ .Status | toUpper }}{{ if eq .Status "firing" }}:{{ .Alerts.Firing | len }}{{ end }}] {{ .CommonLabels.alertname }}' +
  " ({{ .CommonLabels.service }}){{ with .CommonAnnotations.summary }}: {{ . }}{{ end }}";

/**
 * What a PagerDuty event says (Alertmanager templates): PagerDuty's severity from the `severity` label (page and
 * critical → critical, ticket and warning → warning, else info), the alert's labels and links as details, and
 * links that are never empty (an event with an empty link would be rejected, and the page lost).
 */
export const PAGERDUTY_EVENT = {
  severity:
    '{{ if eq .CommonLabels.severity "page" "critical" }}critical' +
    '{{ else if eq .CommonLabels.severity "ticket" "warning" }}warning{{ else }}info{{ end }}',
  description: HEADLINE,
  details: {
    dashboard_url: "{{ .CommonAnnotations.dashboard_url }}",
    env: "{{ .CommonLabels.env }}",
    runbook_url: "{{ .CommonAnnotations.runbook_url }}",
    service: "{{ .CommonLabels.service }}",
    slo: "{{ .CommonLabels.slo }}",
    team: "{{ .CommonLabels.team }}",
  },
  links: [annotationLink("runbook_url", "Runbook"), annotationLink("dashboard_url", "Dashboard")],
} as const;

/** What a Slack message says: the headline, then each alert's summary, description, runbook and dashboard. */
export const SLACK_MESSAGE = {
  title: HEADLINE,
  text: [
    "{{ range .Alerts }}• {{ .Annotations.summary }}{{ with .Annotations.description }}\n{{ . }}{{ end }}",
    "{{ with .Annotations.runbook_url }}\n:book: <{{ . }}|Runbook>{{ end }}",
    "{{ with .Annotations.dashboard_url }}\n:bar_chart: <{{ . }}|Dashboard>{{ end }}\n{{ end }}",
  ].join(""),
} as const;

type Yaml = Record<string, unknown>;
/** The object without its undefined entries, so that equal configurations are equal objects. */
const defined = (object: Yaml): Yaml => Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
const nonEmpty = <T>(list: readonly T[]): readonly T[] | undefined => (list.length > 0 ? list : undefined);

function routeYaml(route: RoutePlan): Yaml {
  return defined({
    receiver: route.receiver,
    matchers: nonEmpty(route.matchers.map(matcherText)),
    group_by: route.groupBy && [...route.groupBy],
    group_wait: route.groupWait,
    group_interval: route.groupInterval,
    repeat_interval: route.repeatInterval,
    mute_time_intervals: nonEmpty(route.muteTimeIntervals),
    routes: nonEmpty(route.routes.map(routeYaml)),
  });
}

function receiverYaml(receiver: ReceiverPlan): Yaml {
  const { pagerDuty, slack, email } = receiver;
  const { severity, description, details, links } = PAGERDUTY_EVENT;
  return defined({
    name: receiver.name,
    pagerduty_configs: pagerDuty && [{ routing_key_file: pagerDuty.routingKey.path, severity, description, details, links }],
    slack_configs: slack && [{ api_url_file: slack.webhook.path, channel: slack.channel, send_resolved: true, ...SLACK_MESSAGE }],
    email_configs: email && [{ to: email.to, send_resolved: true }],
  });
}

/**
 * The alertmanager.yml of a stack (Alertmanager 0.25), as an object to write as YAML. Secrets are referenced by
 * file (`routing_key_file`, `api_url_file`, `smtp_auth_password_file`), never included. Key and team order are fixed.
 */
export function alertmanagerConfig(input: AlertmanagerInput): Yaml {
  const plan = alertRoutingPlan(input);
  const { smtp } = input;
  return defined({
    global: smtp && defined({
      smtp_smarthost: smtp.smarthost, smtp_from: smtp.from, smtp_auth_username: smtp.authUsername, smtp_auth_password_file: smtp.authPassword?.path,
    }),
    route: routeYaml(plan.route),
    receivers: plan.receivers.map(receiverYaml),
    inhibit_rules: plan.inhibitions.map((rule) => ({
      source_matchers: [matcherText(rule.source)],
      target_matchers: [matcherText(rule.target)],
      equal: [...rule.equal],
    })),
    time_intervals: nonEmpty(plan.timeIntervals.map(({ name, intervals }) => ({ name, time_intervals: intervals }))),
  });
}

/** Every field of the input that must hold a secret reference, with what it is, for messages. */
export function alertmanagerSecrets(input: AlertmanagerInput): Array<{ readonly what: string; readonly value: unknown }> {
  const webhook = (slack: SlackTarget | undefined, whose: string) => (slack ? [{ what: `the Slack webhook of ${whose}`, value: slack.webhook }] : []);
  return [
    ...webhook(input.defaultReceiver.slack, "the default receiver"),
    ...input.teams.flatMap((team) => [
      ...(team.pagerDuty ? [{ what: `the PagerDuty routing key of team ${team.team}`, value: team.pagerDuty.routingKey }] : []),
      ...webhook(team.slack, `team ${team.team}`),
    ]),
    ...(input.smtp && input.smtp.authPassword !== undefined ? [{ what: "the SMTP password", value: input.smtp.authPassword }] : []),
  ];
}

/** Secrets given as something other than a SecretRef (typically a literal string from JavaScript), with the fix. */
export function alertmanagerSecretProblems(input: AlertmanagerInput): string[] {
  return alertmanagerSecrets(input).flatMap(({ what, value }) => secretProblem(what, value) ?? []);
}

/** Input that would give an invalid or useless configuration: email without SMTP, a default receiver reaching nobody. */
export function alertmanagerInputProblems(input: AlertmanagerInput): string[] {
  const emailUsers = [
    ...(input.defaultReceiver.email ? ["the default receiver"] : []),
    ...input.teams.filter((team) => team.email !== undefined).map((team) => `team ${team.team}`),
  ];
  const noSmtp = input.smtp === undefined && emailUsers.length > 0
    ? [`${emailUsers.join(", ")} receive${emailUsers.length === 1 ? "s" : ""} email, but no SMTP server is set; set smtp (smarthost and from)`]
    : [];
  const { slack, email } = input.defaultReceiver;
  const silentDefault = slack === undefined && email === undefined
    ? ["the default receiver has no integration, so alerts of no known team would reach nobody; give it slack or email"]
    : [];
  const duplicateIntervals = input.teams.flatMap((team) => {
    const names = team.muteIntervals.map((interval) => interval.name);
    return [...new Set(names.filter((name, index) => names.indexOf(name) !== index))].map(
      (name) => `team ${team.team} declares mute interval ${name} more than once; give each interval its own name`,
    );
  });
  return [...noSmtp, ...silentDefault, ...duplicateIntervals];
}
