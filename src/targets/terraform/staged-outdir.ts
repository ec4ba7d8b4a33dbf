import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** The files cdktf writes in a stack's folder; anything else there (`.terraform/`, lock file, local state) is Terraform's. */
const CDKTF_FILES = new Set(["cdk.tf.json", "cdk.tf", "metadata.json"]);

/**
 * cdktf's output folder (`manifest.json` and `stacks/<stack>/cdk.tf.json`), built in a staging folder beside it,
 * `.<outdir>.staging`, and swapped in by renames only when the whole synth succeeded: a failed synth leaves the
 * previous output as it was, and a stack removed from the app disappears from `manifest.json` and `stacks/`.
 *
 * Terraform's own files in a stack's folder (`.terraform/`, `.terraform.lock.hcl`, a local state file, written by
 * `terraform -chdir=… init/apply` or `cdktf deploy`) are carried over to the new output, also for a removed stack,
 * whose state still records what is deployed.
 */
export class StagedTerraformOutdir {
  /** The folder cdktf synthesizes into. */
  readonly staging: string;

  constructor(readonly outdir: string) {
    this.staging = join(dirname(outdir), `.${basename(outdir)}.staging`);
  }

  /** The stacks of the output in place (its manifest.json), sorted; none when there is no previous output. */
  previousStacks(): string[] {
    const manifest = join(this.outdir, "manifest.json");
    if (!existsSync(manifest)) {
      return [];
    }
    return Object.keys((JSON.parse(readFileSync(manifest, "utf8")) as { stacks?: Record<string, unknown> }).stacks ?? {}).sort();
  }

  /** Empties the staging folder, ready for cdktf's synth. */
  begin(): void {
    this.discard();
    mkdirSync(join(this.staging, "stacks"), { recursive: true });
  }

  /** Replaces the output with the staged one. */
  commit(): void {
    const stacks = join(this.outdir, "stacks");
    const staged = join(this.staging, "stacks");
    mkdirSync(this.outdir, { recursive: true });
    if (existsSync(stacks)) {
      this.carryTerraformFiles(stacks, staged);
      renameSync(stacks, join(this.staging, "previous-stacks"));
    }
    renameSync(staged, stacks);
    renameSync(join(this.staging, "manifest.json"), join(this.outdir, "manifest.json"));
    this.discard();
  }

  /** Drops the staged output, leaving the output in place as it was. */
  discard(): void {
    rmSync(this.staging, { recursive: true, force: true });
  }

  private carryTerraformFiles(stacks: string, staged: string): void {
    const folders = readdirSync(stacks, { withFileTypes: true }).filter((entry) => entry.isDirectory());
    for (const { name: stack } of folders) {
      const folder = join(stacks, stack);
      const own = readdirSync(folder).filter((name) => !CDKTF_FILES.has(name));
      if (own.length > 0) {
        mkdirSync(join(staged, stack), { recursive: true });
        own.forEach((name) => renameSync(join(folder, name), join(staged, stack, name)));
      }
    }
  }
}
