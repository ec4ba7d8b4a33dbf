import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SynthContent } from "../../domain/plan-diff/plan-diff";
import { runApp } from "../app-command";
import { SynthFolderError, readSynthFolder } from "./read-synth-folder";

/** What a synth into a temporary folder gave, or the app's report of why it failed (its problems, or its crash condensed). */
export type SynthRead<T> = { readonly content: T } | { readonly failure: string };

/** A fresh synth's content, or the app's report of why it failed. */
export type FreshSynth = SynthRead<SynthContent>;

/**
 * Runs the app command (cdktf.json's `app`) in the working folder with its output sent to a temporary folder
 * (WATCHKEEPER_OUTDIR for dist/, CDKTF_OUTDIR for cdktf.out/), reads that output with `read` and removes the folder.
 * The project's own dist/ and cdktf.out/ are left as they are.
 * @param commandName the command that runs the app, named in its messages
 * @param read reads the output folder; a SynthFolderError means the app wrote elsewhere
 * @param env more environment variables for the app
 */
export function synthIntoTemporaryFolder<T>(
  commandName: string,
  app: string,
  read: (folder: string) => T,
  env: Readonly<Record<string, string>> = {},
): SynthRead<T> {
  const folder = mkdtempSync(join(tmpdir(), "watchkeeper-synth-"));
  try {
    const outcome = runApp(commandName, app, { ...env, WATCHKEEPER_OUTDIR: join(folder, "dist"), CDKTF_OUTDIR: join(folder, "cdktf.out") });
    if (!outcome.ok) {
      return outcome;
    }
    try {
      return { content: read(folder) };
    } catch (error) {
      if (error instanceof SynthFolderError) {
        return {
          failure:
            `watchkeeper ${commandName}: the app wrote no synth output where watchkeeper ${commandName} asked (WATCHKEEPER_OUTDIR and CDKTF_OUTDIR): ` +
            "let MonitoringApp choose its folders (no outdir or terraformOutdir props), and end the app with app.run()\n",
        };
      }
      throw error;
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The app's synth, read as `watchkeeper diff` compares it (see synthIntoTemporaryFolder). */
export function freshSynth(app: string): FreshSynth {
  return synthIntoTemporaryFolder("diff", app, readSynthFolder);
}
