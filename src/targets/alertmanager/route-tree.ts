import { INFO_MATCHER, INHIBITIONS, PAGE_MATCHER, ROUTE_TIMING, type DefaultReceiverInput, type HeartbeatRoute, type HeartbeatWebhook, type Inhibition, type LabelMatcher, type MuteInterval, type RoutingPlan, type SlackTarget, type TeamRoutes } from "../../domain/routing/routing-plan";
import { teamReceivers, type Receiver } from "../../domain/routing/routing";
import type { SecretRef } from "../../domain/secret";

/** A route of Alertmanager's routing tree, rendered to alertmanager.yml and to an AlertmanagerConfig. */
export interface Route {
  readonly receiver: string;
  readonly matchers: readonly LabelMatcher[];
  /** Set on the root route only; the others inherit it. */
  readonly groupBy?: readonly string[];
  readonly groupWait?: string;
  readonly groupInterval?: string;
  readonly repeatInterval?: string;
  /** Not inherited by child routes in Alertmanager, so repeated on every route of a team. */
  readonly muteTimeIntervals: readonly string[];
  readonly routes: readonly Route[];
}

/** An Alertmanager receiver and its integrations. */
export interface ReceiverIntegrations {
  readonly name: string;
  readonly pagerDuty?: { readonly routingKey: SecretRef };
  readonly slack?: SlackTarget;
  readonly email?: { readonly to: string };
  /** A dead man's switch, never told of a resolve. */
  readonly webhook?: HeartbeatWebhook;
}

/** The routing tree, receivers, inhibitions and time intervals of a stack's Alertmanager. */
export interface RouteTree {
  readonly route: Route;
  readonly receivers: readonly ReceiverIntegrations[];
  readonly inhibitions: readonly Inhibition[];
  readonly timeIntervals: readonly MuteInterval[];
}

/** The catch-all receiver, for alerts of no known team (and the tickets of teams that have no receiver for them). */
export const DEFAULT_RECEIVER = "default";
/** The receiver of the heartbeat: its dead man's switch. */
const HEARTBEAT_RECEIVER = "heartbeat";

/**
 * The heartbeat's route, first under the root so that no team route (and none of their mute intervals) takes the
 * heartbeat: its own timing, no mute interval.
 */
function heartbeatRoute(heartbeat: HeartbeatRoute): Route {
  const { matchers, groupInterval, repeatInterval } = heartbeat;
  return { receiver: HEARTBEAT_RECEIVER, matchers, groupInterval, repeatInterval, muteTimeIntervals: [], routes: [] };
}

const muteIntervalName = (team: TeamRoutes, interval: MuteInterval) => `${team.contacts.team}-${interval.name}`;
const pagesOf = (team: TeamRoutes) => teamReceivers(team.contacts, "page");
const ticketsOf = (team: TeamRoutes) => teamReceivers(team.contacts, "ticket");
const pageReceiver = (team: TeamRoutes) => `${team.contacts.team}-page`;
const ticketReceiver = (team: TeamRoutes) => (ticketsOf(team).length > 0 ? `${team.contacts.team}-ticket` : DEFAULT_RECEIVER);

/**
 * A team's route: `team="<team>"`, to its ticket receivers ("default" when it has none), with children for pages
 * (`page`, `critical` → `<team>-page`, PagerDuty plus a copy in the team's Slack channel, repeated hourly; omitted
 * when the team cannot be paged, so its pages fall back to its ticket receivers rather than nowhere) and info alerts
 * (the ticket receivers, repeated daily: visible, never paged). Tickets and warnings stay on the team route.
 */
function teamRoute(team: TeamRoutes): Route {
  const muteTimeIntervals = team.muteIntervals.map((interval) => muteIntervalName(team, interval));
  const child = (severity: LabelMatcher, receiver: string, repeatInterval: string): Route =>
    ({ receiver, matchers: [severity], repeatInterval, muteTimeIntervals, routes: [] });
  const pages = pagesOf(team).length === 0 ? [] : [child(PAGE_MATCHER, pageReceiver(team), ROUTE_TIMING.pageRepeatInterval)];
  const info = child(INFO_MATCHER, ticketReceiver(team), ROUTE_TIMING.infoRepeatInterval);
  return { receiver: ticketReceiver(team), matchers: [{ name: "team", matchType: "=", value: team.contacts.team }], muteTimeIntervals, routes: [...pages, info] };
}

