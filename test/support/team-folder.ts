import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./example";

/** The tsx of the project, which runs a team's app and the command line from its TypeScript. */
export const TSX = join(ROOT, "node_modules/.bin/tsx");

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
  writeFileSync(join(folder, "cdktf.json"), JSON.stringify({ app: `${TSX} main.ts` }));
  return folder;
}

/** Runs tsx with `args` in the folder, as a person would in a terminal: a clean environment plus `env`. */
export function runInFolder(folder: string, args: readonly string[], env: Readonly<Record<string, string>> = {}) {
  const result = spawnSync(TSX, args, { cwd: folder, encoding: "utf8", env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
