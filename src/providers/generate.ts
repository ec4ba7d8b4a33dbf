/**
 * Regenerates the provider bindings committed under `src/providers/`.
 *
 * Sources (see `schemas/README.md` for their upstream origin):
 * - `schemas/terraform/<name>.json`: Terraform provider schemas (`terraform providers schema -json`), turned into
 *   cdktf constructs in `<outRoot>/<name>/` by `@cdktf/provider-generator` (the code generator behind `cdktf get`).
 *   Only the provider and the resources in {@link TERRAFORM_RESOURCES} are generated: the schema is filtered before
 *   generation, so a resource nobody uses costs no build or type-check time.
 * - `schemas/crds/<group>_<plural>.yaml`: the Kubernetes CRDs in {@link CRDS}, turned into cdk8s `ApiObject` classes
 *   in `<outRoot>/k8s/<group>.ts` by one `cdk8s import` of all of them as one multi-document YAML: it writes one file
 *   per API group, so separate imports of two CRDs of a group would overwrite each other, and each run costs seconds.
 *   Only the current API version of a kind is imported (see {@link importedVersions}), so a group gets one class
 *   per kind, and the pod settings some CRDs embed are imported untyped ({@link UNTYPED_PROPERTIES}).
 *
 * The output is committed rather than generated at install or build time because:
 * - no registry access: `cdktf get` would download the providers; here the schemas are local files;
 * - it is deterministic: a second run gives byte-identical files, which the drift test
 *   `test/providers/generated.test.ts` checks by regenerating into a temporary folder;
 * - users of Watchkeeper need neither cdktf-cli, cdk8s-cli nor Terraform to build or use it.
 *
 * Usage: `npx tsx src/providers/generate.ts [outRoot]` (default: `src/providers`), or `npm run generate`.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { parse } from "yaml";
import { ELASTICSTACK, GRAFANA, SENTRY } from "../targets/terraform/providers";

const SCHEMAS = join(__dirname, "schemas");

/** Provider versions the schemas were taken from; pinned in the generated `required_providers` blocks. */
const TERRAFORM_PROVIDERS: Record<string, string> = Object.fromEntries(
  [GRAFANA, SENTRY, ELASTICSTACK].map((pin) => [pin.name, pin.version]),
);

/**
 * The resources bindings are generated for, per provider, without the provider's prefix (`dashboard` is
 * `grafana_dashboard`); the provider's own configuration class is always generated. Add a resource here, then run
 * `npm run generate`.
 */
export const TERRAFORM_RESOURCES: Record<string, readonly string[]> = {
  // dashboard and folder: Grafana dashboards of SLOs; synthetic_monitoring_check: synthetic checks of user flows.
  // Alerts on Grafana data stay Prometheus rules routed by Alertmanager, so no rule_group or contact points.
  grafana: ["dashboard", "folder", "synthetic_monitoring_check"],
  // Error tracking: projects, their teams and DSN keys, issue and metric alerts routed to PagerDuty.
  sentry: ["integration_pagerduty", "issue_alert", "key", "metric_alert", "project", "team"],
  // Log retention (ILM policy, index and component templates, or a data stream lifecycle), Kibana log alerts and
  // Elastic Security detection rules; both kinds of rule notify through connectors (PagerDuty, Slack, email,
  // webhook), hence kibana_action_connector.
  elasticstack: [
    "elasticsearch_component_template",
    "elasticsearch_data_stream_lifecycle",
    "elasticsearch_index_lifecycle",
    "elasticsearch_index_template",
    "kibana_action_connector",
    "kibana_alerting_rule",
    "kibana_security_detection_rule",
  ],
};

