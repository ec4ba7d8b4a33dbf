#!/usr/bin/env node
import { Command } from "commander";
import { registerDiff } from "./commands/diff";
import { registerInit } from "./commands/init";
import { registerStatusPage } from "./commands/status-page";
import { registerSynth } from "./commands/synth";
import { registerTest } from "./commands/test";
import { registerValidate } from "./commands/validate";

const program = new Command("watchkeeper").description("Monitoring as code: SLOs, alerts, dashboards and on-call routing");
registerSynth(program);
registerTest(program);
registerValidate(program);
registerDiff(program);
registerStatusPage(program);
registerInit(program);
program.parseAsync(process.argv).catch((error: Error) => {
  console.error(`watchkeeper: ${error.message}`);
  process.exitCode = 1;
});
