import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { filesEndingWith } from "../../../src/cli/checks/tools";
import { Duration } from "../../../src/domain/duration";
import { KUBE_PROMETHEUS_JOBS } from "../../../src/domain/meta/parse-meta";
import { slug } from "../../../src/domain/names/slugs";
import { collectorServiceName } from "../../../src/targets/kubernetes/otel-telemetry";
import { MonitoringApp } from "../../../constructs";
import { readTree } from "../../support/files";
import { openMetricsTexts } from "../../support/open-metrics";
import { freePort, startPrometheusServer, type RunningPrometheus } from "../../support/prometheus-server";
import { declareShop, PROBER_LOCATIONS, SHOP_SERVICES, TRACED_SERVICE, type ProberLocation, type ShopService } from "../app/shop-monitoring";
import type { Daemon } from "../../support/daemon";
import { Alertmanager } from "./alertmanager";
import { CaptureServer } from "./capture-server";
import { DemoService } from "./demo-service";
import { trafficBackfill, type TrafficHistory } from "./history";
import { generateLoad } from "./load-generator";
import { probeResources, probeScrapeConfig, startBlackboxExporters, type ProbeResource } from "./probes";
import type { TerraformConfig } from "./pagerduty-orchestration";
import { synthesizedAlerts, type SynthesizedAlert } from "./rules";
import { SpanMetricsExporter } from "./span-metrics-exporter";

/** Requests a second the load generator sends each service. */
export const REQUESTS_PER_SECOND = 10;

/** The job the demo services are scraped as; each service's `instance` label is its name. */
const DEMO_JOB = "demo-services";

/**
 * The job of the traced service's collector: prometheus-operator names it after the collector's Service, which the
 * OpenTelemetry Operator names after the collector.
 */
export const COLLECTOR_JOB = collectorServiceName({ id: slug(TRACED_SERVICE) });

/** How often Prometheus scrapes the services and evaluates rules: a server setting, not part of the rule files. */
const SERVER_INTERVAL = "1s";

/**
 * The location whose path to the services is slow: its blackbox exporter gives each probe 1 second (through
 * `--timeout-offset`) where the others have the scrape timeout less half a second, so a service answering in 2
 * seconds fails from there only.
 */
export const SLOW_LOCATION = "ap-southeast-1";
const SLOW_LOCATION_PROBE_SECONDS = 1;

/**
 * What was under way before the suite started: the catalog has been slower than its latency objective allows for
 * an hour, 6% of its requests taking 300 ms (its latency SLO allows 1% above 250 ms: a 6x burn, between the ticket's
 * 3x and the pages' 10.8x). Every other service was healthy for that hour.
 */
const CATALOG_SLOW_BURN = { latencyMs: 300, latencyRatio: 0.06 } as const;
const HISTORY: readonly TrafficHistory[] = SHOP_SERVICES.map((service) => ({
  service,
  perSecond: REQUESTS_PER_SECOND,
  ...(service === "catalog" ? { slowRatio: CATALOG_SLOW_BURN.latencyRatio, slowSeconds: CATALOG_SLOW_BURN.latencyMs / 1000 } : {}),
}));

/** The programs the suite runs, with the Debian package that installs each. */
const DAEMONS = {
  prometheus: "prometheus",
  promtool: "prometheus",
  "prometheus-alertmanager": "prometheus-alertmanager",
  "prometheus-blackbox-exporter": "prometheus-blackbox-exporter",
} as const;

/** Throws, saying what to install, when a program the suite runs is not on the PATH. */
function requireDaemons(): void {
  const missing = Object.entries(DAEMONS).filter(([program]) => spawnSync(program, ["--version"]).status !== 0);
  if (missing.length > 0) {
    const packages = [...new Set(missing.map(([, debianPackage]) => debianPackage))].join(" ");
    throw new Error(`the end-to-end suite runs ${missing.map(([program]) => program).join(", ")}; install with: apt-get install ${packages}`);
  }
}

