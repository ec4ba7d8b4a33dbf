import { startDaemon, type Daemon } from "../../support/daemon";
import { kubernetesObjects } from "../../support/outputs";

/** A blackbox exporter Probe as the e2e app synthesizes it (monitoring.coreos.com/v1, static targets). */
export interface ProbeResource {
  readonly name: string;
  readonly interval: string;
  readonly scrapeTimeout: string;
  readonly jobName: string;
  readonly module: string;
  readonly prober: string;
  readonly targets: readonly string[];
  readonly labels: Readonly<Record<string, string>>;
}

/** Every Probe among the synthesized Kubernetes files (by path; paths hold `/kubernetes/`). */
export function probeResources(files: Map<string, string>): ProbeResource[] {
  return kubernetesObjects(files)
    .filter(({ object }) => object.kind === "Probe")
    .map(({ object }) => {
      const metadata = object.metadata as { name: string };
      const spec = object.spec as {
        interval: string;
        scrapeTimeout: string;
        jobName: string;
        module: string;
        prober: { url: string };
        targets: { staticConfig: { static: string[]; labels: Record<string, string> } };
      };
      return {
        name: metadata.name,
        interval: spec.interval,
        scrapeTimeout: spec.scrapeTimeout,
        jobName: spec.jobName,
        module: spec.module,
        prober: spec.prober.url,
        targets: spec.targets.staticConfig.static,
        labels: spec.targets.staticConfig.labels,
      };
    });
}

/**
 * The scrape job the prometheus-operator generates from a Probe with static targets: the prober's `/probe` with
 * the module and each target as parameters, the target as the `instance` label, the Probe's labels on every series
 * and its `jobName` as `job`.
 */
export function probeScrapeConfig(probe: ProbeResource): object {
  return {
    job_name: `probe/monitoring/${probe.name}`,
    honor_timestamps: true,
    scrape_interval: probe.interval,
    scrape_timeout: probe.scrapeTimeout,
    metrics_path: "/probe",
    scheme: "http",
    params: { module: [probe.module] },
    static_configs: [{ targets: probe.targets, labels: probe.labels }],
    relabel_configs: [
      { target_label: "job", replacement: probe.jobName },
      { source_labels: ["__address__"], target_label: "__param_target" },
      { source_labels: ["__param_target"], target_label: "instance" },
      { target_label: "__address__", replacement: probe.prober },
    ],
  };
}

/** One probe location: its blackbox exporter's port, and how much of each scrape's timeout it leaves unused. */
export interface ProbeLocation {
  readonly location: string;
  readonly port: number;
  /**
   * `--timeout-offset`: seconds subtracted from the scrape timeout to get the probe's own timeout (0.5 by
   * default). A large offset stands for a location whose path to the service is slow: its probes give up early.
   */
  readonly timeoutOffsetSeconds?: number;
}

/** Starts the Debian `prometheus-blackbox-exporter` once per location, each with the synthesized module file. */
export async function startBlackboxExporters(configFile: string, locations: readonly ProbeLocation[]): Promise<Daemon[]> {
  const started: Daemon[] = [];
  try {
    for (const { location, port, timeoutOffsetSeconds } of locations) {
      started.push(
        await startDaemon({
          name: `blackbox exporter ${location}`,
          command: "prometheus-blackbox-exporter",
          args: [
            `--config.file=${configFile}`,
            `--web.listen-address=127.0.0.1:${port}`,
            ...(timeoutOffsetSeconds === undefined ? [] : [`--timeout-offset=${timeoutOffsetSeconds}`]),
          ],
          readyUrl: `http://127.0.0.1:${port}/-/healthy`,
        }),
      );
    }
    return started;
  } catch (error) {
    await Promise.all(started.map((daemon) => daemon.stop()));
    throw error;
  }
}
