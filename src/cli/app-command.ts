import type { SpawnSyncReturns } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { condensedCrash } from "../readable-error";

/**
 * The app command of cdktf.json in the working folder (the project root), the same entry `cdktf synth` runs; or,
 * when there is none, why, prefixed with the command's name.
 */
export function appCommand(commandName: string): { readonly app: string } | { readonly problem: string } {
  if (!existsSync("cdktf.json")) {
    return { problem: `watchkeeper ${commandName}: no cdktf.json here; run it from the project root, whose cdktf.json names the app` };
  }
  const { app } = JSON.parse(readFileSync("cdktf.json", "utf8")) as { app?: string };
  if (app === undefined) {
    return { problem: `watchkeeper ${commandName}: cdktf.json has no "app" command, e.g. "npx tsx stacks/main.ts"` };
  }
  return { app };
}

/**
 * What a finished app run wrote on its standard error, as a person reads it: as it is when the app succeeded or
 * reported its own problems (an app ending in `app.run()` lists them), Node's report of a crash condensed to the
 * error and where it happened. Ends with a newline unless empty.
 */
export function appReport(result: SpawnSyncReturns<string>): string {
  const stderr = result.stderr ?? "";
  const report = result.status === 0 ? stderr : (condensedCrash(stderr) ?? stderr);
  return report.endsWith("\n") || report === "" ? report : `${report}\n`;
}