/** Everything the scenarios run against, started by {@link startEnvironment}. */
export interface Environment {
  readonly folder: string;
  readonly services: Readonly<Record<ShopService, DemoService>>;
  /** The traced service's collector exporter, scraped as {@link COLLECTOR_JOB}. */
  readonly collector: SpanMetricsExporter;
  readonly prometheus: RunningPrometheus;
  /** Each location's blackbox exporter. */
  readonly probers: Readonly<Record<ProberLocation, Daemon>>;
  /** `main` serves every scenario but one; `restart` is the one the restart scenario stops and starts. */
  readonly alertmanagers: { readonly main: Alertmanager; readonly restart: Alertmanager };
  /** What each Alertmanager delivered. */
  readonly captures: { readonly main: CaptureServer; readonly restart: CaptureServer };
  /** The synthesized `alertmanager.yml`, as synth wrote it. */
  readonly synthesizedAlertmanagerConfig: string;
  /** Every synthesized alerting rule. */
  readonly alerts: readonly SynthesizedAlert[];
  /** The synthesized Terraform of the stack (cdk.tf.json): the PagerDuty event orchestration and incident workflow. */
  readonly terraform: TerraformConfig;
  /** Stops everything that was started, in reverse order, and removes the folder. */
  stop(): Promise<void>;
}

/** The synthesized stack's Terraform, as synth wrote it beside the output folder. */
function synthesizedTerraform(folder: string): TerraformConfig {
  return JSON.parse(readFileSync(join(folder, "cdktf.out", "stacks", "e2e", "cdk.tf.json"), "utf8")) as TerraformConfig;
}

/** Synthesizes the e2e app into `folder` for services and probers at these addresses; returns the stack's output folder. */
function synthesize(folder: string, services: Record<ShopService, DemoService>, proberPorts: number[]): string {
  const app = new MonitoringApp({ outdir: join(folder, "dist"), terraformOutdir: join(folder, "cdktf.out") });
  const serviceUrls = Object.fromEntries(SHOP_SERVICES.map((name) => [name, services[name].url])) as Record<ShopService, string>;
  const probers = Object.fromEntries(PROBER_LOCATIONS.map((location, index) => [location, `127.0.0.1:${proberPorts[index]}`]));
  declareShop(app, { serviceUrls, probers: probers as Record<ProberLocation, string> });
  app.synth();
  return join(folder, "dist", "e2e");
}

/** What Prometheus scrapes besides the Probes: the services, the collector, itself and the Alertmanagers. */
interface Targets {
  readonly services: readonly DemoService[];
  readonly collector: SpanMetricsExporter;
  /** Prometheus's own address. */
  readonly prometheus: string;
  readonly alertmanagers: readonly Alertmanager[];
}

/**
 * The Prometheus server's configuration: the services, the collector, the generated Probes, Prometheus and the
 * Alertmanagers under the jobs the meta-monitoring reads (kube-prometheus' names), the rule files, both Alertmanagers.
 */
function prometheusConfig(output: string, probes: readonly ProbeResource[], targets: Targets): object {
  const { services, collector, prometheus, alertmanagers } = targets;
  const demo = {
    job_name: DEMO_JOB,
    static_configs: services.map((service) => ({ targets: [service.address], labels: { instance: service.name } })),
  };
  const job = (name: string, addresses: readonly string[]) => ({ job_name: name, static_configs: [{ targets: addresses }] });
  const own = [
    job(COLLECTOR_JOB, [collector.address]),
    job(KUBE_PROMETHEUS_JOBS.prometheus, [prometheus]),
    job(KUBE_PROMETHEUS_JOBS.alertmanager, alertmanagers.map((am) => am.address)),
  ];
  return {
    global: { scrape_interval: SERVER_INTERVAL, evaluation_interval: SERVER_INTERVAL },
    rule_files: filesEndingWith(join(output, "prometheus"), ".rules.yml"),
    scrape_configs: [demo, ...own, ...probes.map(probeScrapeConfig)],
    alerting: { alertmanagers: [{ api_version: "v2", static_configs: [{ targets: alertmanagers.map((am) => am.address) }] }] },
  };
}

