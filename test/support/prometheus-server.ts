import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { limited, run } from "../../src/cli/checks/tools";

/** A Prometheus server the tests started, and how to stop it. */
export interface RunningPrometheus {
  readonly url: string;
  stop(): Promise<void>;
}

/** A port on 127.0.0.1 nothing listens on now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitUntilReady(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`prometheus exited with ${child.exitCode}:\n${log()}`);
    }
    const ready = await fetch(`${url}/-/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`prometheus was not ready within a minute:\n${log()}`);
}

/** Writes each OpenMetrics text to `folder` and turns it into TSDB blocks in `data`, two promtool processes at a time. */
async function backfill(folder: string, texts: readonly string[], data: string): Promise<void> {
  const tasks = texts.map((text, index) => async () => {
    const file = join(folder, `history-${index}.om`);
    writeFileSync(file, text);
    const result = await run("promtool", ["tsdb", "create-blocks-from", "openmetrics", "--quiet", file, data]);
    if (!result.ok) {
      throw new Error(`promtool could not backfill ${file}:\n${result.output}`);
    }
  });
  await limited(tasks, 2);
}

/**
 * Starts the Debian `prometheus` on 127.0.0.1 with `folder/data` backfilled from OpenMetrics texts (through
 * `promtool tsdb create-blocks-from openmetrics`), the rule files evaluated and the scrape target scraped every
 * `interval`.
 */
export async function startPrometheus(options: {
  readonly folder: string;
  readonly history: readonly string[];
  readonly ruleFiles: readonly string[];
  readonly interval: string;
  /** `host:port` scraped as job "fixture", its instance label "fixture". */
  readonly scrapeTarget: string;
  /** The port the server listens on, on 127.0.0.1. */
  readonly port: number;
}): Promise<RunningPrometheus> {
  const { folder } = options;
  const data = join(folder, "data");
  mkdirSync(data, { recursive: true });
  await backfill(folder, options.history, data);
  const config = join(folder, "prometheus.yml");
  const scrape = {
    job_name: "fixture",
    static_configs: [{ targets: [options.scrapeTarget] }],
    relabel_configs: [{ target_label: "instance", replacement: "fixture" }],
  };
  writeFileSync(
    config,
    JSON.stringify({
      global: { evaluation_interval: options.interval, scrape_interval: options.interval },
      rule_files: options.ruleFiles,
      scrape_configs: [scrape],
    }),
  );
  const { port } = options;
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    "prometheus",
    [
      `--config.file=${config}`,
      `--storage.tsdb.path=${data}`,
      "--storage.tsdb.retention.time=10y",
      `--web.listen-address=127.0.0.1:${port}`,
    ],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  let log = "";
  child.stderr?.on("data", (chunk) => (log = (log + chunk).slice(-4000)));
  await waitUntilReady(url, child, () => log);
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
