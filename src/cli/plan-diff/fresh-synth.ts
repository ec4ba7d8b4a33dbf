import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SynthContent } from "../../domain/plan-diff/plan-diff";
import { SynthFolderError, readSynthFolder } from "./read-synth-folder";

/** What a synth into a temporary folder gave, or the app's report of why it failed (its problems, or its crash condensed). */
export type SynthRead<T> = { readonly content: T } | { readonly failure: string };

/** A fresh synth's content, or the app's report of why it failed. */
export type FreshSynth = SynthRead<SynthContent>;

/**
 * Runs the app command (cdktf.json's `app`) in the working folder with its output sent to a temporary folder
 * (WATCHKEEPER_OUTDIR for dist/, CDKTF_OUTDIR for cdktf.out/), reads that output with `read` and removes the folder.
 * The project's own dist/ and cdktf.out/ are left as they are.
 * @param report turns the finished run into what a person reads (the app's problems or its crash)
 * @param read reads the output folder; a SynthFolderError means the app wrote elsewhere
 * @param env more environment variables for the app
 */
export function synthIntoTemporaryFolder<T>(
  app: string,
  report: (result: SpawnSyncReturns<string>) => string,
  read: (folder: string) => T,
  env: Readonly<Record<string, string>> = {},
): SynthRead<T> {
  const folder = mkdtempSync(join(tmpdir(), "watchkeeper-synth-"));
  try {
    const variables = { ...process.env, ...env, WATCHKEEPER_OUTDIR: join(folder, "dist"), CDKTF_OUTDIR: join(folder, "cdktf.out") };
    const result = spawnSync(app, { shell: true, env: variables, stdio: ["inherit", "pipe", "pipe"], encoding: "utf8" });
    if (result.status !== 0) {
      return { failure: report(result) || `the app (${app}) failed with no message\n` };
    }
    try {
      return { content: read(folder) };
    } catch (error) {
      if (error instanceof SynthFolderError) {
        return {
          failure:
            "the app wrote no output where watchkeeper asked (WATCHKEEPER_OUTDIR and CDKTF_OUTDIR): " +
            "let MonitoringApp choose its folders (no outdir or terraformOutdir props) for watchkeeper to see its synth\n",
        };
      }
      throw error;
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The app's synth, read as `watchkeeper diff` compares it (see synthIntoTemporaryFolder). */
export function freshSynth(app: string, report: (result: SpawnSyncReturns<string>) => string): FreshSynth {
  return synthIntoTemporaryFolder(app, report, readSynthFolder);
}
