import { Command } from "commander";
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

/** The `watchkeeper` command line: every command, its options and its help. */
export function watchkeeperProgram(): Command {
  const program = new Command("watchkeeper").description("Monitoring as code: SLOs, alerts, dashboards and on-call routing");
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
