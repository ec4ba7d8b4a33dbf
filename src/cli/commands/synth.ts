import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Command } from "commander";
import { SYNTH_RECEIPT } from "../../app-environment";
import { appCommand, runApp } from "../app-command";
import { commandAction, CommandError, ONE_FOR_ALL } from "../command-action";

/**
 * `watchkeeper synth`: runs the app command of cdktf.json, the same entry `cdktf synth` runs. The app's output is
 * shown as it is (an app ending in `app.run()` prints its summary or its problems); when the app crashed with an
 * error nobody caught, Node's report is condensed to the error and where it happened. An app that ends without
 * synthesizing (no `app.run()` or `app.synth()`) is an error, not a silent success.
 */
function synth(): number {
  const app = appCommand();
  const folder = mkdtempSync(join(tmpdir(), "watchkeeper-synth-"));
  const receipt = join(folder, "receipt.json");
  try {
    const outcome = runApp("synth", app, { [SYNTH_RECEIPT]: receipt });
    process.stdout.write(outcome.stdout);
    if (!outcome.ok) {
      process.stderr.write(outcome.failure);
      return 1;
    }
    process.stderr.write(outcome.stderr);
    if (!existsSync(receipt)) {
      throw new CommandError(`the app "${app}" ended without synthesizing anything; end it with app.run() (or app.synth()) on its MonitoringApp`);
    }
    return 0;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Registers `watchkeeper synth`. */
export function registerSynth(program: Command): void {
  program
    .command("synth")
    .description("synthesize the app named in cdktf.json (Terraform JSON, Kubernetes YAML, rule files, dashboards, tests)")
    .addHelpText(
      "after",
      "\nExit codes:\n  0  written\n  1  a usage error (an unknown option, a missing value), no usable cdktf.json or app file, the app has problems (listed), crashed, declares no stack or did not synthesize",
    )
    .action(commandAction("synth", ONE_FOR_ALL, synth));
}
