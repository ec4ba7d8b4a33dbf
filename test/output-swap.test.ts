import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { OutputFiles } from "../src/output-files";
import { OutputSwap, removal, type SwapPart } from "../src/output-swap";
import { StagedTerraformOutdir } from "../src/targets/terraform/staged-outdir";
import { readTree } from "./support/files";
import { dieDuringSwap, restoreFs } from "./support/fs-faults";

afterEach(restoreFs);

function write(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

/**
 * A folder holding a previous synth of production and staging (with Terraform's own files and a user's file),
 * and the parts that swap in a new synth of production alone, staged as synth stages them.
 */
function stagedSwap(): { folder: string; parts: SwapPart[] } {
  const folder = mkdtempSync(join(tmpdir(), "watchkeeper-swap-"));
  write(join(folder, "cdktf.out/manifest.json"), "previous manifest");
  write(join(folder, "cdktf.out/stacks/production/cdk.tf.json"), "previous production");
  write(join(folder, "cdktf.out/stacks/production/.terraform/providers/datadog"), "binary");
  write(join(folder, "cdktf.out/stacks/staging/cdk.tf.json"), "previous staging");
  write(join(folder, "dist/production/prometheus/old.rules.yml"), "previous rules");
  write(join(folder, "dist/staging/prometheus/old.rules.yml"), "previous staging rules");
  write(join(folder, "dist/README.md"), "a user's notes");
  const terraform = new StagedTerraformOutdir(join(folder, "cdktf.out"));
  terraform.begin();
  write(join(terraform.staging, "manifest.json"), "new manifest");
  write(join(terraform.staging, "stacks/production/cdk.tf.json"), "new production");
  const files = new OutputFiles();
  files.begin(join(folder, "dist/production"));
  files.add("prometheus/new.rules.yml", "new rules");
  const parts = [terraform.commitSteps(), files.commitSteps(), removal(join(folder, "dist/staging"), join(folder, "dist/.staging.removed"))];
  return { folder, parts };
}

const journal = (folder: string) => join(folder, ".cdktf.out.swap.json");

describe("OutputSwap", () => {
  it("swaps every folder in, carrying Terraform's files, removing the removed stack, leaving nothing behind", () => {
    const { folder, parts } = stagedSwap();
    new OutputSwap(journal(folder)).run(parts);
    expect(Object.fromEntries(readTree(folder))).toEqual({
      "cdktf.out/manifest.json": "new manifest",
      "cdktf.out/stacks/production/.terraform/providers/datadog": "binary",
      "cdktf.out/stacks/production/cdk.tf.json": "new production",
      "dist/README.md": "a user's notes",
      "dist/production/prometheus/new.rules.yml": "new rules",
    });
  });

  it("ends all previous or all new once recovered, wherever a kill stops it", () => {
    const swapped = stagedSwap();
    const changes = dieDuringSwap(Number.MAX_SAFE_INTEGER);
    new OutputSwap(journal(swapped.folder)).run(swapped.parts);
    const total = changes();
    restoreFs();
    const after = readTree(swapped.folder);
    expect(total).toBeGreaterThan(15);
    const outcomes: string[] = [];
    for (let survived = 0; survived < total; survived += 1) {
      const { folder, parts } = stagedSwap();
      const before = readTree(folder);
      before.forEach((_, path) => path.includes(".staging") && before.delete(path));
      dieDuringSwap(survived);
      expect(() => new OutputSwap(journal(folder)).run(parts), `killed after change ${survived} of ${total}`).toThrow("killed");
      restoreFs();
      new OutputSwap(journal(folder)).recover();
      const tree = readTree(folder);
      expect([before, after], `killed after change ${survived} of ${total}`).toContainEqual(tree);
      expect(readdirSync(folder).sort()).toEqual(["cdktf.out", "dist"]);
      outcomes.push(JSON.stringify([...tree]) === JSON.stringify([...before]) ? "previous" : "new");
    }
    expect(outcomes.indexOf("new")).toBeGreaterThan(0);
    expect(outcomes.slice(outcomes.indexOf("new")).every((outcome) => outcome === "new")).toBe(true);
  });

  it("does nothing to recover when no swap was interrupted", () => {
    const { folder } = stagedSwap();
    const before = readTree(folder);
    new OutputSwap(journal(folder)).recover();
    expect(readTree(folder)).toEqual(before);
  });
});
