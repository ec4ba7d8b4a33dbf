import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** The project root: tests and scripts run from it (npm runs them there). */
export const ROOT = process.cwd();

/**
 * The node arguments that run TypeScript (the example, a team's app, the command line) in a process of its own:
 * the project's tsx loaded, as `node --import tsx` does, in one process where the `tsx` command starts two.
 */
export const TSX_IMPORT: readonly string[] = ["--import", pathToFileURL(createRequire(join(ROOT, "package.json")).resolve("tsx")).href];

/**
 * What a team's terminal passes on to a command: PATH (node, npm, promtool) and HOME, nothing of this test run (no
 * TMPDIR, no secrets), plus `env`.
 */
export function terminalEnvironment(env: Readonly<Record<string, string>> = {}): Record<string, string> {
  return { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env };
}

/** The secret environment variables of the example organisation (DESIGN §5) and of the providers it uses. */
export const SECRET_VARIABLES = [
  "DATADOG_API_KEY",
  "DATADOG_APP_KEY",
  "DD_API_KEY",
  "DD_APP_KEY",
  "PAGERDUTY_TOKEN",
  "PAGERDUTY_INTEGRATION_KEY",
  "GRAFANA_API_KEY",
  "GRAFANA_AUTH",
  "SENTRY_AUTH_TOKEN",
  "SENTRY_DSN",
  "SLACK_WEBHOOK_URL",
  "ELASTICSEARCH_PASSWORD",
  "ELASTICSEARCH_API_KEY",
];

/**
 * Synthesizes the example organisation (stacks/main.ts) into a new temporary folder, in a clean environment
 * plus `env`, and returns the folder: `<folder>/cdktf.out/…` and `<folder>/dist/…`.
 */
export function synthExample(env: Record<string, string> = {}): string {
  const folder = mkdtempSync(join(tmpdir(), "watchkeeper-example-"));
  const result = spawnSync(process.execPath, [...TSX_IMPORT, join(ROOT, "stacks/main.ts")], {
    cwd: folder,
    env: terminalEnvironment(env),
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`synth of the example organisation failed:\n${result.stdout}\n${result.stderr}`);
  }
  return folder;
}
