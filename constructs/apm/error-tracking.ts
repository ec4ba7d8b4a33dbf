import type { Construct } from "constructs";
import { errorTrackingAlerts, type ErrorTrackingSpec } from "../../src/domain/apm/error-tracking";
import { camelCase } from "../../src/domain/naming";
import { severityReceivers, type AlertOwner, type RoutedAlert } from "../../src/domain/routing/routing";
import { MonitoringConstruct } from "../../src/monitoring-construct";
import { MonitoringStack } from "../../src/stack";
import { sentryOutputNames, writeSentryErrorTracking, type ErrorTrackingOutputs } from "../../src/targets/sentry/sentry-error-tracking";
import { sentryRouteProblems, type SentryOwner } from "../../src/targets/sentry/sentry-routes";
import type { ErrorTrackingProps } from "./error-tracking-props";
import { parseErrorTracking } from "./parse-error-tracking";

export type { ErrorTrackingOutputs };

/**
 * Error tracking for one service on Sentry: a project owned by the owner's Sentry team, grouping rules declared
 * with the service, a client key whose DSN is a sensitive Terraform output, and alerts filtered to the
 * environment. New issues and regressions open tickets (the owner's Slack channel); an issue's event spike and a
 * critical error rate page (the owner's PagerDuty service), a warning error rate opens a ticket.
 *
 * Sentry refuses an alert filtered to an environment that has received no event yet ("This environment has not
 * been created"): on a new project, deploy the SDK (or send one event, `sentry-cli send-event -E <environment>`)
 * before the first apply creates the alerts.
 *
 * @example
 * new ErrorTracking(stack, "planner-errors", {
 *   service: "intelligent-teams-planner", organization: "acme", platform: "node", owner: "planner",
 *   runbookUrl: "https://runbooks.example.com/planner/errors",
 *   integrations: { pagerDutyIntegrationId: "123456", slackWorkspaceId: "234567" },
 * });
 */
export class ErrorTracking extends MonitoringConstruct {
  /** The Terraform output names, `sentry_<project slug>_…`, stable whatever the construct path. */
  readonly outputs: ErrorTrackingOutputs;
  private readonly spec: ErrorTrackingSpec;

  constructor(scope: Construct, id: string, readonly props: ErrorTrackingProps) {
    super(scope, id);
    const stack = MonitoringStack.of(this);
    const { spec, problems } = parseErrorTracking(props, stack);
    this.spec = spec;
    this.outputs = sentryOutputNames(spec);
    stack.claimName("Sentry project", spec.projectSlug, this);
    stack.registerAlerts(() => this.alerts());
    this.validateWith(() => [...problems, ...this.ownerProblems()]);
  }

  /** The team that owns the project and receives its alerts: its own owner (by name or object), else the stack's default. */
  get owner(): AlertOwner | undefined {
    return MonitoringStack.of(this).resolveOwner(this.props.owner);
  }

  /** The owner as the Sentry target sees it: its team name and its receivers of the service's alerts. */
  private sentryOwner(owner: AlertOwner): SentryOwner {
    const stack = MonitoringStack.of(this);
    const pagerDutyServicesInStack = stack.claimed("PagerDuty service").map((name) => stack.vendorName(name));
    return { teamName: owner.teamName, receivers: severityReceivers(owner, this.spec.service), pagerDutyServicesInStack };
  }

  private ownerProblems(): string[] {
    const unknown = MonitoringStack.of(this).ownerProblem(this.props.owner);
    if (unknown !== undefined) {
      return [unknown];
    }
    const owner = this.owner;
    if (owner === undefined) {
      return []; // the stack's routing check reports alerts without an owner
    }
    return sentryRouteProblems(this.spec, this.sentryOwner(owner));
  }

  private alerts(): RoutedAlert[] {
    if (typeof this.props.owner === "string" && this.owner === undefined) {
      return []; // an unknown team is reported once, by this construct's validation
    }
    const { service, runbookUrl } = this.spec;
    const common = { path: this.node.path, system: "sentry", service, owner: this.owner, runbookUrl };
    return errorTrackingAlerts(this.spec).flatMap((alert) =>
      alert.severities.map((severity) => ({ ...common, severity, name: camelCase(service, alert.name) })),
    );
  }

  emit(): void {
    const scope = MonitoringStack.of(this).targetScope(this);
    writeSentryErrorTracking(scope, this.spec, this.sentryOwner(this.owner as AlertOwner));
  }
}
