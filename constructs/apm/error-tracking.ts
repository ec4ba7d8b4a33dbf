import { errorTrackingSchema } from "../../src/domain/apm/error-tracking-schema";
import type { Construct } from "constructs";
import { errorTrackingAlerts, type ErrorTrackingSpec } from "../../src/domain/apm/error-tracking";
import { errorTrackingRules } from "../../src/domain/apm/error-tracking-rules";
import { camelCase } from "../../src/domain/naming";
import type { Problems } from "../../src/domain/problems";
import { severityReceivers, type AlertOwner } from "../../src/domain/routing/routing";
import { slug } from "../../src/domain/names/slugs";
import { MonitoringConstruct } from "../../src/monitoring-construct";
import type { Outputs } from "../../src/outputs";
import { sentryOutputNames, writeSentryErrorTracking, type ErrorTrackingOutputs } from "../../src/targets/sentry/sentry-error-tracking";
import { sentryRouteProblems, type SentryOwner } from "../../src/targets/sentry/sentry-routes";
import type { ErrorTrackingProps } from "../../src/domain/apm/error-tracking-props";
import { parseErrorTracking } from "../../src/domain/apm/parse-error-tracking";

export type { ErrorTrackingOutputs };

/**
 * Error tracking for one service on Sentry: a project owned by the owner's Sentry team, grouping rules declared
 * with the service, a client key whose DSN is a sensitive Terraform output, and alerts filtered to the
 * environment. New issues, regressions (a resolved issue that came back) and errors rising against the same time last
 * week open tickets (the owner's Slack channel); an issue's event spike and a critical error rate page (the owner's
 * PagerDuty service), a warning error rate opens a ticket. A Prometheus recording names the Sentry project (and,
 * with `errorCounter`, records the service's own error rate) for `watchkeeper report`.
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
/** ErrorTracking, parsed: what the Sentry target writes, and the owner as it sees it. */
interface ErrorTrackingParsed {
  readonly spec: ErrorTrackingSpec;
  readonly owner: AlertOwner;
  readonly sentryOwner: SentryOwner;
}

export class ErrorTracking extends MonitoringConstruct<ErrorTrackingProps, ErrorTrackingParsed> {
  /** @internal The schema the props are checked against before parse. */
  protected static readonly schema = errorTrackingSchema;

  /** The Terraform output names, `sentry_<project slug>_…`, stable whatever the construct path. */
  readonly terraformOutputs: ErrorTrackingOutputs;

  constructor(scope: Construct, id: string, props: ErrorTrackingProps) {
    super(scope, id, props);
    const projectSlug = props.projectSlug ?? slug(this.stack.vendorName(props.service ?? ""));
    this.terraformOutputs = sentryOutputNames({ projectSlug, release: props.release });
    this.claimName("Sentry project", projectSlug);
  }

  protected parse(problems: Problems): ErrorTrackingParsed | undefined {
    const { stack } = this;
    const spec = parseErrorTracking(this.props, stack, problems);
    const owner = this.resolveOwner(problems, this.props.owner);
    if (owner === undefined) {
      return undefined;
    }
    const pagerDutyServicesInStack = stack.claimed("PagerDuty service").map((name) => stack.vendorName(name));
    const sentryOwner: SentryOwner = { teamName: owner.teamName, receivers: severityReceivers(owner, spec.service), pagerDutyServicesInStack };
    problems.add(...sentryRouteProblems(spec, sentryOwner));
    return { spec, owner, sentryOwner };
  }

  protected outputs({ spec, owner, sentryOwner }: ErrorTrackingParsed): Outputs {
    const { service, runbookUrl } = spec;
    return {
      // Recordings only, for `watchkeeper report`: the Sentry project, and the service's own error rate.
      prometheus: { rules: [errorTrackingRules(spec, this.stack.environment)] },
      sentry: {
        alerts: errorTrackingAlerts(spec).flatMap((alert) =>
          alert.severities.map((severity) => ({ system: "sentry", name: camelCase(service, alert.name), severity, owner, service, runbookUrl })),
        ),
        write: (scope) => writeSentryErrorTracking(scope, spec, sentryOwner),
      },
    };
  }
}
