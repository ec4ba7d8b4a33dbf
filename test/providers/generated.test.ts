import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

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
    const tsx = createRequire(join(ROOT, "package.json")).resolve("tsx/cli");
    execFileSync(process.execPath, [tsx, join(COMMITTED, "generate.ts"), fresh], { cwd: ROOT, stdio: "pipe" });
    generatedDirs = readdirSync(fresh).sort();
  }, 300_000);

  afterAll(() => rmSync(fresh, { recursive: true, force: true }));

  it("generates the Terraform providers and the Kubernetes CRD classes", () => {
    expect(generatedDirs).toEqual(["elasticstack", "grafana", "k8s", "sentry"]);
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
