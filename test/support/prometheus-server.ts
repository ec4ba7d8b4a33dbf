import { mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { limited, run } from "../../src/cli/checks/tools";
import { startDaemon } from "./daemon";

/** A Prometheus server the tests started, and how to stop it. */
export interface RunningPrometheus {
  readonly url: string;
  /** Reloads its configuration file (and the rule files it names), as `kill -HUP` would. */
  reload(): Promise<void>;
  /** The end of its log. */
  log(): string;
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

/** Writes each OpenMetrics text to `folder` and turns it into TSDB blocks in `data`, two promtool processes at a time. */
export async function backfill(folder: string, texts: readonly string[], data: string): Promise<void> {
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
 * Starts the Debian `prometheus` on 127.0.0.1:`port` with a configuration (written as `folder/prometheus.yml`) and
 * `folder/data` backfilled from OpenMetrics texts (through `promtool tsdb create-blocks-from openmetrics`). It runs
 * in a process group of its own; `stop` ends the group.
 */
export async function startPrometheusServer(options: {
  readonly folder: string;
  readonly port: number;
  readonly history: readonly string[];
  /** The configuration file's content (JSON is YAML). */
  readonly config: object;
  /**
   * More command-line flags, e.g. `--rules.alert.resend-delay=1s`.
   * @default none
   */
  readonly flags?: readonly string[];
}): Promise<RunningPrometheus> {
  const { folder, port } = options;
  const data = join(folder, "data");
  mkdirSync(data, { recursive: true });
  await backfill(folder, options.history, data);
  const config = join(folder, "prometheus.yml");
  writeFileSync(config, JSON.stringify(options.config, null, 2));
  const url = `http://127.0.0.1:${port}`;
  const daemon = await startDaemon({
    name: "prometheus",
    command: "prometheus",
    args: [
      `--config.file=${config}`,
      `--storage.tsdb.path=${data}`,
      "--storage.tsdb.retention.time=10y",
      `--web.listen-address=127.0.0.1:${port}`,
      "--web.enable-lifecycle",
      ...(options.flags ?? []),
    ],
    readyUrl: `${url}/-/ready`,
  });
  return {
    url,
    log: daemon.log,
    stop: daemon.stop,
    reload: async () => {
      const response = await fetch(`${url}/-/reload`, { method: "POST" });
      if (!response.ok) {
        throw new Error(`prometheus refused to reload (${response.status}): ${await response.text()}`);
      }
    },
  };
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
  const scrape = {
    job_name: "fixture",
    static_configs: [{ targets: [options.scrapeTarget] }],
    relabel_configs: [{ target_label: "instance", replacement: "fixture" }],
  };
  return startPrometheusServer({
    folder: options.folder,
    port: options.port,
    history: options.history,
    config: {
      global: { evaluation_interval: options.interval, scrape_interval: options.interval },
      rule_files: options.ruleFiles,
      scrape_configs: [scrape],
    },
  });
}
