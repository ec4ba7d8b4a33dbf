import { Command, Help, type Option } from "commander";
import { registerAdopt } from "./commands/adopt";
import { registerDiff } from "./commands/diff";
import { registerGate } from "./commands/gate";
import { registerGraph } from "./commands/graph";
import { registerInit } from "./commands/init";
import { registerInterchange } from "./commands/interchange";
import { registerReport } from "./commands/report";
import { registerStatusPage } from "./commands/status-page";
import { registerSynth } from "./commands/synth";
import { registerTest } from "./commands/test";
import { registerValidate } from "./commands/validate";
import { ownManifest } from "./scaffold/own-manifest";

/** Help that marks the options a command cannot run without (commander's `requiredOption`). */
const helpConfiguration = {
  optionDescription(this: Help, option: Option): string {
    const description = Help.prototype.optionDescription.call(this, option);
    return option.mandatory ? `${description} (required)` : description;
  },
};

/**
 * The `watchkeeper` command line: every command, its options and its help (required options marked), and
 * `--version`, the version of the installed package.
 */
export function watchkeeperProgram(): Command {
  const program = new Command("watchkeeper")
    .description("Monitoring as code: SLOs, alerts, dashboards and on-call routing")
    .version(ownManifest().version, "-V, --version", "print watchkeeper's version")
    .configureHelp(helpConfiguration)
    // Usage errors throw (main.ts exits with their code) instead of ending the process: commands can run in-process.
    .exitOverride();
  registerSynth(program);
  registerDiff(program);
  registerValidate(program);
  registerGraph(program);
  registerTest(program);
  registerGate(program);
  registerReport(program);
  registerStatusPage(program);
  registerInit(program);
  registerInterchange(program);
  registerAdopt(program);
  return program.addHelpText("after", "\nwatchkeeper <command> --help documents each command's options and exit codes.");
}
