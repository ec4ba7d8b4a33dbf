#!/usr/bin/env node
import { Command } from "commander";
import { registerReport } from "./commands/report";
import { registerSynth } from "./commands/synth";
import { registerTest } from "./commands/test";
import { registerValidate } from "./commands/validate";

const program = new Command("watchkeeper").description("Monitoring as code: SLOs, alerts, dashboards and on-call routing");
registerSynth(program);
registerTest(program);
registerValidate(program);
registerReport(program);
program.parseAsync(process.argv).catch((error: Error) => {
  console.error(`watchkeeper: ${error.message}`);
  process.exitCode = 1;
});
