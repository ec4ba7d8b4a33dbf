import { spawnSync } from "node:child_process";
import type { Command } from "commander";
import { appCommand, appReport } from "../app-command";

/**
 * `watchkeeper synth`: runs the app command of cdktf.json, the same entry `cdktf synth` runs, and exits with its
 * exit code. The app's output is shown as it is (an app ending in `app.run()` prints its summary or its problems);
 * when the app crashed with an error nobody caught, Node's report is condensed to the error and where it happened.
 */
function synth(): number {
  const command = appCommand("synth");
  if ("problem" in command) {
    console.error(command.problem);
    return 1;
  }
  const result = spawnSync(command.app, { shell: true, stdio: ["inherit", "inherit", "pipe"], encoding: "utf8" });
  process.stderr.write(appReport(result));
  return result.status ?? 1;
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
