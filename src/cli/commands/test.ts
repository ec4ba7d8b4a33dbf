import type { Command } from "commander";
import { ruleTestReport } from "../checks/rule-test-report";
import { runRuleTests } from "../checks/rule-tests";
import { requireTool } from "../checks/tools";

/** `watchkeeper test`: the generated promtool tests, reported per SLO (or monitor) and per alert. */
async function test(outdir: string): Promise<number> {
  requireTool("promtool");
  const run = await runRuleTests(outdir);
  if (run === undefined) {
    console.error(`watchkeeper test: no generated test in ${outdir}; run watchkeeper synth first`);
    return 1;
  }
  const report = ruleTestReport(run.coverage, run.verdicts);
  process.stdout.write(report.text);
  return report.ok ? 0 : 1;
}

/** Registers `watchkeeper test`. */
export function registerTest(program: Command): void {
  program
    .command("test")
    .description("run the generated promtool tests of the synthesized alerts, reported per SLO and per alert")
    .option("--outdir <folder>", "the folder synth wrote to", "dist")
    .addHelpText(
      "after",
      "\nOne promtool test rules process per stack. Each SLO or monitor is listed with its test files and tests, then each\n" +
        "alert its tests cover, ok or FAIL with promtool's explanation. watchkeeper validate checks the files themselves.\n" +
        "\nExit codes:\n  0  every test passed\n  1  a test failed, promtool is missing, or nothing was synthesized",
    )
    .action(async (options: { outdir: string }) => {
      process.exitCode = await test(options.outdir);
    });
}