/**
 * Starts the suite's world on 127.0.0.1, in a new folder under the system's temporary folder: the demo services
 * under steady load, the traced service's collector exporter, the e2e app synthesized for them, one blackbox exporter
 * per location, two capture servers and two Alertmanagers running the synthesized routing, and Prometheus with an
 * hour of backfilled history, scraping the services, the collector, the probes, itself and the Alertmanagers, and
 * evaluating the synthesized rules. Whatever fails to start, what did start is stopped.
 */
export async function startEnvironment(): Promise<Environment> {
  requireDaemons();
  const folder = mkdtempSync(join(tmpdir(), "watchkeeper-e2e-"));
  const stoppers: Array<() => Promise<void> | void> = [];
  const stop = async () => {
    for (const stopper of stoppers.reverse()) {
      await Promise.resolve(stopper()).catch(() => undefined);
    }
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    const started: DemoService[] = [];
    for (const name of SHOP_SERVICES) {
      const service = await DemoService.start(name); // one at a time: each takes the free port it was given
      started.push(service);
      stoppers.push(() => service.stop());
    }
    const services = Object.fromEntries(started.map((service) => [service.name, service])) as Record<ShopService, DemoService>;
    await services.catalog.setFault(CATALOG_SLOW_BURN);
    const historyEnd = Date.now();
    const load = generateLoad(started, REQUESTS_PER_SECOND);
    stoppers.push(() => load.stop());
    const collector = await SpanMetricsExporter.start(TRACED_SERVICE, REQUESTS_PER_SECOND);
    stoppers.push(() => collector.stop());

    const proberPorts: number[] = [];
    while (proberPorts.length < PROBER_LOCATIONS.length) {
      proberPorts.push(await freePort());
    }
    const output = synthesize(folder, services, proberPorts);
    const probes = probeResources(readTree(join(output, ".."))); // paths as `e2e/kubernetes/<file>`
    const scrapeTimeout = Duration.parse(probes[0].scrapeTimeout).seconds;
    const exporters = await startBlackboxExporters(
      join(output, "blackbox", "blackbox.yml"),
      PROBER_LOCATIONS.map((location, index) => ({
        location,
        port: proberPorts[index],
        ...(location === SLOW_LOCATION ? { timeoutOffsetSeconds: scrapeTimeout - SLOW_LOCATION_PROBE_SECONDS } : {}),
      })),
    );
    stoppers.push(...exporters.map((exporter) => () => exporter.stop()));

    const synthesizedAlertmanagerConfig = readFileSync(join(output, "alertmanager", "alertmanager.yml"), "utf8");
    const captures = { main: await CaptureServer.start("capture (main)"), restart: await CaptureServer.start("capture (restart)") };
    stoppers.push(() => captures.main.close(), () => captures.restart.close());
    const alertmanager = (name: "main" | "restart") =>
      Alertmanager.start({ name, folder: join(folder, `alertmanager-${name}`), synthesized: synthesizedAlertmanagerConfig, capture: captures[name] });
    const alertmanagers = { main: await alertmanager("main"), restart: await alertmanager("restart") };
    stoppers.push(() => alertmanagers.main.stop(), () => alertmanagers.restart.stop());

    const scrapeLabels = (service: string) => ({ job: DEMO_JOB, instance: service });
    const history = trafficBackfill(HISTORY, { end: historyEnd, minutes: 60, stepSeconds: 10, scrapeLabels });
    const prometheusPort = await freePort();
    const prometheus = await startPrometheusServer({
      folder: join(folder, "prometheus"),
      port: prometheusPort,
      history: openMetricsTexts(history),
      config: prometheusConfig(output, probes, {
        services: started,
        collector,
        prometheus: `127.0.0.1:${prometheusPort}`,
        alertmanagers: [alertmanagers.main, alertmanagers.restart],
      }),
    });
    stoppers.push(() => prometheus.stop());
    return {
      folder,
      services,
      collector,
      prometheus,
      probers: Object.fromEntries(PROBER_LOCATIONS.map((location, index) => [location, exporters[index]])) as Record<ProberLocation, Daemon>,
      alertmanagers,
      captures,
      synthesizedAlertmanagerConfig,
      alerts: synthesizedAlerts(join(output, "prometheus")),
      terraform: synthesizedTerraform(folder),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
