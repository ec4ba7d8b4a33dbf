import type { Construct } from "constructs";
import type { MuteInterval } from "../../src/domain/alert-routes";
import {
  alertmanagerConfig,
  alertmanagerInputProblems,
  alertmanagerSecretProblems,
  alertmanagerSecrets,
  alertRoutingPlan,
  PAGERDUTY_EVENT,
  SLACK_MESSAGE,
  type AlertmanagerInput,
  type AlertRoutingPlan,
  type DefaultReceiverInput,
  type LabelMatcher,
  type ReceiverPlan,
  type RoutePlan,
  type SmtpInput,
} from "../../src/domain/alertmanager";
import { SecretRef } from "../../src/domain/secret";
import { MonitoringConstruct } from "../../src/monitoring-construct";
import {
  AlertmanagerConfig,
  type AlertmanagerConfigSpec,
  type AlertmanagerConfigSpecInhibitRulesSourceMatchMatchType,
  type AlertmanagerConfigSpecInhibitRulesTargetMatchMatchType,
  type AlertmanagerConfigSpecReceivers,
  type AlertmanagerConfigSpecRoute,
  type AlertmanagerConfigSpecRouteMatchersMatchType,
} from "../../src/providers/k8s/monitoring.coreos.com";
import { MANAGED_BY, MonitoringStack } from "../../src/stack";
import { generatedFrom } from "../../src/targets/mirror";
import { toYaml } from "../../src/targets/prometheus/yaml";

export interface AlertRoutingProps {
  /**
   * Where alerts of no known team go: the root route's receiver, "default". Needs slack, email or both, so that
   * an alert nobody claimed still reaches someone.
   * @default none: required
   * @example { slack: { channel: "#alerts", webhook: SecretRef.kubernetes("watchkeeper-alertmanager", "default-slack-webhook") } }
   */
  readonly defaultReceiver: DefaultReceiverInput;
  /**
   * The SMTP server of email receivers (the default receiver's and the teams' `email`).
   * @default none: no receiver may send email
   */
  readonly smtp?: SmtpInput;
  /**
   * Also write the routing as an AlertmanagerConfig resource (prometheus-operator), named "watchkeeper-routing",
   * in the stack's namespace. Its secrets must then be Kubernetes secrets, and its mute intervals in UTC.
   * The operator nests the resource's route under its own root, matching only alerts whose `namespace` label is
   * the resource's namespace (unless the Alertmanager sets `alertmanagerConfigMatcherStrategy: None`).
   * @default true
   */
  readonly kubernetes?: boolean;
}

/**
 * The stack's Alertmanager routing, one per stack, for every team the stack knows: pages to the team's PagerDuty
 * (with a copy in its Slack channel) repeated hourly, tickets and warnings to its Slack channel and email every 4
 * hours, info alerts to the same channel once a day, alerts of no known team to the default receiver. A page
 * inhibits the ticket of the same SLO. Writes `alertmanager/alertmanager.yml` (Alertmanager 0.25) and, unless
 * switched off, the same routing as an AlertmanagerConfig resource. Secrets are referenced, never written.
 *
 * @example
 * new AlertRouting(stack, "alert-routing", {
 *   defaultReceiver: { slack: { channel: "#alerts", webhook: SecretRef.kubernetes("watchkeeper-alertmanager", "default-slack-webhook") } },
 * });
 */
export class AlertRouting extends MonitoringConstruct {
  constructor(scope: Construct, id: string, readonly props: AlertRoutingProps) {
    super(scope, id);
    MonitoringStack.of(this);
    this.node.addValidation({ validate: () => this.problems().map((problem) => `${this.node.path}: ${problem}`) });
  }

  /** Whether the AlertmanagerConfig resource is written. */
  get writesKubernetes(): boolean {
    return this.props.kubernetes ?? true;
  }

  /** The routing's input: the stack's teams as they are now, and the props. */
  input(): AlertmanagerInput {
    return { teams: MonitoringStack.of(this).teamRoutes(), defaultReceiver: this.props.defaultReceiver, smtp: this.props.smtp };
  }

  private problems(): string[] {
    const input = this.input();
    return [
      ...this.duplicateProblems(),
      ...alertmanagerSecretProblems(input),
      ...alertmanagerInputProblems(input),
      ...(this.writesKubernetes ? kubernetesProblems(input) : []),
    ];
  }

  private duplicateProblems(): string[] {
    const first = MonitoringStack.of(this).node.findAll().find((construct) => construct instanceof AlertRouting);
    return first === this
      ? []
      : [`the stack's alerts are already routed by ${first?.node.path}; a stack has one AlertRouting, so remove this one`];
  }

