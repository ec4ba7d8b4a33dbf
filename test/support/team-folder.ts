import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, terminalEnvironment, TSX_IMPORT } from "./example";

/** The command line's entry, `watchkeeper` as a team runs it. */
export const CLI = join(ROOT, "src/cli/main.ts");

/**
 * A team's folder: `main.ts`, an app whose `lines` come after `const app = new MonitoringApp();` (with every
 * constructor of the package in scope), then `ending`; and a cdktf.json running it, as in a team's repository.
 */
export function teamAppFolder(lines: readonly string[], ending = "app.run();"): string {
  const folder = mkdtempSync(join(tmpdir(), "watchkeeper-team-"));
  const app = [`import * as watchkeeper from ${JSON.stringify(join(ROOT, "constructs"))};`, "const { MonitoringApp, MonitoringStack, OnCallTeam, ServiceSlo } = watchkeeper;", "const app = new MonitoringApp();", ...lines, ending, ""];
  writeFileSync(join(folder, "main.ts"), app.join("\n"));
  writeFileSync(join(folder, "cdktf.json"), JSON.stringify({ app: [process.execPath, ...TSX_IMPORT, "main.ts"].join(" ") }));
  return folder;
}

/**
 * Runs a TypeScript file (`args`: the file, then its arguments) in the folder, as a person would in a terminal: a
 * clean environment plus `env`.
 */
export function runInFolder(folder: string, args: readonly string[], env: Readonly<Record<string, string>> = {}) {
  const result = spawnSync(process.execPath, [...TSX_IMPORT, ...args], { cwd: folder, encoding: "utf8", env: terminalEnvironment(env) });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