/** The integrations that deliver to the receivers, with the team's secrets. */
function integrations(name: string, receivers: readonly Receiver[], team: TeamRoutes): ReceiverIntegrations {
  const slack = receivers.find((receiver) => receiver.kind === "slack");
  const email = receivers.find((receiver) => receiver.kind === "email");
  return {
    name,
    pagerDuty: receivers.some((receiver) => receiver.kind === "pagerduty") ? { routingKey: team.pagerDutyRoutingKey } : undefined,
    slack: slack && { channel: slack.channel, webhook: team.slackWebhook },
    email: email && { to: email.address },
  };
}

function teamIntegrations(team: TeamRoutes): ReceiverIntegrations[] {
  const pages = pagesOf(team);
  const tickets = ticketsOf(team);
  const chatCopy = tickets.filter((receiver) => receiver.kind === "slack");
  return [
    ...(pages.length === 0 ? [] : [integrations(pageReceiver(team), [...pages, ...chatCopy], team)]),
    ...(tickets.length === 0 ? [] : [integrations(ticketReceiver(team), tickets, team)]),
  ];
}

/** The route tree of a stack, teams in name order; the one derivation both renderings share. */
export function routeTree(plan: RoutingPlan): RouteTree {
  const byName = (a: TeamRoutes, b: TeamRoutes) => (a.contacts.team < b.contacts.team ? -1 : a.contacts.team > b.contacts.team ? 1 : 0);
  const teams = [...plan.teams].sort(byName);
  const { groupBy, groupWait, groupInterval, repeatInterval } = ROUTE_TIMING;
  const defaultReceiver: DefaultReceiverInput = plan.defaultReceiver;
  const { heartbeat } = plan;
  const heartbeatRoutes = heartbeat === undefined ? [] : [heartbeatRoute(heartbeat)];
  const heartbeatReceivers = heartbeat === undefined ? [] : [{ name: HEARTBEAT_RECEIVER, webhook: heartbeat.webhook }];
  return {
    route: {
      receiver: DEFAULT_RECEIVER, matchers: [], groupBy, groupWait, groupInterval, repeatInterval, muteTimeIntervals: [],
      routes: [...heartbeatRoutes, ...teams.map(teamRoute)],
    },
    receivers: [{ name: DEFAULT_RECEIVER, ...defaultReceiver }, ...heartbeatReceivers, ...teams.flatMap(teamIntegrations)],
    inhibitions: INHIBITIONS,
    timeIntervals: teams.flatMap((team) => team.muteIntervals.map((interval) => ({ name: muteIntervalName(team, interval), periods: interval.periods }))),
  };
}

type Fields = Record<string, unknown>;

/** The object without its undefined entries, so that equal configurations are equal objects. */
export const defined = (object: Fields): Fields => Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
const nonEmpty = <T>(list: readonly T[]): T[] | undefined => (list.length > 0 ? [...list] : undefined);

/** How a rendering names fields and writes matchers: alertmanager.yml in snake_case, the resource in camelCase. */
export interface Vocabulary {
  field(camelCase: string): string;
  matcher(matcher: LabelMatcher): unknown;
}

/** A route and its children in a rendering's vocabulary, empty lists left out. */
export function renderRoute(route: Route, vocabulary: Vocabulary): Fields {
  const fields: Fields = {
    receiver: route.receiver,
    matchers: nonEmpty(route.matchers.map((m) => vocabulary.matcher(m))),
    groupBy: route.groupBy && [...route.groupBy],
    groupWait: route.groupWait,
    groupInterval: route.groupInterval,
    repeatInterval: route.repeatInterval,
    muteTimeIntervals: nonEmpty(route.muteTimeIntervals),
    routes: nonEmpty(route.routes.map((child) => renderRoute(child, vocabulary))),
  };
  return defined(Object.fromEntries(Object.entries(fields).map(([key, value]) => [vocabulary.field(key), value])));
}
