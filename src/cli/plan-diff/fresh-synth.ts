import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SynthContent } from "../../domain/plan-diff/plan-diff";
import { runApp } from "../app-command";
import { SynthFolderError, readSynthFolder } from "./read-synth-folder";

/** A fresh synth's content, or the app's report of why it failed (its problems as a list, or its crash condensed). */
export type FreshSynth = { readonly content: SynthContent } | { readonly failure: string };

/**
 * Runs the app command (cdktf.json's `app`) in the working folder with its output sent to a temporary folder
 * (WATCHKEEPER_OUTDIR for dist/, CDKTF_OUTDIR for cdktf.out/), reads that output and removes the folder. The
 * project's own dist/ and cdktf.out/ are left as they are.
 */
export function freshSynth(app: string): FreshSynth {
  const folder = mkdtempSync(join(tmpdir(), "watchkeeper-diff-"));
  try {
    const outcome = runApp("diff", app, { WATCHKEEPER_OUTDIR: join(folder, "dist"), CDKTF_OUTDIR: join(folder, "cdktf.out") });
    if (!outcome.ok) {
      return outcome;
    }
    try {
      return { content: readSynthFolder(folder) };
    } catch (error) {
      if (error instanceof SynthFolderError) {
        return {
          failure:
            "watchkeeper diff: the app wrote no synth output where watchkeeper diff asked (WATCHKEEPER_OUTDIR and CDKTF_OUTDIR): " +
            "let MonitoringApp choose its folders (no outdir or terraformOutdir props), and end the app with app.run()\n",
        };
      }
      throw error;
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
