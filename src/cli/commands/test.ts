import type { Command } from "commander";
import { commandAction, CommandError, ONE_FOR_ALL } from "../command-action";
import { ruleTestReport } from "../checks/rule-test-report";
import { runRuleTests } from "../checks/rule-tests";
import { requireTool } from "../checks/tools";

/** `watchkeeper test`: the generated promtool tests, reported per SLO (or monitor), per alert and per scenario. */
async function test(options: { outdir: string; verbose?: boolean }): Promise<number> {
  requireTool("promtool");
  const run = await runRuleTests(options.outdir);
  if (run === undefined) {
    throw new CommandError(`no generated test in ${options.outdir}; run watchkeeper synth first`);
  }
  const report = ruleTestReport(run, options.verbose === true);
  process.stdout.write(report.text);
  return report.ok ? 0 : 1;
}

/** Registers `watchkeeper test`. */
export function registerTest(program: Command): void {
  program
    .command("test")
    .description("run the generated promtool tests of the synthesized alerts, reported per SLO, per alert and per scenario")
    .option("--outdir <folder>", "the folder synth wrote to", "dist")
    .option("--verbose", "list every scenario of passing alerts too, and promtool's own report under each failure")
    .addHelpText(
      "after",
      "\nEach distinct test runs once: a test file another stack holds up to its label values (staging's copy of\n" +
        "production's) passes with it, and is run too only when it fails. The files are dealt out to one promtool test\n" +
        "rules process per core (and, for failures, one more per stack finds when the failing alerts really fired). Each SLO or monitor is listed with its test files and tests, then each alert its tests cover;\n" +
        "a failing alert gets one line per scenario: expected at T, fired at T'; never fired; fired but not expected.\n" +
        "Alerts of the rule files that no generated test checks are listed. A rule promtool cannot parse is shown\n" +
        "with its expression laid out and the place marked. watchkeeper validate checks the files themselves.\n" +
        "\nExit codes:\n  0  every test passed\n  1  a usage error (an unknown option, a missing value), a test failed, promtool is missing, nothing was synthesized, --outdir is a file, or a test file is\n" +
        "     not what synth writes (not YAML, or of another shape: the file named)",
    )
    .action(commandAction("test", ONE_FOR_ALL, test));
}
