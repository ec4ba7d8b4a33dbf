import { RumApplication } from "@cdktf/provider-datadog/lib/rum-application";
import { RumMetric } from "@cdktf/provider-datadog/lib/rum-metric";
import { DataDatadogRumRetentionFilters } from "@cdktf/provider-datadog/lib/data-datadog-rum-retention-filters";
import { RumRetentionFilter } from "@cdktf/provider-datadog/lib/rum-retention-filter";
import { RumRetentionFiltersOrder } from "@cdktf/provider-datadog/lib/rum-retention-filters-order";
import { Fn, TerraformOutput, type IResolvable, type IResolveContext, type TerraformProvider } from "cdktf";
import type { Construct } from "constructs";
import type { RumSpec } from "../../domain/rum/rum-application";
import type { TargetScope } from "../target-scope";
import { SESSIONS_WITH, VITAL_ATTRIBUTES, VITAL_GROUPS, rumMetricNames, rumSearch } from "./rum-queries";

/** The Terraform outputs of a RUM application: its id and client token, which the RUM SDK is initialised with. */
export function rumOutputNames(vendorId: string): { applicationId: string; clientToken: string } {
  const prefix = `rum_${vendorId.replace(/-/g, "_")}`;
  return { applicationId: `${prefix}_application_id`, clientToken: `${prefix}_client_token` };
}

/**
 * RUM-based metrics of an application, kept 15 months whatever the sampling: each vital as a distribution with
 * percentiles per view group and device type, views per view group (journey conversion), sessions, and sessions
 * with an error (and a crash on mobile). Views and sessions count once, when they end.
 */
function writeMetrics(resources: Construct, provider: TerraformProvider, spec: RumSpec, vendorId: string, app: RumApplication): void {
  const names = rumMetricNames(vendorId);
  const common = { provider, uniqueness: { when: "end" } };
  for (const vital of spec.vitals) {
    new RumMetric(resources, `metric-${vital.vital}`, {
      ...common,
      name: names.vital(vital.vital),
      eventType: "view",
      compute: { aggregationType: "distribution", path: VITAL_ATTRIBUTES[vital.vital], includePercentiles: true },
      filter: { query: rumSearch("view", app.id) },
      groupBy: VITAL_GROUPS.map((group) => ({ path: group.path, tagName: group.tagName })),
    });
  }
  new RumMetric(resources, "metric-views", {
    ...common,
    name: names.views,
    eventType: "view",
    compute: { aggregationType: "count" },
    filter: { query: rumSearch("view", app.id) },
    groupBy: [{ path: VITAL_GROUPS[0].path, tagName: VITAL_GROUPS[0].tagName }],
  });
  new RumMetric(resources, "metric-sessions", { ...common, name: names.sessions, eventType: "session", compute: { aggregationType: "count" }, filter: { query: rumSearch("session", app.id) } });
  for (const kind of spec.sampling.keepAll) {
    new RumMetric(resources, `metric-sessions-with-${kind}`, {
      ...common,
      name: names.sessionsWith(kind),
      eventType: "session",
      compute: { aggregationType: "count" },
      filter: { query: rumSearch("session", app.id, [SESSIONS_WITH[kind]]) },
    });
  }
}

/**
 * Retention of an application's sessions: every session with an error (and with a crash on mobile) is kept,
 * the rest sampled at the application's rate. Datadog evaluates an event against the filters in order and stops
 * at the first that matches, and adds a new filter at the bottom (DataDog/documentation
 * `content/en/real_user_monitoring/rum_without_limits/retention_filters.md`), so the order is written too:
 * Datadog's own default filters first, then the specific filters before the catch-all, then any filter made
 * elsewhere, as the order resource wants every id (DataDog/terraform-provider-datadog
 * `docs/resources/rum_retention_filters_order.md`).
 */
function writeRetentionFilters(resources: Construct, provider: TerraformProvider, spec: RumSpec, app: RumApplication): void {
  const specific = spec.sampling.keepAll.map((kind) =>
    new RumRetentionFilter(resources, `retain-sessions-with-${kind}`, {
      provider,
      applicationId: app.id,
      name: `Every session with ${kind === "error" ? "an error" : "a crash"}`,
      eventType: "session",
      query: SESSIONS_WITH[kind],
      sampleRate: 100,
      enabled: true,
    }),
  );
  const catchAll = new RumRetentionFilter(resources, "retain-sampled-sessions", {
    provider,
    applicationId: app.id,
    name: `${spec.sampling.sampleRatePercent}% of other sessions`,
    eventType: "session",
    sampleRate: spec.sampling.sampleRatePercent,
    enabled: true,
  });
  const ours = [...specific, catchAll].map((filter) => filter.id);
  const existing = new DataDatadogRumRetentionFilters(resources, "retention-filters", { provider, applicationId: app.id, dependsOn: [...specific, catchAll] });
  const all = `${existing.fqn}.retention_filters`;
  new RumRetentionFiltersOrder(resources, "retention-filters-order", {
    provider,
    applicationId: app.id,
    retentionFilterIds: Fn.concat([
      idsWhere(all, 'startswith(filter.id, "default")'),
      ours,
      idsWhere(all, `!startswith(filter.id, "default") && !contains([${ours.join(", ")}], filter.id)`),
    ]),
  });
}

/**
 * `[for filter in <filters> : filter.id if <condition>]`: the ids of the filters that meet the condition, in the
 * filters' order (cdktf's TerraformIterator goes through `toset`, which would reorder them).
 */
function idsWhere(filters: string, condition: string): IResolvable {
  return {
    creationStack: [],
    resolve(context: IResolveContext): string {
      const braces = !context.suppressBraces;
      context.suppressBraces = true;
      const expression = context.resolve(`[for filter in ${filters} : filter.id if ${condition}]`) as string;
      return braces ? `\${${expression}}` : expression;
    },
  };
}

/**
 * An application in Datadog RUM: the `datadog_rum_application` (its id and client token as outputs: the token is
 * public, it ships in the application's code; the API key is what stays secret), its RUM-based metrics and its
 * retention filters. Returns the application, whose id the monitors search.
 */
export function writeRumApplication(scope: TargetScope, spec: RumSpec): RumApplication {
  const provider = scope.terraform.datadog();
  const resources = scope.terraformScope();
  const vendorId = scope.stack.vendorName(spec.id);
  const app = new RumApplication(resources, "application", { provider, name: scope.stack.vendorName(spec.name), type: spec.type });
  const outputs = rumOutputNames(vendorId);
  const what = `of RUM application ${spec.name} in ${scope.stack.environment}`;
  new TerraformOutput(resources, outputs.applicationId, { value: app.id, description: `The application id ${what}`, staticId: true });
  new TerraformOutput(resources, outputs.clientToken, { value: app.clientToken, description: `The client token ${what} (public: it ships in the application)`, staticId: true });
  writeMetrics(resources, provider, spec, vendorId, app);
  writeRetentionFilters(resources, provider, spec, app);
  return app;
}
