/** Who is told when an alert fires: `page` wakes the on-call engineer, `ticket` goes to the team's queue. */
export type AlertSeverity = "page" | "ticket";

/** Where an alert goes: a PagerDuty service, a Slack channel, an email address or a named webhook. */
export type Receiver =
  | { readonly kind: "pagerduty"; readonly service: string }
  | { readonly kind: "slack"; readonly channel: string }
  | { readonly kind: "email"; readonly address: string }
  | { readonly kind: "webhook"; readonly name: string };

/**
 * Who answers an alert, and how it reaches them. An on-call team implements it; constructs and targets only ask
 * it for receivers, so that how a team is reached is declared once.
 */
export interface AlertOwner {
  /** The `team` label of every alert the owner receives. */
  readonly teamName: string;
  /**
   * Every receiver of an alert of a severity about a service (a ticket may go to Slack and email), or none when
   * the owner cannot receive it.
   */
  receivers(severity: AlertSeverity, service?: string): readonly Receiver[];
}

/** The receivers of an owner's alerts about one service, by severity: plain values for the targets to render. */
export type SeverityReceivers = Readonly<Record<AlertSeverity, readonly Receiver[]>>;

/** Every receiver of the owner's alerts about a service, for each severity. */
export function severityReceivers(owner: AlertOwner, service?: string): SeverityReceivers {
  return { page: owner.receivers("page", service), ticket: owner.receivers("ticket", service) };
}

/** How a team can be reached, the data its receivers derive from. */
export interface TeamContacts {
  /** The `team` label value that selects the team's alerts. */
  readonly team: string;
  /**
   * The PagerDuty services that page the team, by declared name and name in the vendor account; the first also
   * receives pages about other services. Empty when the team cannot be paged.
   */
  readonly pagerDutyServices: ReadonlyArray<{ readonly name: string; readonly vendorName: string }>;
  /** The Slack channel of the team's tickets (and a copy of its pages), e.g. `#checkout-alerts`. */
  readonly slackChannel?: string;
  /** An address that receives the team's tickets. */
  readonly email?: string;
}

/**
 * The receivers of a team for an alert: a page goes to the PagerDuty service of the alert's service (else the
 * team's first); a ticket goes to the team's Slack channel and its email address. Alert routing, Datadog, Sentry
 * and the stack's routing check all derive from this function.
 */
export function teamReceivers(contacts: TeamContacts, severity: AlertSeverity, service?: string): Receiver[] {
  if (severity === "page") {
    const paged = contacts.pagerDutyServices.find((owned) => owned.name === service) ?? contacts.pagerDutyServices[0];
    return paged === undefined ? [] : [{ kind: "pagerduty", service: paged.vendorName }];
  }
  return [
    ...(contacts.slackChannel === undefined ? [] : [{ kind: "slack", channel: contacts.slackChannel } as const]),
    ...(contacts.email === undefined ? [] : [{ kind: "email", address: contacts.email } as const]),
  ];
}

/** An alert as the routing check sees it: what it is, where it was declared, who owns it. */
export interface RoutedAlert {
  readonly name: string;
  readonly severity: AlertSeverity;
  /** The construct path of the declaration that produced the alert. */
  readonly path: string;
  /** Where the alert is evaluated: `prometheus`, `datadog`, … */
  readonly system: string;
  /** The service the alert is about, which decides the PagerDuty service a page reaches. */
  readonly service?: string;
  readonly owner?: AlertOwner;
  /** The runbook linked from the alert; every page must have one. */
  readonly runbookUrl?: string;
}

/** What is wrong with an alert's routing, or undefined: no owner, no receiver, or a page without a runbook. */
function routingProblem(alert: RoutedAlert): string | undefined {
  const what = `${alert.system} alert ${alert.name} (${alert.severity})`;
  if (alert.owner === undefined) {
    return `${what} has no owner; set owner, or defaultOwner on the stack`;
  }
  if (alert.owner.receivers(alert.severity, alert.service).length === 0) {
    const missing = alert.severity === "page" ? "PagerDuty service" : "chat channel or email address";
    return `${what} has no route: team ${alert.owner.teamName} has no ${missing}; give the team one or choose another owner`;
  }
  if (alert.severity === "page" && (alert.runbookUrl ?? "") === "") {
    return `${what} has no runbook; set runbookUrl so that whoever is paged knows what to do`;
  }
  return undefined;
}

/** The alerts that would not reach someone able to act, each as a line naming the construct and the fix. */
export function alertRoutingProblems(alerts: readonly RoutedAlert[]): string[] {
  return alerts.flatMap((alert) => {
    const problem = routingProblem(alert);
    return problem === undefined ? [] : [`${alert.path}: ${problem}`];
  });
}
