import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import type { Command } from "commander";
import { condensedCrash } from "../../readable-error";

/**
 * `watchkeeper synth`: runs the app command of cdktf.json, the same entry `cdktf synth` runs, and exits with its
 * exit code. The app's output is shown as it is (an app ending in `app.run()` prints its summary or its problems);
 * when the app crashed with an error nobody caught, Node's report is condensed to the error and where it happened.
 */
function synth(): number {
  if (!existsSync("cdktf.json")) {
    console.error("watchkeeper synth: no cdktf.json here; run it from the project root, whose cdktf.json names the app");
    return 1;
  }
  const { app } = JSON.parse(readFileSync("cdktf.json", "utf8")) as { app?: string };
  if (app === undefined) {
    console.error('watchkeeper synth: cdktf.json has no "app" command, e.g. "npx tsx stacks/main.ts"');
    return 1;
  }
  const result = spawnSync(app, { shell: true, stdio: ["inherit", "inherit", "pipe"], encoding: "utf8" });
  const status = result.status ?? 1;
  const stderr = result.stderr ?? "";
  const report = status === 0 ? stderr : (condensedCrash(stderr) ?? stderr);
  process.stderr.write(report.endsWith("\n") || report === "" ? report : `${report}\n`);
  return status;
}

/** Registers `watchkeeper synth`. */
export function registerSynth(program: Command): void {
  program
    .command("synth")
    .description("synthesize the app named in cdktf.json (Terraform JSON, Kubernetes YAML, rule files, dashboards, tests)")
    .addHelpText("after", "\nExit codes:\n  0  written\n  1  the app has problems (listed) or crashed")
    .action(() => {
      process.exitCode = synth();
    });
}
