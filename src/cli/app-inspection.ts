import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AppInspection } from "../app";
import { appCommand, appReport } from "./app-command";

/**
 * Runs the app of cdktf.json with WATCHKEEPER_INSPECT set, and reads what it declares (its graphs and its SLOs as
 * OpenSLO documents); or why it could not, as the message `watchkeeper <commandName>` prints.
 */
export function inspectApp(commandName: string): { inspection: AppInspection } | { failure: string } {
  const command = appCommand(commandName);
  if ("problem" in command) {
    return { failure: `${command.problem}\n` };
  }
  const folder = mkdtempSync(join(tmpdir(), "watchkeeper-inspect-"));
  const file = join(folder, "inspection.json");
  try {
    const env = { ...process.env, WATCHKEEPER_INSPECT: file };
    const result = spawnSync(command.app, { shell: true, env, stdio: ["inherit", "pipe", "pipe"], encoding: "utf8" });
    if (result.status !== 0) {
      return { failure: appReport(result) || `the app (${command.app}) failed with no message\n` };
    }
    if (!existsSync(file)) {
      return { failure: `watchkeeper ${commandName}: the app wrote nothing to read; end it with app.run(), which answers watchkeeper ${commandName}\n` };
    }
    return { inspection: JSON.parse(readFileSync(file, "utf8")) as AppInspection };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
