import { existsSync, readdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import type { Command } from "commander";
import { checkRules, filesEndingWith, limited, requireTool, testRules, type ToolResult } from "../promtool";

/**
 * `watchkeeper test`: every generated rule file through `promtool check rules`, and every rule test through promtool,
 * one process per stack, the stacks in parallel.
 */
async function test(outdir: string): Promise<number> {
  requireTool("promtool", "prometheus");
  const stacks = existsSync(outdir) ? readdirSync(outdir).sort() : [];
  const tasks: Array<() => Promise<ToolResult>> = [];
  for (const stack of stacks) {
    const rules = [...filesEndingWith(join(outdir, stack, "prometheus"), ".rules.yml"), ...filesEndingWith(join(outdir, stack, "tests"), ".rules.yml")];
    if (rules.length > 0) {
      tasks.push(() => checkRules(rules));
    }
    const tests = join(outdir, stack, "tests");
    const testFiles = filesEndingWith(tests, ".test.yml");
    if (testFiles.length > 0) {
      tasks.push(() => testRules(testFiles, tests));
    }
  }
  if (tasks.length === 0) {
    console.error(`watchkeeper test: nothing to test in ${outdir}; run watchkeeper synth first`);
    return 1;
  }
  const results = await limited(tasks, availableParallelism());
  for (const result of results) {
    console.log(`${result.ok ? "ok  " : "FAIL"} ${result.command}`);
    if (!result.ok) {
      console.log(result.output);
    }
  }
  const failed = results.filter((result) => !result.ok).length;
  console.log(`${results.length - failed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

/** Registers `watchkeeper test`. */
export function registerTest(program: Command): void {
  program
    .command("test")
    .description("check the synthesized rule files with promtool and run their generated tests")
    .option("--outdir <folder>", "the folder synth wrote to", "dist")
    .addHelpText("after", "\nExit codes:\n  0  every check and test passed\n  1  a check or test failed, or nothing was synthesized")
    .action(async (options: { outdir: string }) => {
      process.exitCode = await test(options.outdir);
    });
}
