#!/usr/bin/env node
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { condensedCrash } from "../readable-error";
import { checkRules, filesEndingWith, limited, requireTool, testRules, type ToolResult } from "./promtool";

/**
 * `watchkeeper synth`: runs the app command of cdktf.json, the same entry `cdktf synth` runs, and exits with its
 * exit code. The app's output is shown as it is (an app ending in `app.run()` prints its summary or its problems);
 * when the app crashed with an error nobody caught, Node's report is condensed to the error and where it happened.
 */
function synth(): number {
  if (!existsSync("cdktf.json")) {
    console.error("watchkeeper synth: no cdktf.json here; run it from the project root, whose cdktf.json names the app");
    return 1;
  }
  const { app } = JSON.parse(readFileSync("cdktf.json", "utf8")) as { app?: string };
  if (app === undefined) {
    console.error('watchkeeper synth: cdktf.json has no "app" command, e.g. "npx tsx stacks/main.ts"');
    return 1;
  }
  const result = spawnSync(app, { shell: true, stdio: ["inherit", "inherit", "pipe"], encoding: "utf8" });
  const status = result.status ?? 1;
  const stderr = result.stderr ?? "";
  const report = status === 0 ? stderr : (condensedCrash(stderr) ?? stderr);
  process.stderr.write(report.endsWith("\n") || report === "" ? report : `${report}\n`);
  return status;
}

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

const program = new Command("watchkeeper").description("Monitoring as code: SLOs, alerts, dashboards and on-call routing");
program
  .command("synth")
  .description("synthesize the app named in cdktf.json (Terraform JSON, Kubernetes YAML, rule files, dashboards, tests)")
  .action(() => {
    process.exitCode = synth();
  });
program
  .command("test")
  .description("check the synthesized rule files with promtool and run their generated tests")
  .option("--outdir <folder>", "the folder synth wrote to", "dist")
  .action(async (options: { outdir: string }) => {
    process.exitCode = await test(options.outdir);
  });
program.parseAsync(process.argv).catch((error: Error) => {
  console.error(`watchkeeper: ${error.message}`);
  process.exitCode = 1;
});
