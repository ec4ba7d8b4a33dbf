/**
 * Regenerates the provider bindings committed under `src/providers/`.
 *
 * Sources (see `schemas/README.md` for their upstream origin):
 * - `schemas/terraform/<name>.json`: Terraform provider schemas (`terraform providers schema -json`), turned into
 *   cdktf constructs in `<outRoot>/<name>/` by `@cdktf/provider-generator` (the code generator behind `cdktf get`).
 * - `schemas/crds/<group>_<plural>.yaml`: Kubernetes CRDs, turned into cdk8s `ApiObject` classes in
 *   `<outRoot>/k8s/<group>.ts` by `cdk8s import`. It writes one file per API group, so the CRDs of a group are
 *   concatenated into one multi-document YAML and imported together (separate imports would overwrite each other).
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
import { ELASTICSTACK, GRAFANA, SENTRY } from "../targets/terraform/providers";

const SCHEMAS = join(__dirname, "schemas");

/** Provider versions the schemas were taken from; pinned in the generated `required_providers` blocks. */
const TERRAFORM_PROVIDERS: Record<string, string> = Object.fromEntries(
  [GRAFANA, SENTRY, ELASTICSTACK].map((pin) => [pin.name, pin.version]),
);

/** The CRDs Watchkeeper emits custom resources for. */
const CRDS = [
  "grafana.integreatly.org_grafanadashboards.yaml",
  "grafana.integreatly.org_grafanafolders.yaml",
  "monitoring.coreos.com_alertmanagerconfigs.yaml",
  "monitoring.coreos.com_prometheusrules.yaml",
];

/** The generated folders under outRoot; everything in them is owned by this script. */
export const GENERATED_DIRS = [...Object.keys(TERRAFORM_PROVIDERS), "k8s"];

async function generateTerraform(outRoot: string, work: string): Promise<void> {
  // Loading the generator runs `terraform version` and a cdktf telemetry check; keep both offline. A warning about a
  // missing .terraformrc that Terraform may print here is harmless.
  process.env.CHECKPOINT_DISABLE ??= "1";
  const { generateProviderBindingsFromSchema } = await import("@cdktf/provider-generator");
  for (const [name, version] of Object.entries(TERRAFORM_PROVIDERS)) {
    const schema = JSON.parse(readFileSync(join(SCHEMAS, "terraform", `${name}.json`), "utf8"));
    // `cdktf get` adds the resolved versions to the schema the same way; without them the synthesized
    // required_providers block would carry no version constraint.
    schema.provider_versions = Object.fromEntries(Object.keys(schema.provider_schemas).map((fqpn) => [fqpn, version]));
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

function generateKubernetes(outRoot: string, work: string): void {
  const cdk8s = join(dirname(require.resolve("cdk8s-cli/package.json")), "bin", "cdk8s");
  const groups = [...new Set(CRDS.map((file) => file.split("_")[0]))].sort();
  for (const group of groups) {
    const files = CRDS.filter((file) => file.startsWith(`${group}_`));
    const input = join(work, `${group}.yaml`);
    writeFileSync(input, files.map((file) => readFileSync(join(SCHEMAS, "crds", file), "utf8")).join("\n---\n"));
    execFileSync(
      process.execPath,
      [cdk8s, "import", input, "--language", "typescript", "--output", join(outRoot, "k8s"), "--no-save", "--no-check-upgrade"],
      { cwd: work, stdio: "pipe" }, // a failure throws with cdk8s's stderr in the message
    );
  }
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
