import { TerraformOutput } from "cdktf";
import type { Construct } from "constructs";
import { camelCase, slug } from "../../src/domain/naming";
import type { AlertOwner, RoutedAlert } from "../../src/domain/routing";
import { MonitoringConstruct } from "../../src/monitoring-construct";
import { Key } from "../../src/providers/sentry/key";
import { Project } from "../../src/providers/sentry/project";
import { Team } from "../../src/providers/sentry/team";
import { MonitoringStack } from "../../src/stack";
import type { ErrorTrackingProps } from "./error-tracking-props";
import { parseErrorTracking, type ParsedErrorTracking } from "./parse-error-tracking";
import { emitErrorRateAlert, emitIssueAlerts, sentryAlerts } from "./sentry-alerts";
import { SentryRouter, sentryRouteProblems } from "./sentry-routes";

/** The names of the Terraform outputs an ErrorTracking publishes for the service's deployment. */
export interface ErrorTrackingOutputs {
  /** The client key's public DSN (SENTRY_DSN), a sensitive output. */
  readonly dsn: string;
  /** SENTRY_ENVIRONMENT. */
  readonly environment: string;
  /** SENTRY_RELEASE, when a release is declared. */
  readonly release?: string;
  /** SENTRY_TRACES_SAMPLE_RATE. */
  readonly tracesSampleRate: string;
}

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
  private readonly parsed: ParsedErrorTracking;

  constructor(scope: Construct, id: string, readonly props: ErrorTrackingProps) {
    super(scope, id);
    const stack = MonitoringStack.of(this);
    const { parsed, problems } = parseErrorTracking(props, stack);
    this.parsed = parsed;
    const prefix = `sentry_${parsed.projectSlug.replace(/-/g, "_")}`;
    this.outputs = {
      dsn: `${prefix}_dsn`,
      environment: `${prefix}_environment`,
      release: parsed.release === undefined ? undefined : `${prefix}_release`,
      tracesSampleRate: `${prefix}_traces_sample_rate`,
    };
    stack.claimName("Sentry project", parsed.projectSlug, this);
    stack.registerAlerts(() => this.alerts());
    this.node.addValidation({
      validate: () => [...problems, ...this.ownerProblems()].map((problem) => `${this.node.path}: ${problem}`),
    });
  }

  /** The team that owns the project and receives its alerts: its own owner (by name or object), else the stack's default. */
  get owner(): AlertOwner | undefined {
    return MonitoringStack.of(this).resolveOwner(this.props.owner);
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
    const severities = [...new Set(sentryAlerts(this.parsed).flatMap((alert) => alert.severities))];
    return sentryRouteProblems(owner, this.parsed.service, severities, this.props.integrations ?? {});
  }

  private alerts(): RoutedAlert[] {
    if (typeof this.props.owner === "string" && this.owner === undefined) {
      return []; // an unknown team is reported once, by this construct's validation
    }
    const common = { path: this.node.path, system: "sentry", service: this.parsed.service, owner: this.owner, runbookUrl: this.props.runbookUrl };
    return sentryAlerts(this.parsed).flatMap((alert) =>
      alert.severities.map((severity) => ({ ...common, severity, name: camelCase(this.parsed.service, alert.name) })),
    );
  }

  emit(): void {
    const { parsed } = this;
    const owner = this.owner as AlertOwner;
    const terraform = MonitoringStack.of(this).terraform;
    const provider = terraform.sentry();
    const scope = terraform.scopeFor(this);
    const teamName = MonitoringStack.of(this).vendorName(owner.teamName);
    const teamSlug = slug(teamName);
    const team = terraform.shared(
      `sentry-team-${parsed.organization}-${teamSlug}`,
      (shared, id) => new Team(shared, id, { provider, organization: parsed.organization, name: teamName, slug: teamSlug }),
    );
    const project = new Project(scope, "project", {
      provider,
      organization: parsed.organization,
      name: MonitoringStack.of(this).vendorName(parsed.service),
      slug: parsed.projectSlug,
      platform: parsed.platform,
      teams: [team.slug],
      defaultRules: false,
      defaultKey: false,
      fingerprintingRules: parsed.fingerprintingRules,
      groupingEnhancements: parsed.groupingEnhancements,
    });
    const key = new Key(scope, "key", {
      provider,
      organization: parsed.organization,
      project: project.id,
      name: `${parsed.service} ${parsed.environment}`,
    });
    this.emitOutputs(scope, key);
    const context = {
      scope,
      provider,
      owner,
      parsed,
      project: project.id,
      ruleOwner: `team:${team.internalId}`,
      runbookUrl: this.props.runbookUrl,
      router: new SentryRouter(terraform, provider, parsed.organization, this.props.integrations ?? {}),
    };
    emitIssueAlerts(context);
    emitErrorRateAlert(context);
  }

  /** The SDK's settings for the deployment; the DSN only as a sensitive output, a reference to the key's attribute. */
  private emitOutputs(scope: Construct, key: Key): void {
    const { parsed, outputs } = this;
    const what = `of ${parsed.service} in ${parsed.environment}`;
    const output = (id: string, value: string | number, description: string, sensitive = false) =>
      new TerraformOutput(scope, id, { value, description, sensitive, staticId: true });
    output(outputs.dsn, key.dsn.lookup("public"), `SENTRY_DSN ${what}`, true);
    output(outputs.environment, parsed.environment, `SENTRY_ENVIRONMENT ${what}`);
    if (outputs.release !== undefined && parsed.release !== undefined) {
      output(outputs.release, parsed.release, `SENTRY_RELEASE ${what}`);
    }
    output(outputs.tracesSampleRate, parsed.tracesSampleRate, `SENTRY_TRACES_SAMPLE_RATE ${what}`);
  }
}
