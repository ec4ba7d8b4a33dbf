import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { condensedCrash } from "../readable-error";
import { CommandError } from "./command-action";
import { readJsonFile } from "./input-files";
import { shape, shapeProblems } from "./shapes";

const CDKTF_JSON = "cdktf.json";
const EXAMPLE = 'e.g. {"app": "npx tsx main.ts"}';
const CDKTF_SHAPE = shape.object({ app: shape.nonEmptyText }, ["app"]);
/** Words of an app command that name a script file, which must exist for the command to run it (URLs aside). */
const SCRIPT = /^(?![a-zA-Z][a-zA-Z0-9+.-]*:\/\/)[^-=$`'"][^=$`'"]*\.(?:[cm]?[jt]sx?)$/;

/**
 * The app command of cdktf.json in the working folder (the project root), the same entry `cdktf synth` runs.
 * Throws CommandError when there is no cdktf.json, it is not JSON, names no app, or the app's script file (a word
 * of the command ending in .ts, .js, …) does not exist.
 */
export function appCommand(): string {
  if (!existsSync(CDKTF_JSON)) {
    throw new CommandError(`no ${CDKTF_JSON} here; run it from the project root, whose ${CDKTF_JSON} names the app (${EXAMPLE})`);
  }
  const json = readJsonFile({ path: CDKTF_JSON, fix: `it names the app to synthesize, ${EXAMPLE}` });
  const problems = shapeProblems(CDKTF_SHAPE, json);
  if (problems.length > 0) {
    throw new CommandError(`${CDKTF_JSON} has no "app" command to run (${problems.join("; ")}); give one, ${EXAMPLE}`);
  }
  const app = (json as { app: string }).app;
  const missing = app.split(/\s+/).filter((word) => SCRIPT.test(word) && !existsSync(word));
  if (missing.length > 0) {
    throw new CommandError(
      `${CDKTF_JSON}'s app "${app}" runs ${missing.join(", ")}, which does not exist in ${resolve(".")}; create it, or fix "app" in ${CDKTF_JSON}`,
    );
  }
  return app;
}

/** What a finished run of the app gave. */
export interface AppRun {
  /** Its exit status; null when a signal ended it. */
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Why it could not be run at all, when it could not. */
  readonly error?: Error;
}

/**
 * How the CLI starts the app of cdktf.json: a shell runs the command line in the working folder, with the standard
 * input inherited and the environment given added. Commands run in a test's own process replace `run`.
 */
export const appProcesses = {
  run(command: string, env: Readonly<Record<string, string>>): AppRun {
    const result = spawnSync(command, { shell: true, env: { ...process.env, ...env }, stdio: ["inherit", "pipe", "pipe"], encoding: "utf8", maxBuffer: 1 << 28 });
    return { status: result.status, stdout: result.stdout ?? "", stderr: result.stderr ?? "", error: result.error };
  },
};

/**
 * What a failed app run wrote on its standard error, as a person reads it: as it is when the app reported its own
 * problems (an app ending in `app.run()` lists them), Node's report of a crash condensed to the error and where it
 * happened. Ends with a newline unless empty.
 */
export function appReport(stderr: string): string {
  const report = condensedCrash(stderr) ?? stderr;
  return report.endsWith("\n") || report === "" ? report : `${report}\n`;
}

/** A finished app run: its output, or what to print about its failure (a text ending in a newline). */
export type AppOutcome = { readonly stdout: string } & ({ readonly ok: true; readonly stderr: string } | { readonly ok: false; readonly failure: string });

/** Why the shell could not start a command: exit codes 126 and 127, which no app of ours returns. */
const NOT_STARTED: Readonly<Record<number, string>> = { 126: "is not executable", 127: "was not found" };

/**
 * Runs the app command with `env` added to the environment. A failure is the app's own report (its problems, its
 * crash condensed), or `watchkeeper <commandName>: …` when the program the command names cannot be started or the
 * app failed without a word.
 */
export function runApp(commandName: string, app: string, env: Readonly<Record<string, string>>): AppOutcome {
  const result = appProcesses.run(app, env);
  const failed = (failure: string): AppOutcome => ({ ok: false, stdout: result.stdout, failure });
  const prefix = `watchkeeper ${commandName}: ${CDKTF_JSON}'s app "${app}"`;
  if (result.error !== undefined) {
    return failed(`${prefix} could not be run (${result.error.message}); check the command in ${CDKTF_JSON}\n`);
  }
  if (result.status === 0) {
    return { ok: true, stdout: result.stdout, stderr: result.stderr };
  }
  const said = result.stderr.trim().split("\n").pop() ?? "";
  const notStarted = result.status === null ? undefined : NOT_STARTED[result.status];
  if (notStarted !== undefined) {
    return failed(`${prefix} cannot be started: the program it runs ${notStarted} (${said}); run npm install, or fix "app" in ${CDKTF_JSON}\n`);
  }
  const ending = result.status === null ? "was stopped by a signal" : `failed with exit code ${result.status}`;
  return failed(appReport(result.stderr) || `${prefix} ${ending} and printed no reason; run it directly to see what it does\n`);
}