/** The CRDs Watchkeeper emits, or is to emit, custom resources for. */
const CRDS = [
  "argoproj.io_analysistemplates.yaml",
  "beat.k8s.elastic.co_beats.yaml",
  "elasticsearch.k8s.elastic.co_elasticsearches.yaml",
  "flagger.app_metrictemplates.yaml",
  "grafana.integreatly.org_grafanadashboards.yaml",
  "grafana.integreatly.org_grafanadatasources.yaml",
  "grafana.integreatly.org_grafanafolders.yaml",
  "grafana.integreatly.org_grafanas.yaml",
  "kibana.k8s.elastic.co_kibanas.yaml",
  "logstash.k8s.elastic.co_logstashes.yaml",
  "monitoring.coreos.com_alertmanagerconfigs.yaml",
  "monitoring.coreos.com_alertmanagers.yaml",
  "monitoring.coreos.com_podmonitors.yaml",
  "monitoring.coreos.com_probes.yaml",
  "monitoring.coreos.com_prometheuses.yaml",
  "monitoring.coreos.com_prometheusrules.yaml",
  "monitoring.coreos.com_servicemonitors.yaml",
  "opentelemetry.io_instrumentations.yaml",
  "opentelemetry.io_opentelemetrycollectors.yaml",
];

/** The generated folders under outRoot; everything in them is owned by this script. */
const GENERATED_DIRS = [...Object.keys(TERRAFORM_PROVIDERS), "k8s"];

/** A Terraform provider schema document (`terraform providers schema -json`), as the generator takes it. */
type ProviderSchema = Parameters<typeof import("@cdktf/provider-generator").generateProviderBindingsFromSchema>[1];

/**
 * Keeps the provider and the allowed resources of a schema, and no data source. Throws when an allowed resource is not
 * in the schema, so a typo cannot silently drop a binding.
 */
export function allowResources(name: string, schema: ProviderSchema, allowed: readonly string[]): ProviderSchema {
  const types = allowed.map((resource) => `${name}_${resource}`);
  const providers = Object.entries(schema.provider_schemas ?? {}).map(([fqpn, provider]) => {
    const missing = types.filter((type) => !(type in provider.resource_schemas));
    if (missing.length > 0) throw new Error(`${fqpn}: no ${missing.join(", ")} in schemas/terraform/${name}.json`);
    const resources = Object.fromEntries(types.map((type) => [type, provider.resource_schemas[type]]));
    return [fqpn, { ...provider, resource_schemas: resources, data_source_schemas: {} }];
  });
  return { ...schema, provider_schemas: Object.fromEntries(providers) };
}

async function generateTerraform(outRoot: string, work: string): Promise<void> {
  // Loading the generator runs `terraform version` and a cdktf telemetry check; keep both offline. A warning about a
  // missing .terraformrc that Terraform may print here is harmless.
  process.env.CHECKPOINT_DISABLE ??= "1";
  const { generateProviderBindingsFromSchema } = await import("@cdktf/provider-generator");
  for (const [name, version] of Object.entries(TERRAFORM_PROVIDERS)) {
    const full = JSON.parse(readFileSync(join(SCHEMAS, "terraform", `${name}.json`), "utf8")) as ProviderSchema;
    const schema = allowResources(name, full, TERRAFORM_RESOURCES[name] ?? []);
    // `cdktf get` adds the resolved versions to the schema the same way; without them the synthesized
    // required_providers block would carry no version constraint.
    schema.provider_versions = Object.fromEntries(Object.keys(schema.provider_schemas ?? {}).map((fqpn) => [fqpn, version]));
    const dir = join(work, name);
    await generateProviderBindingsFromSchema(dir, schema);
    // Keep only the TypeScript: the per-resource README.md files merely link to the registry, and lazy-index.ts
    // is a CommonJS helper for jsii packages.
    cpSync(join(dir, "providers", name), join(outRoot, name), {
      recursive: true,
      filter: (src) => !["README.md", "lazy-index.ts"].includes(basename(src)),
    });
  }
}

/**
 * Kubernetes pod settings that some CRDs embed (containers, volumes, probes, scheduling). Watchkeeper does not write
 * them, and typed they would be most of the generated code (an AnalysisTemplate's job provider carries a whole pod
 * spec), so they are imported untyped. The tests still validate every custom resource against the full CRD.
 */
