import type { InputSeries } from "./slo-tests";
import { sampleValues, type Noise, type Sample } from "./samples";

/**
 * Series shaped as the exporters a cluster's monitoring scrapes emit them (labels as prometheus-operator's monitors
 * leave them, values with noise), for the generated tests of the infrastructure packs.
 */

type Labels = Readonly<Record<string, string>>;

/** A deterministic address of a name, as scrape targets' `instance` is one. */
function address(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) % 65_536;
  return `10.0.${hash >> 8}.${hash & 255}`;
}

/** node-exporter's series of a node, as a PodMonitor of its DaemonSet labels them. */
export function nodeExporterLabels(node: string): Labels {
  return { job: "node-exporter", instance: `${address(node)}:9100`, namespace: "monitoring", pod: `node-exporter-${node}`, container: "node-exporter" };
}

/** cAdvisor's series of a container (the kubelet's `/metrics/cadvisor` endpoint). */
export function cadvisorLabels(namespace: string, pod: string, container: string): Labels {
  return {
    job: "cadvisor",
    instance: `${address(pod)}:10250`,
    metrics_path: "/metrics/cadvisor",
    namespace,
    pod,
    container,
    image: `registry.example.com/${container}:1.4.2`,
    name: `k8s_${container}_${pod}_${namespace}`,
    id: `/kubepods/burstable/pod-${pod}/${container}`,
  };
}

/** kube-state-metrics' series of an object (honorLabels keeps the object's namespace). */
export function kubeStateLabels(namespace: string, object: Labels): Labels {
  return { job: "kube-state-metrics", instance: "10.0.9.9:8080", namespace, ...object };
}

/** The kubelet's own series of a persistent volume claim (volume stats). */
export function kubeletVolumeLabels(namespace: string, claim: string): Labels {
  return { job: "kubelet", instance: `${address(claim)}:10250`, metrics_path: "/metrics", namespace, persistentvolumeclaim: claim };
}

/** The ingress-nginx controller's series from one controller replica: the scrape's labels and the metric's own. */
export function ingressNginxLabels(replica: number, labels: Labels): Labels {
  return { job: "ingress-nginx", instance: `10.0.8.${replica}:10254`, pod: `ingress-nginx-controller-${replica}`, ...labels };
}

/** An input series. */
export function series(metric: string, labels: Labels, samples: readonly Sample[]): InputSeries {
  return { metric, labels, values: sampleValues(samples) };
}

/** A value for each sample: `before` until sample `at`, then `after`; each varies by `spread` of itself. */
export function gauge(before: number, after: number, at: number, count: number, noise?: Noise, spread = 0, decimals = 3): number[] {
  return Array.from({ length: count }, (_, index) => {
    const value = index < at ? before : after;
    return noise === undefined || spread === 0 ? value : noise.jitter(value, spread, decimals);
  });
}

/**
 * A counter's samples: growing by `before` a sample until sample `at`, then by `after`; each increase varies by
 * `spread` of itself. Starts at `start` (a counter that has run for a while).
 */
export function counter(before: number, after: number, at: number, count: number, noise?: Noise, spread = 0, start = 1000): number[] {
  let value = start;
  return Array.from({ length: count }, (_, index) => {
    if (index > 0) {
      const step = index <= at ? before : after;
      value += noise === undefined || spread === 0 ? step : noise.jitter(step, spread);
    }
    return Math.round(value * 1000) / 1000;
  });
}
