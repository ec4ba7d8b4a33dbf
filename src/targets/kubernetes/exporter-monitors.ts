import { EXPORTER_JOBS } from "../../domain/infrastructure/catalog";
import type { Duration } from "../../domain/duration";
import {
  PodMonitor,
  ServiceMonitor,
  ServiceMonitorSpecEndpointsScheme,
  type ServiceMonitorSpecEndpoints,
} from "../../providers/k8s/monitoring.coreos.com";
import { scrapeSource, type SignalSource } from "../../domain/signals/signal-source";
import type { TargetScope } from "../target-scope";
import { MANAGED_BY } from "./managed-by";

/** Where the exporters run and how often they are scraped. */
export interface ExporterScrape {
  /** The cluster's slug: prefixes the monitors' names. */
  readonly cluster: string;
  /** The namespace of node-exporter and kube-state-metrics (kube-prometheus: `monitoring`). */
  readonly exporterNamespace: string;
  /** The namespace of the kubelet Service that prometheus-operator maintains (`kube-system`). */
  readonly kubeletNamespace: string;
  /** The namespace of the ingress-nginx controller. */
  readonly ingressNamespace: string;
  readonly interval: Duration;
}

const SERVICE_ACCOUNT_TOKEN = "/var/run/secrets/kubernetes.io/serviceaccount/token";

/** Sets `job` to the name the rule packs select, whatever the Service or pod is called. */
function jobRelabeling(job: string) {
  return [{ targetLabel: "job", replacement: job }];
}

/**
 * The scrape configuration the rule packs read, as prometheus-operator resources: a PodMonitor of node-exporter's
 * DaemonSet pods, a ServiceMonitor of kube-state-metrics, and a ServiceMonitor of the kubelet with two endpoints,
 * its own metrics (`job="kubelet"`: volume stats) and cAdvisor's (`job="cadvisor"`: container CPU, throttling,
 * network), and a ServiceMonitor of the ingress-nginx controller's metrics Service (the chart's
 * `controller.metrics.enabled`: labels `app.kubernetes.io/name: ingress-nginx`, `app.kubernetes.io/component:
 * controller`, port `metrics`). Each sets `job` as the packs select it.
 */
export function writeExporterMonitors(scope: TargetScope, scrape: ExporterScrape, partOf: string): void {
  const chart = scope.kubernetesChart();
  const metadata = (name: string, namespace: string) => ({
    name: `${scrape.cluster}-${name}`,
    namespace,
    labels: { ...MANAGED_BY, "app.kubernetes.io/part-of": partOf },
  });
  const interval = scrape.interval.toString();
  new PodMonitor(chart, "node-exporter", {
    metadata: metadata("node-exporter", scrape.exporterNamespace),
    spec: {
      selector: { matchLabels: { "app.kubernetes.io/name": "node-exporter" } },
      namespaceSelector: { matchNames: [scrape.exporterNamespace] },
      podMetricsEndpoints: [{ port: "metrics", interval, relabelings: jobRelabeling(EXPORTER_JOBS.nodeExporter) }],
    },
  });
  new ServiceMonitor(chart, "kube-state-metrics", {
    metadata: metadata("kube-state-metrics", scrape.exporterNamespace),
    spec: {
      selector: { matchLabels: { "app.kubernetes.io/name": "kube-state-metrics" } },
      namespaceSelector: { matchNames: [scrape.exporterNamespace] },
      endpoints: [{ port: "http-metrics", interval, honorLabels: true, relabelings: jobRelabeling(EXPORTER_JOBS.kubeStateMetrics) }],
    },
  });
  const kubelet = (path: string, job: string): ServiceMonitorSpecEndpoints => ({
    port: "https-metrics",
    path,
    scheme: ServiceMonitorSpecEndpointsScheme.HTTPS,
    interval,
    honorLabels: true,
    bearerTokenFile: SERVICE_ACCOUNT_TOKEN,
    tlsConfig: { insecureSkipVerify: true },
    relabelings: jobRelabeling(job),
  });
  new ServiceMonitor(chart, "kubelet", {
    metadata: metadata("kubelet", scrape.kubeletNamespace),
    spec: {
      selector: { matchLabels: { "app.kubernetes.io/name": "kubelet" } },
      namespaceSelector: { matchNames: [scrape.kubeletNamespace] },
      endpoints: [kubelet("/metrics", EXPORTER_JOBS.kubelet), kubelet("/metrics/cadvisor", EXPORTER_JOBS.cadvisor)],
    },
  });
  new ServiceMonitor(chart, "ingress-nginx", {
    metadata: metadata("ingress-nginx", scrape.ingressNamespace),
    spec: {
      selector: { matchLabels: { "app.kubernetes.io/name": "ingress-nginx", "app.kubernetes.io/component": "controller" } },
      namespaceSelector: { matchNames: [scrape.ingressNamespace] },
      endpoints: [{ port: "metrics", interval, relabelings: jobRelabeling(EXPORTER_JOBS.ingressNginx) }],
    },
  });
}

/** The metrics each exporter job produces, as the rule packs read them. */
const EXPORTER_METRICS: ReadonlyArray<{ readonly job: string; readonly metrics: readonly string[]; readonly what: string }> = [
  { job: EXPORTER_JOBS.nodeExporter, metrics: ["node_*"], what: "node-exporter" },
  { job: EXPORTER_JOBS.kubeStateMetrics, metrics: ["kube_*"], what: "kube-state-metrics" },
  { job: EXPORTER_JOBS.kubelet, metrics: ["kubelet_*"], what: "the kubelet" },
  { job: EXPORTER_JOBS.cadvisor, metrics: ["container_*", "machine_*"], what: "cAdvisor" },
  { job: EXPORTER_JOBS.ingressNginx, metrics: ["nginx_ingress_controller_*"], what: "the ingress-nginx controller" },
];

/**
 * The series the rule packs read, for the stack's signal graph: from the monitors Watchkeeper writes, or, when it
 * writes none, from the cluster's own scrapes under the same job names (`scraped` says which).
 */
export function exporterSignals(path: string, scraped: "here" | "already"): SignalSource[] {
  return EXPORTER_METRICS.map(({ job, metrics, what }) => scrapeSource(path, job, metrics, ["namespace"], scraped === "here" ? what : `${what} (scraped by the cluster's own monitors)`));
}
