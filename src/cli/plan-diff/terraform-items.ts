import { type OutputItem, flattenFields } from "../../domain/plan-diff/output-item";
import { type ResourceBody, TerraformNames, resourceName, shownName, terraformNoun } from "./terraform-references";

/** A stack's cdk.tf.json as far as the diff reads it. */
export interface TerraformJson {
  readonly resource?: Record<string, Record<string, ResourceBody>>;
  readonly data?: Record<string, Record<string, ResourceBody>>;
  readonly removed?: readonly { readonly from?: string; readonly lifecycle?: { readonly destroy?: boolean } }[];
  readonly moved?: readonly { readonly from?: string; readonly to?: string }[];
  readonly import?: readonly { readonly to?: string; readonly id?: string }[];
}

/** The uid of a dashboard's `config_json`, which its JSON file and GrafanaDashboard share, or undefined. */
function dashboardUid(configJson: unknown): string | undefined {
  try {
    const uid = typeof configJson === "string" ? (JSON.parse(configJson) as { uid?: unknown }).uid : undefined;
    return typeof uid === "string" ? uid : undefined;
  } catch {
    return undefined;
  }
}

/** An item's id from a Terraform address of the stack. */
const terraformId = (stack: string, address: string): string => `${stack} terraform ${address}`;

/**
 * The resources of a stack's Terraform JSON as output items, keyed by address, with references to the stack's
 * resources and data sources named (`pagerduty user alice@example.com`); `constructOf` turns a resource's construct
 * path (cdktf's `//` metadata) into the declaring construct's.
 */
export function terraformItems(stack: string, json: TerraformJson, constructOf: (resourcePath: string) => string): OutputItem[] {
  const names = new TerraformNames(json);
  const items: OutputItem[] = [];
  for (const [type, resources] of Object.entries(json.resource ?? {})) {
    for (const [logicalId, body] of Object.entries(resources)) {
      const { "//": metadata, ...content } = body;
      const address = `${type}.${logicalId}`;
      const uid = type === "grafana_dashboard" ? dashboardUid(body.config_json) : undefined;
      const fields = Object.fromEntries(Object.entries(flattenFields(content)).map(([path, value]) => [path, names.resolveValue(value)]));
      items.push({
        id: terraformId(stack, address),
        stack,
        kind: "terraform",
        construct: constructOf(metadata?.metadata?.path ?? stack),
        type,
        noun: terraformNoun(type),
        label: `${terraformNoun(type)} ${shownName(resourceName(body, logicalId))}`,
        fields,
        address,
        ...(uid === undefined ? {} : { mirror: `dashboard ${uid}` }),
      });
    }
  }
  return items;
}

/** The addresses a stack's `removed` blocks keep in their vendor account (`lifecycle { destroy = false }`). */
export function retiredAddresses(json: TerraformJson): string[] {
  return (json.removed ?? []).filter((block) => block.lifecycle?.destroy === false && block.from !== undefined).map((block) => block.from as string);
}

/** The addresses a stack's `import` blocks take over from their vendor account. */
export function importedAddresses(json: TerraformJson): string[] {
  return (json.import ?? []).flatMap((block) => (block.to === undefined ? [] : [block.to]));
}

/** The item ids a stack's `moved` blocks move state from, to the ids they move it to. */
export function movedItems(stack: string, json: TerraformJson): [string, string][] {
  return (json.moved ?? []).flatMap((block) => (block.from === undefined || block.to === undefined ? [] : [[terraformId(stack, block.from), terraformId(stack, block.to)]]));
}
