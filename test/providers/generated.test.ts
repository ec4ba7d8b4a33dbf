import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allowResources, TERRAFORM_RESOURCES } from "../../src/providers/generate";
import { TSX_IMPORT } from "../support/example";

const ROOT = resolve(__dirname, "../..");
const COMMITTED = join(ROOT, "src/providers");

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

describe("generated provider bindings", () => {
  let fresh: string;
  let generatedDirs: string[];

  beforeAll(() => {
    fresh = mkdtempSync(join(tmpdir(), "watchkeeper-providers-"));
    execFileSync(process.execPath, [...TSX_IMPORT, join(COMMITTED, "generate.ts"), fresh], { cwd: ROOT, stdio: "pipe" });
    generatedDirs = readdirSync(fresh).sort();
  }, 300_000);

  afterAll(() => rmSync(fresh, { recursive: true, force: true }));

  it("generates the Terraform providers and the Kubernetes CRD classes", () => {
    expect(generatedDirs).toEqual(["elasticstack", "grafana", "k8s", "sentry"]);
  });

  it("generates the provider and the allowed resources only", () => {
    for (const [provider, resources] of Object.entries(TERRAFORM_RESOURCES)) {
      const folders = readdirSync(join(fresh, provider), { withFileTypes: true }).filter((entry) => entry.isDirectory());
      const expected = ["provider", ...resources.map((resource) => resource.replaceAll("_", "-"))].sort();
      expect(folders.map((entry) => entry.name).sort(), provider).toEqual(expected);
    }
  });

  it("matches the committed files byte for byte (run `npm run generate` after changing a schema)", () => {
    for (const dir of generatedDirs) {
      const expected = listFiles(join(fresh, dir));
      const committed = existsSync(join(COMMITTED, dir)) ? listFiles(join(COMMITTED, dir)) : [];
      expect(committed, `files in src/providers/${dir}`).toEqual(expected);
      for (const file of expected) {
        const same = readFileSync(join(fresh, dir, file)).equals(readFileSync(join(COMMITTED, dir, file)));
        expect(same, `src/providers/${dir}/${file} differs from a fresh regeneration`).toBe(true);
      }
    }
  });
});

describe("allowResources", () => {
  const empty = { version: 0, block: { attributes: {}, block_types: {} } };
  const schema = {
    provider_schemas: {
      "registry.terraform.io/grafana/grafana": {
        provider: empty,
        resource_schemas: { grafana_dashboard: empty, grafana_folder: empty },
        data_source_schemas: { grafana_folder: empty },
      },
    },
  };

  it("keeps the provider and the allowed resources, and no data source", () => {
    const filtered = allowResources("grafana", schema, ["folder"]);
    const provider = filtered.provider_schemas?.["registry.terraform.io/grafana/grafana"];
    expect(Object.keys(provider?.resource_schemas ?? {})).toEqual(["grafana_folder"]);
    expect(provider?.data_source_schemas).toEqual({});
    expect(provider?.provider).toBe(empty);
  });

  it("refuses an allowed resource the schema does not have", () => {
    expect(() => allowResources("grafana", schema, ["folder", "dashbord"])).toThrow(
      "registry.terraform.io/grafana/grafana: no grafana_dashbord in schemas/terraform/grafana.json",
    );
  });
});
