import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";

/** The outcome of one promtool run. */
export interface ToolResult {
  readonly command: string;
  readonly ok: boolean;
  readonly output: string;
}

/** Throws a message naming the tool and how to install it when a checker is not on the PATH. */
export function requireTool(tool: "promtool" | "amtool", debianPackage: string): void {
  const found = spawnSync(tool, ["--version"], { encoding: "utf8" });
  if (found.error !== undefined || found.status !== 0) {
    throw new Error(
      `${tool} is not installed, and Watchkeeper's tests run the generated output through it; ` +
        `install it with: apt-get install ${debianPackage} (or download it from prometheus.io)`,
    );
  }
}

/** Runs a command and resolves with its combined output, without throwing on failure. */
export function run(tool: string, args: readonly string[], cwd?: string): Promise<ToolResult> {
  return new Promise((resolve) => {
    const child = spawn(tool, args, { cwd });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", (error) => resolve({ command: `${tool} ${args.join(" ")}`, ok: false, output: error.message }));
    child.on("close", (code) => resolve({ command: `${tool} ${args.join(" ")}`, ok: code === 0, output }));
  });
}

/** Files of a folder (not recursive) whose names end with a suffix, sorted; none when the folder is missing. */
export function filesEndingWith(folder: string, suffix: string): string[] {
  return existsSync(folder)
    ? readdirSync(folder).filter((name) => name.endsWith(suffix)).sort().map((name) => join(folder, name))
    : [];
}

/** `promtool check rules` on rule files. */
export function checkRules(files: readonly string[]): Promise<ToolResult> {
  return run("promtool", ["check", "rules", ...files]);
}

/**
 * `promtool test rules` on the test files of one folder, in one process (one start-up, however many SLOs), run from
 * the folder since rule files are named relative to it. promtool reports each file and fails if any fails.
 */
export function testRules(testFiles: readonly string[], folder: string): Promise<ToolResult> {
  return run("promtool", ["test", "rules", ...testFiles.map((file) => relative(folder, file))], folder);
}

/** Runs tasks with at most `limit` at a time, keeping their order in the result. */
export async function limited<T>(tasks: ReadonlyArray<() => Promise<T>>, limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}
