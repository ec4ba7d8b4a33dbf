import type { AlertSeverity } from "./slo-math";

/**
 * Who answers an alert, and how it reaches them. An on-call team implements it; constructs only ask it for
 * routes, so that how a team is reached is declared once.
 */
export interface AlertOwner {
  /** The `team` label of every alert the owner receives. */
  readonly teamName: string;
  /**
   * Where an alert of a severity about a service goes (e.g. `pagerduty:checkout` or `slack:#checkout`), or
   * undefined when the owner cannot receive it.
   */
  receiverFor(severity: AlertSeverity, service?: string): string | undefined;
  /** Datadog notification handles for an alert of a severity about a service: `@pagerduty-checkout`, `@slack-checkout`. */
  notificationHandles(severity: AlertSeverity, service?: string): string[];
}

/** Where an alert goes: a PagerDuty service, or a Slack channel (`#name`). */
export type Receiver = { readonly kind: "pagerduty"; readonly target: string } | { readonly kind: "slack"; readonly target: string };

/** A receiver as AlertOwner.receiverFor writes it: `pagerduty:<service>` or `slack:#<channel>`. */
export function receiverText(receiver: Receiver): string {
  return `${receiver.kind}:${receiver.target}`;
}

/** The receiver a text names, or undefined when it names none. */
export function parseReceiver(text: string): Receiver | undefined {
  const match = /^(pagerduty|slack):(.+)$/s.exec(text);
  return match === null ? undefined : { kind: match[1] as Receiver["kind"], target: match[2] };
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
  if (alert.owner.receiverFor(alert.severity, alert.service) === undefined) {
    const missing = alert.severity === "page" ? "PagerDuty service" : "chat channel";
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
