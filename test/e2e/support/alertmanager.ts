import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startDaemon, type Daemon } from "../../support/daemon";
import { freePort } from "../../support/prometheus-server";
import { swapEndpoints } from "./alertmanager-endpoints";
import type { CaptureServer } from "./capture-server";

/** An alert as Alertmanager holds it (`GET /api/v2/alerts`). */
export interface HeldAlert {
  readonly fingerprint: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly startsAt: string;
  readonly status: { readonly state: "active" | "suppressed" | "unprocessed"; readonly inhibitedBy: string[]; readonly silencedBy: string[] };
}

/**
 * The Debian `prometheus-alertmanager` on 127.0.0.1, running the synthesized `alertmanager.yml` with its endpoints
 * and secrets swapped for a capture server (see {@link swapEndpoints}). It can be stopped and started again on the
 * same port with the same `--storage.path`, so its notification log and silences survive a restart, as they
 * survive a pod's restart on a persistent volume.
 */
export class Alertmanager {
  private daemon?: Daemon;

  private constructor(
    readonly name: string,
    readonly port: number,
    /** The configuration file it runs with. */
    readonly configFile: string,
    private readonly storage: string,
    /** What was swapped in the synthesized configuration, one line per field. */
    readonly swapped: readonly string[],
  ) {}

  /** Writes the swapped configuration into `folder` and starts Alertmanager on a free port. */
  static async start(options: { name: string; folder: string; synthesized: string; capture: CaptureServer }): Promise<Alertmanager> {
    mkdirSync(options.folder, { recursive: true });
    const { text, swapped } = swapEndpoints(options.synthesized, options.capture.url, join(options.folder, "secrets"));
    const configFile = join(options.folder, "alertmanager.yml");
    writeFileSync(configFile, text);
    const alertmanager = new Alertmanager(options.name, await freePort(), configFile, join(options.folder, "data"), swapped);
    await alertmanager.start();
    return alertmanager;
  }

  /** `http://127.0.0.1:<port>`. */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** `127.0.0.1:<port>`, as Prometheus's alerting configuration names it. */
  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  /** Whether it is running now. */
  get running(): boolean {
    return this.daemon !== undefined && !this.daemon.exited();
  }

  /** Starts it (again), with the same configuration, port and storage; waits until it is ready. */
  async start(): Promise<void> {
    if (this.running) {
      throw new Error(`alertmanager ${this.name} is already running`);
    }
    this.daemon = await startDaemon({
      name: `alertmanager ${this.name}`,
      command: "prometheus-alertmanager",
      args: [
        `--config.file=${this.configFile}`,
        `--storage.path=${this.storage}`,
        `--web.listen-address=${this.address}`,
        `--web.external-url=${this.url}`,
        "--cluster.listen-address=", // a single instance: no gossip port on 0.0.0.0:9094
      ],
      readyUrl: `${this.url}/-/ready`,
    });
  }

  /** Stops it (SIGTERM, as Kubernetes stops a pod) and waits until it has exited. */
  async stop(): Promise<void> {
    await this.daemon?.stop();
  }

  /**
   * Reloads its configuration file, as `kill -HUP` would. Alertmanager rebuilds its aggregation groups on a reload,
   * restarting their timers: a scenario that reloads needs an Alertmanager of its own, as the restart scenario has.
   */
  async reload(): Promise<void> {
    const response = await fetch(`${this.url}/-/reload`, { method: "POST" });
    if (!response.ok) {
      throw new Error(`alertmanager ${this.name} refused to reload (${response.status}): ${await response.text()}`);
    }
  }

  /** The end of its log. */
  log(): string {
    return this.daemon?.log() ?? "";
  }

  /** The alerts it holds whose labels equal `labels`, inhibited and silenced ones included. */
  async alerts(labels: Readonly<Record<string, string>>): Promise<HeldAlert[]> {
    const query = Object.entries(labels)
      .map(([name, value]) => `filter=${encodeURIComponent(`${name}=${JSON.stringify(value)}`)}`)
      .join("&");
    const response = await fetch(`${this.url}/api/v2/alerts?${query}`);
    if (!response.ok) {
      throw new Error(`alertmanager ${this.name} answered ${response.status}: ${await response.text()}`);
    }
    return (await response.json()) as HeldAlert[];
  }
}
