import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { CommandError } from "../command-action";

/** The outcome of one run of a checker (promtool, amtool). */
export interface ToolResult {
  readonly command: string;
  readonly ok: boolean;
  readonly output: string;
}

/** The checkers Watchkeeper runs, with the Debian package that installs each. */
export const TOOL_PACKAGES = { promtool: "prometheus", amtool: "prometheus-alertmanager" } as const;

/** A checker Watchkeeper runs the generated output through. */
export type CheckerTool = keyof typeof TOOL_PACKAGES;

/**
 * How the checks start the checkers: `run` a tool with its output merged, and whether one is `installed` (answers
 * `--version`). Commands run in a test's own process replace them.
 */
export const checkerProcesses = {
  /**
   * Runs a command and resolves with its output, without throwing on failure. Its standard error is merged into its
   * standard output by a shell, so the output keeps the order the tool wrote it in (promtool reports a file's name
   * on one stream and its failure on the other).
   */
  run(tool: string, args: readonly string[], cwd?: string, env: Readonly<Record<string, string>> = {}): Promise<ToolResult> {
    return new Promise((resolve) => {
      const child = spawn("sh", ["-c", 'exec "$0" "$@" 2>&1', tool, ...args], { cwd, env: { ...process.env, ...env } });
      let output = "";
      child.stdout.on("data", (chunk) => (output += chunk));
      child.stderr.on("data", (chunk) => (output += chunk));
      child.on("error", (error) => resolve({ command: `${tool} ${args.join(" ")}`, ok: false, output: error.message }));
      child.on("close", (code) => resolve({ command: `${tool} ${args.join(" ")}`, ok: code === 0, output }));
    });
  },
  installed(tool: CheckerTool): boolean {
    const found = spawnSync(tool, ["--version"], { encoding: "utf8" });
    return found.error === undefined && found.status === 0;
  },
};

/** Why a checker cannot run (not on the PATH) and how to install it, or undefined when it is there. */
export function missingTool(tool: CheckerTool): string | undefined {
  return checkerProcesses.installed(tool) ? undefined : `${tool} is not installed; install it with: apt-get install ${TOOL_PACKAGES[tool]} (or download it from prometheus.io)`;
}

/** Throws the message of {@link missingTool} as a CommandError (exit code 1) when a checker is not on the PATH. */
export function requireTool(tool: CheckerTool): void {
  const missing = missingTool(tool);
  if (missing !== undefined) {
    throw new CommandError(missing);
  }
}

/**
 * Runs a checker through {@link checkerProcesses}, with `env` added to this process's environment: its merged
 * output, never throwing on failure.
 */
export function run(tool: string, args: readonly string[], cwd?: string, env?: Readonly<Record<string, string>>): Promise<ToolResult> {
  return checkerProcesses.run(tool, args, cwd, env);
}

/**
 * The environment `promtool test rules` runs in: Go's garbage collector target (GOGC, "the initial garbage
 * collection target percentage", Go's runtime package) at 400 instead of Go's default of 100, unless it is set. A
 * rule test holds every input sample in memory and evaluates each rule at every step, and at 100 collecting took a
 * quarter to two fifths of its CPU on the example organisation's tests (each half of them: 9.5 s instead of 12.8 s,
 * 5.1 s instead of 8.6 s), at about 300 MB of memory instead of 145 MB.
 */
export function ruleTestEnvironment(): Record<string, string> {
  return { GOGC: process.env.GOGC ?? "400" };
}

/** Files of a folder (not recursive) whose names end with a suffix, sorted; none when the folder is missing. */
export function filesEndingWith(folder: string, suffix: string): string[] {
  return existsSync(folder)
    ? readdirSync(folder).filter((name) => name.endsWith(suffix)).sort().map((name) => join(folder, name))
    : [];
}

/** `promtool check rules` on rule files, named relative to `cwd` when given. */
export function checkRules(files: readonly string[], cwd?: string): Promise<ToolResult> {
  return run("promtool", ["check", "rules", ...files], cwd);
}

/**
 * `promtool test rules` on the test files of one folder, in one process (one start-up, however many SLOs), run from
 * the folder since rule files are named relative to it. promtool reports each file and fails if any fails.
 */
export function testRules(testFiles: readonly string[], folder: string): Promise<ToolResult> {
  return run("promtool", ["test", "rules", ...testFiles.map((file) => relative(folder, file))], folder, ruleTestEnvironment());
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
