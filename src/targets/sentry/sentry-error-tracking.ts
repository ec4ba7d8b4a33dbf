import { TerraformOutput } from "cdktf";
import type { Construct } from "constructs";
import type { ErrorTrackingSpec } from "../../domain/apm/error-tracking";
import { slug } from "../../domain/naming";
import { Key } from "../../providers/sentry/key";
import { Project } from "../../providers/sentry/project";
import { Team } from "../../providers/sentry/team";
import type { TargetScope } from "../target-scope";
import { writeErrorRateAlert, writeErrorTrendAlert, writeIssueAlerts } from "./sentry-alerts";
import { SentryRouter, type SentryOwner } from "./sentry-routes";

/** The names of the Terraform outputs that publish the SDK's settings for the service's deployment. */
export interface ErrorTrackingOutputs {
  /** The client key's public DSN (SENTRY_DSN), a sensitive output. */
  readonly dsn: string;
  /** SENTRY_ENVIRONMENT. */
  readonly environment: string;
  /** SENTRY_RELEASE, when a release is declared. */
  readonly release?: string;
  /** SENTRY_TRACES_SAMPLE_RATE. */
  readonly traceSampleRatio: string;
}

/** The Terraform output names of a service's error tracking, `sentry_<project slug>_…`, stable whatever the construct path. */
export function sentryOutputNames(spec: Pick<ErrorTrackingSpec, "projectSlug" | "release">): ErrorTrackingOutputs {
  const prefix = `sentry_${spec.projectSlug.replace(/-/g, "_")}`;
  return {
    dsn: `${prefix}_dsn`,
    environment: `${prefix}_environment`,
    release: spec.release === undefined ? undefined : `${prefix}_release`,
    traceSampleRatio: `${prefix}_traces_sample_rate`,
  };
}

/** Rules as Sentry stores them, one per line; none when there are none. */
function ruleLines(rules: readonly string[]): string | undefined {
  return rules.length === 0 ? undefined : rules.join("\n");
}

/** The SDK's settings for the deployment; the DSN only as a sensitive output, a reference to the key's attribute. */
function writeOutputs(scope: Construct, spec: ErrorTrackingSpec, key: Key): void {
  const outputs = sentryOutputNames(spec);
  const what = `of ${spec.service} in ${spec.environment}`;
  const output = (id: string, value: string | number, description: string, sensitive = false) =>
    new TerraformOutput(scope, id, { value, description, sensitive, staticId: true });
  output(outputs.dsn, key.dsn.lookup("public"), `SENTRY_DSN ${what}`, true);
  output(outputs.environment, spec.environment, `SENTRY_ENVIRONMENT ${what}`);
  if (outputs.release !== undefined && spec.release !== undefined) {
    output(outputs.release, spec.release, `SENTRY_RELEASE ${what}`);
  }
  output(outputs.traceSampleRatio, spec.traceSampleRatio, `SENTRY_TRACES_SAMPLE_RATE ${what}`);
}

/**
 * A service's error tracking on Sentry: the owner's team (shared by the owner's services in the organization), the
 * project with its grouping rules, a client key whose DSN is a sensitive output, and the alerts routed to the
 * owner's receivers. Only for a spec and owner without sentryRouteProblems.
 */
export function writeSentryErrorTracking(target: TargetScope, spec: ErrorTrackingSpec, owner: SentryOwner): void {
  const { terraform, stack } = target;
  const provider = terraform.sentry();
  const scope = target.terraformScope();
  const teamName = stack.vendorName(owner.teamName);
  const teamSlug = slug(teamName);
  const team = terraform.shared(
    `sentry-team-${spec.organization}-${teamSlug}`,
    (shared, id) => new Team(shared, id, { provider, organization: spec.organization, name: teamName, slug: teamSlug }),
  );
  const project = new Project(scope, "project", {
    provider,
    organization: spec.organization,
    name: stack.vendorName(spec.service),
    slug: spec.projectSlug,
    platform: spec.platform,
    teams: [team.slug],
    defaultRules: false,
    defaultKey: false,
    fingerprintingRules: ruleLines(spec.fingerprintingRules),
    groupingEnhancements: ruleLines(spec.groupingEnhancements),
  });
  const key = new Key(scope, "key", {
    provider,
    organization: spec.organization,
    project: project.id,
    name: `${spec.service} ${spec.environment}`,
  });
  writeOutputs(scope, spec, key);
  const router = new SentryRouter({ terraform, provider, spec, owner, teamInternalId: team.internalId });
  const context = { scope, provider, router, spec, project: project.id };
  writeIssueAlerts(context);
  writeErrorRateAlert(context);
  writeErrorTrendAlert(context);
}
