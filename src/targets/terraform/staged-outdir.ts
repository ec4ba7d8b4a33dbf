import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import type { SwapPart, SwapStep } from "../../output-swap";
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

  /**
   * The renames that replace the output with the staged one (Terraform's own files carried over first, the previous
   * stacks and manifest moved into the staging folder), and what to delete once they are all done.
   */
  commitSteps(): SwapPart {
    const stacks = join(this.outdir, "stacks");
    const staged = join(this.staging, "stacks");
    const manifest = join(this.outdir, "manifest.json");
    mkdirSync(this.outdir, { recursive: true });
    const carried = existsSync(stacks) ? this.carriedTerraformFiles(stacks, staged) : [];
    const steps = [
      ...carried,
      ...(existsSync(stacks) ? [{ from: stacks, to: join(this.staging, "previous-stacks") }] : []),
      { from: staged, to: stacks },
      ...(existsSync(manifest) ? [{ from: manifest, to: join(this.staging, "previous-manifest.json") }] : []),
      { from: join(this.staging, "manifest.json"), to: manifest },
    ];
    return { steps, afterCommit: [this.staging], afterUndo: [this.staging] };
  }

  /** Drops the staged output, leaving the output in place as it was. */
  discard(): void {
    rmSync(this.staging, { recursive: true, force: true });
  }

  /** The renames that carry Terraform's own files of each stack folder into the staged one. */
  private carriedTerraformFiles(stacks: string, staged: string): SwapStep[] {
    const folders = readdirSync(stacks, { withFileTypes: true }).filter((entry) => entry.isDirectory());
    return folders.flatMap(({ name: stack }) => {
      const folder = join(stacks, stack);
      const own = readdirSync(folder).filter((name) => !CDKTF_FILES.has(name));
      if (own.length > 0) {
        mkdirSync(join(staged, stack), { recursive: true });
      }
      return own.map((name) => ({ from: join(folder, name), to: join(staged, stack, name) }));
    });
  }
}
