import type { FieldValue } from "../../domain/plan-diff/output-item";

/** How reviewers call the resource types they meet most; other types read as their name with spaces (`pagerduty user`). */
const TYPE_NOUNS: Readonly<Record<string, string>> = {
  datadog_dashboard: "Datadog dashboard",
  datadog_downtime_schedule: "Datadog downtime",
  datadog_monitor: "Datadog monitor",
  datadog_service_level_objective: "Datadog SLO",
  datadog_synthetics_test: "Datadog synthetic test",
  elasticstack_kibana_action_connector: "Kibana connector",
  elasticstack_kibana_alerting_rule: "Kibana alerting rule",
  grafana_dashboard: "Grafana dashboard",
  grafana_folder: "Grafana folder",
  pagerduty_escalation_policy: "PagerDuty escalation policy",
  pagerduty_schedule: "PagerDuty schedule",
  pagerduty_service: "PagerDuty service",
  sentry_issue_alert: "Sentry issue alert",
  sentry_metric_alert: "Sentry metric alert",
  sentry_project: "Sentry project",
};

/** What a reviewer calls a Terraform resource type. */
export const terraformNoun = (type: string): string => TYPE_NOUNS[type] ?? type.replace(/_/g, " ");

/** A name as it is shown after its noun: quoted when it holds spaces (`Datadog SLO "checkout availability"`). */
export const shownName = (name: string): string => (name === "" || /\s/.test(name) ? JSON.stringify(name) : name);

/** A resource or data source body of cdk.tf.json. */
export type ResourceBody = Record<string, unknown> & { "//"?: { metadata?: { path?: string } } };

/** The title of a dashboard's `config_json`, or undefined. */
function dashboardTitle(configJson: unknown): string | undefined {
  if (typeof configJson !== "string") {
    return undefined;
  }
  try {
    const title = (JSON.parse(configJson) as { title?: unknown }).title;
    return typeof title === "string" ? title : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What a resource is called: its `name`, `title`, `email`, `slug` or dashboard title, else its construct path below the
 * stack (`planner-team/member-ana-lima-example-com`, the same whatever its address), else its logical id.
 */
export function resourceName(body: ResourceBody, logicalId: string): string {
  for (const key of ["name", "title", "email", "slug"]) {
    if (typeof body[key] === "string" && body[key] !== "") {
      return body[key] as string;
    }
  }
  const path = body["//"]?.metadata?.path?.split("/").slice(1).join("/");
  return dashboardTitle(body.config_json) ?? (path === undefined || path === "" ? logicalId : path);
}

/** A reference inside Terraform text: `${data.pagerduty_user.x.id}`, `${grafana_folder.y.uid}`, `${sentry_key.z.dsn["public"]}`. */
const REFERENCE = /\$\{((?:data\.)?[a-z][a-z0-9_]*\.[A-Za-z_][A-Za-z0-9_-]*)((?:\.[A-Za-z0-9_]+|\[[^\]]*\])*)\}/g;

/**
 * Readable names for the references of one stack's Terraform JSON: each resource and data source by its address
 * (`pagerduty_schedule.x`, `data.pagerduty_user.y`), as its noun and name, unquoted as it stands inside a value
 * (`pagerduty user alice@example.com`, `PagerDuty schedule planner primary`).
 */
export class TerraformNames {
  private readonly names = new Map<string, string>();

  constructor(json: { resource?: Record<string, Record<string, ResourceBody>>; data?: Record<string, Record<string, ResourceBody>> }) {
    for (const [prefix, blocks] of [["", json.resource], ["data.", json.data]] as const) {
      for (const [type, resources] of Object.entries(blocks ?? {})) {
        for (const [logicalId, body] of Object.entries(resources)) {
          this.names.set(`${prefix}${type}.${logicalId}`, `${terraformNoun(type)} ${resourceName(body, logicalId)}`);
        }
      }
    }
  }

  /**
   * Text with each reference to a resource of the stack named: a whole-text reference to an id reads
   * `pagerduty user alice@example.com`, to another attribute `uid of Grafana folder checkout`; one inside longer
   * text keeps its `${…}`: `https://grafana.example.com/dashboards/f/${uid of Grafana folder checkout}`.
   */
  resolve(text: string): string {
    return text.replace(REFERENCE, (reference, address: string, attribute: string) => {
      const name = this.names.get(address);
      if (name === undefined) {
        return reference;
      }
      const readable = attribute === "" || attribute === ".id" ? name : `${attribute.replace(/^\./, "")} of ${name}`;
      return reference === text ? readable : `\${${readable}}`;
    });
  }

  /** A field's value with its references named (see resolve). */
  resolveValue(value: FieldValue): FieldValue {
    if (typeof value === "string") {
      return this.resolve(value);
    }
    return Array.isArray(value) ? value.map((entry) => (typeof entry === "string" ? this.resolve(entry) : entry)) : value;
  }
}
