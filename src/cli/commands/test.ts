import type { Command } from "commander";
import { ruleTestReport } from "../checks/rule-test-report";
import { runRuleTests } from "../checks/rule-tests";
import { requireTool } from "../checks/tools";

/** `watchkeeper test`: the generated promtool tests, reported per SLO (or monitor), per alert and per scenario. */
async function test(outdir: string, verbose: boolean): Promise<number> {
  requireTool("promtool");
  const run = await runRuleTests(outdir);
  if (run === undefined) {
    console.error(`watchkeeper test: no generated test in ${outdir}; run watchkeeper synth first`);
    return 1;
  }
  const report = ruleTestReport(run, verbose);
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
      "\nOne promtool test rules process per stack (and, for failures, one more that finds when the failing alerts\n" +
        "really fired). Each SLO or monitor is listed with its test files and tests, then each alert its tests cover;\n" +
        "a failing alert gets one line per scenario: expected at T, fired at T'; never fired; fired but not expected.\n" +
        "Alerts of the rule files that no generated test checks are listed. A rule promtool cannot parse is shown\n" +
        "with its expression laid out and the place marked. watchkeeper validate checks the files themselves.\n" +
        "\nExit codes:\n  0  every test passed\n  1  a test failed, promtool is missing, or nothing was synthesized",
    )
    .action(async (options: { outdir: string; verbose?: boolean }) => {
      process.exitCode = await test(options.outdir, options.verbose === true);
    });
}
