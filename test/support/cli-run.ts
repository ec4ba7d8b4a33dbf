import { CommanderError } from "commander";
import { expect, vi } from "vitest";
import { watchkeeperProgram } from "../../src/cli/program";

/** What `watchkeeper …` did, run in this process: its exit code and what it printed on each stream. */
export interface CommandRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `watchkeeper <args>` in this process, as main.ts runs it (usage errors thrown by commander become their exit
 * code), in the folder `cwd` when given, capturing standard output and error. Fails when the run ends in an error
 * main.ts would have to catch: every failure must be a message and an exit code of the command's own.
 */
export async function runWatchkeeper(args: readonly string[], cwd?: string): Promise<CommandRun> {
  const out: string[] = [];
  const err: string[] = [];
  const capture = (into: string[]) => (chunk: unknown) => {
    into.push(String(chunk));
    return true;
  };
  const spies = [
    vi.spyOn(process.stdout, "write").mockImplementation(capture(out)),
    vi.spyOn(process.stderr, "write").mockImplementation(capture(err)),
    vi.spyOn(console, "log").mockImplementation((...parts: unknown[]) => void out.push(`${parts.join(" ")}\n`)),
    vi.spyOn(console, "error").mockImplementation((...parts: unknown[]) => void err.push(`${parts.join(" ")}\n`)),
  ];
  const folder = process.cwd();
  process.exitCode = undefined;
  let code: number;
  try {
    if (cwd !== undefined) process.chdir(cwd);
    await watchkeeperProgram().parseAsync(["node", "watchkeeper", ...args]);
    code = Number(process.exitCode ?? 0);
  } catch (error) {
    if (!(error instanceof CommanderError)) {
      throw new Error(`watchkeeper ${args.join(" ")} ended in an error nobody caught: ${String(error)}`);
    }
    code = error.exitCode;
  } finally {
    process.chdir(folder);
    process.exitCode = undefined;
    spies.forEach((spy) => spy.mockRestore());
  }
  return { code, stdout: out.join(""), stderr: err.join("") };
}

/** Words that belong to Node, a library or a stack trace rather than to a message of Watchkeeper's. */
const RAW = [
  /^\s+at .+\(.+:\d+:\d+\)$/m,
  /at Object\.<anonymous>/,
  /node:internal/,
  /\b(TypeError|ReferenceError|RangeError|SyntaxError)\b/,
  /Cannot read propert|is not a function|is not iterable|Cannot destructure/,
  /\bE(NOENT|ISDIR|NOTDIR|ACCES|NAMETOOLONG|EXIST)\b: /,
  /There is already a Construct/,
  /stopped on an error of its own/,
];

/**
 * Checks a run's outcome as every command documents it: an exit code of `documented`, and when it is not 0, a
 * message (on standard error, or standard output for formats that carry errors) that is one paragraph (no blank
 * line), names `mentions` when given, and holds no stack trace or internal wording.
 */
export function expectDocumentedOutcome(run: CommandRun, documented: readonly number[], mentions?: RegExp): void {
  expect(documented, `exit code ${run.code}; stderr: ${run.stderr}`).toContain(run.code);
  const text = `${run.stderr}${run.code === 0 ? "" : run.stdout}`;
  for (const pattern of RAW) {
    expect(text, `raw wording ${pattern} in:\n${text}`).not.toMatch(pattern);
  }
  if (run.code !== 0) {
    const message = run.stderr.trim() || run.stdout.trim();
    expect(message, "a failure says why").not.toBe("");
    expect(run.stderr.trim(), `one paragraph:\n${run.stderr}`).not.toMatch(/\n\s*\n/);
    if (mentions !== undefined) {
      expect(message).toMatch(mentions);
    }
  }
}
