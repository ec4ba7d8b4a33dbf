import { type OutputItem, flattenFields } from "../../domain/plan-diff/output-item";

/** How reviewers call the resource types they meet most; other types keep Terraform's name. */
const TYPE_LABELS: Readonly<Record<string, string>> = {
  datadog_dashboard: "Datadog dashboard",
  datadog_downtime_schedule: "Datadog downtime",
  datadog_monitor: "Datadog monitor",
  datadog_service_level_objective: "Datadog SLO",
  datadog_synthetics_test: "Datadog synthetic test",
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

type ResourceBody = Record<string, unknown> & { "//"?: { metadata?: { path?: string } } };

/** A stack's cdk.tf.json as far as the diff reads it. */
export interface TerraformJson {
  readonly resource?: Record<string, Record<string, ResourceBody>>;
  readonly removed?: readonly { readonly from?: string; readonly lifecycle?: { readonly destroy?: boolean } }[];
}

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

/** What a resource is called: its `name`, `title` or dashboard title, else its logical id. */
function resourceName(body: ResourceBody, logicalId: string): string {
  for (const key of ["name", "title"]) {
    if (typeof body[key] === "string") {
      return body[key] as string;
    }
  }
  return dashboardTitle(body.config_json) ?? logicalId;
}

/**
 * The resources of a stack's Terraform JSON as output items, keyed by address; `constructOf` turns a resource's
 * construct path (cdktf's `//` metadata) into the declaring construct's.
 */
export function terraformItems(stack: string, json: TerraformJson, constructOf: (resourcePath: string) => string): OutputItem[] {
  const items: OutputItem[] = [];
  for (const [type, resources] of Object.entries(json.resource ?? {})) {
    for (const [logicalId, body] of Object.entries(resources)) {
      const { "//": metadata, ...content } = body;
      const address = `${type}.${logicalId}`;
      items.push({
        id: `${stack} terraform ${address}`,
        stack,
        kind: "terraform",
        construct: constructOf(metadata?.metadata?.path ?? stack),
        type,
        label: `${TYPE_LABELS[type] ?? type} "${resourceName(body, logicalId)}"`,
        fields: flattenFields(content),
        address,
      });
    }
  }
  return items;
}

/** The addresses a stack's `removed` blocks keep in their vendor account (`lifecycle { destroy = false }`). */
export function retiredAddresses(json: TerraformJson): string[] {
  return (json.removed ?? []).filter((block) => block.lifecycle?.destroy === false && block.from !== undefined).map((block) => block.from as string);
}