  emit(): void {
    const stack = MonitoringStack.of(this);
    const input = this.input();
    stack.files.add("alertmanager/alertmanager.yml", toYaml(alertmanagerConfig(input), generatedFrom(this.node.path)));
    if (this.writesKubernetes) {
      new AlertmanagerConfig(stack.kubernetes.chartFor(this), "routing", {
        metadata: { name: "watchkeeper-routing", labels: MANAGED_BY },
        spec: alertmanagerConfigSpec(alertRoutingPlan(input), input.smtp),
      });
    }
  }
}

/** What an AlertmanagerConfig cannot express: secrets outside Kubernetes, mute intervals in a time zone. */
function kubernetesProblems(input: AlertmanagerInput): string[] {
  const fix = "or set kubernetes: false to write only alertmanager.yml";
  const fileSecrets = alertmanagerSecrets(input).flatMap(({ what, value }) =>
    SecretRef.isSecretRef(value) && value.kubernetes === undefined
      ? [`${what} is the file ${value.path}, which an AlertmanagerConfig cannot reference; use SecretRef.kubernetes(name, key), ${fix}`]
      : [],
  );
  const zoned = input.teams.flatMap((team) =>
    team.muteIntervals
      .filter((interval) => interval.intervals.some(({ location }) => location !== undefined && location !== "UTC"))
      .map((interval) => `the mute interval ${interval.name} of team ${team.team} sets a location, which an AlertmanagerConfig cannot express (it reads times as UTC); give the times in UTC, ${fix}`),
  );
  return [...fileSecrets, ...zoned];
}

/** A secret as a secretKeySelector; only called once validation has ensured it is a Kubernetes secret. */
function secretKey(secret: SecretRef): { name: string; key: string } {
  const { name, key } = secret.kubernetes as { name: string; key: string };
  return { name, key };
}

/** A matcher as `{name, value, matchType}`; each use of it in the generated class has its own (equal) match type enum. */
function matcherSpec<MatchType extends string>(matcher: LabelMatcher): { name: string; value: string; matchType: MatchType } {
  return { name: matcher.name, value: matcher.value, matchType: matcher.matchType as MatchType };
}

/** A route in the resource's (camelCase) vocabulary; child routes are untyped in the generated class. */
function routeSpec(route: RoutePlan): AlertmanagerConfigSpecRoute {
  const nonEmpty = <T>(list: readonly T[]) => (list.length > 0 ? [...list] : undefined);
  return {
    receiver: route.receiver,
    matchers: nonEmpty(route.matchers.map(matcherSpec<AlertmanagerConfigSpecRouteMatchersMatchType>)),
    groupBy: route.groupBy && [...route.groupBy],
    groupWait: route.groupWait,
    groupInterval: route.groupInterval,
    repeatInterval: route.repeatInterval,
    muteTimeIntervals: nonEmpty(route.muteTimeIntervals),
    routes: nonEmpty(route.routes.map(routeSpec)),
  };
}

function receiverSpec(receiver: ReceiverPlan, smtp: SmtpInput | undefined): AlertmanagerConfigSpecReceivers {
  const { pagerDuty, slack, email } = receiver;
  const { severity, description, details, links } = PAGERDUTY_EVENT;
  return {
    name: receiver.name,
    pagerdutyConfigs: pagerDuty && [
      {
        routingKey: secretKey(pagerDuty.routingKey),
        severity,
        description,
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
  };
}

/** `"1:7"` (or `"-1"`) as the resource's day range `{start: 1, end: 7}`. */
function dayRange(days: string): { start: number; end: number } {
  const [start, end = start] = days.split(":").map(Number);
  return { start, end };
}

function timeIntervalSpec(interval: MuteInterval["intervals"][number]) {
  return {
    times: interval.times?.map((time) => ({ startTime: time.start_time, endTime: time.end_time })),
    weekdays: interval.weekdays && [...interval.weekdays],
    daysOfMonth: interval.days_of_month?.map(dayRange),
    months: interval.months && [...interval.months],
    years: interval.years && [...interval.years],
  };
}

/** The routing as an AlertmanagerConfig spec: the same routes, receivers, inhibitions and mute intervals as the file. */
export function alertmanagerConfigSpec(plan: AlertRoutingPlan, smtp?: SmtpInput): AlertmanagerConfigSpec {
  return {
    route: routeSpec(plan.route),
    receivers: plan.receivers.map((receiver) => receiverSpec(receiver, smtp)),
    inhibitRules: plan.inhibitions.map((rule) => ({
      sourceMatch: [matcherSpec<AlertmanagerConfigSpecInhibitRulesSourceMatchMatchType>(rule.source)],
      targetMatch: [matcherSpec<AlertmanagerConfigSpecInhibitRulesTargetMatchMatchType>(rule.target)],
      equal: [...rule.equal],
    })),
    muteTimeIntervals: plan.timeIntervals.map(({ name, intervals }) => ({ name, timeIntervals: intervals.map(timeIntervalSpec) })),
  };
}