const UNTYPED_PROPERTIES = new Set([
  "additionalContainers",
  "affinity",
  "containers",
  "ephemeralContainers",
  "initContainers",
  "lifecycle",
  "livenessProbe",
  "podSecurityContext",
  "readinessProbe",
  "securityContext",
  "startupProbe",
  "tolerations",
  "topologySpreadConstraints",
  "volumeClaimTemplate",
  "volumeClaimTemplates",
  "volumeMounts",
  "volumes",
]);

/** An OpenAPI schema node of a CRD, as far as the import filter reads it. */
interface SchemaNode {
  type?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  [keyword: string]: unknown;
}

/** The schema with the {@link UNTYPED_PROPERTIES} at any depth replaced by objects of any shape. */
function untypePodSettings(node: SchemaNode): SchemaNode {
  const untyped: SchemaNode = { type: "object", "x-kubernetes-preserve-unknown-fields": true };
  const properties = Object.entries(node.properties ?? {}).map(([name, property]): [string, SchemaNode] => {
    if (!UNTYPED_PROPERTIES.has(name)) return [name, untypePodSettings(property)];
    const description = property.description === undefined ? {} : { description: property.description };
    return [name, property.type === "array" ? { ...description, type: "array", items: untyped } : { ...description, ...untyped }];
  });
  return {
    ...node,
    ...(node.properties && { properties: Object.fromEntries(properties) }),
    ...(node.items && { items: untypePodSettings(node.items) }),
  };
}

/** A version of a CRD, as far as the import reads it. */
interface CrdVersion {
  served?: boolean;
  storage?: boolean;
  deprecated?: boolean;
  schema: { openAPIV3Schema: SchemaNode };
}

/**
 * The versions imported: the served ones that are not deprecated, and of several such (ECK's Elasticsearch and
 * Kibana serve v1 and v1beta1) the storage version only, so that a kind gets one class.
 */
function importedVersions(versions: readonly CrdVersion[]): CrdVersion[] {
  const current = versions.filter((version) => version.served !== false && version.deprecated !== true);
  return current.length > 1 ? current.filter((version) => version.storage === true) : current;
}

/** A CRD as cdk8s imports it: one current version, pod settings untyped; JSON, which is YAML too. */
function importableCrd(crd: string): string {
  const definition = parse(crd, { version: "1.1" }); // the YAML version Kubernetes reads
  const versions = importedVersions(definition.spec.versions as CrdVersion[])
    .map((version) => ({ ...version, schema: { openAPIV3Schema: untypePodSettings(version.schema.openAPIV3Schema) } }));
  return JSON.stringify({ ...definition, spec: { ...definition.spec, versions } });
}

function generateKubernetes(outRoot: string, work: string): void {
  const cdk8s = join(dirname(require.resolve("cdk8s-cli/package.json")), "bin", "cdk8s");
  const input = join(work, "crds.yaml");
  writeFileSync(input, CRDS.map((file) => importableCrd(readFileSync(join(SCHEMAS, "crds", file), "utf8"))).join("\n---\n"));
  execFileSync(
    process.execPath,
    [cdk8s, "import", input, "--language", "typescript", "--output", join(outRoot, "k8s"), "--no-save", "--no-check-upgrade"],
    { cwd: work, stdio: "pipe" }, // a failure throws with cdk8s's stderr in the message
  );
}

export async function generate(outRoot: string): Promise<void> {
  for (const dir of GENERATED_DIRS) rmSync(join(outRoot, dir), { recursive: true, force: true });
  const work = mkdtempSync(join(tmpdir(), "watchkeeper-generate-"));
  try {
    await generateTerraform(outRoot, work);
    generateKubernetes(outRoot, work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) {
  generate(resolve(process.argv[2] ?? __dirname)).catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
