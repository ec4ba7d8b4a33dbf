import { Duration } from "../duration";
import { cadvisorLabels, counter, kubeStateLabels, kubeletVolumeLabels, nodeExporterLabels, series } from "../rule-tests/exporter-series";
import { Noise } from "../rule-tests/samples";
import type { InputSeries } from "../rule-tests/slo-tests";

/**
 * The series of the trend scenarios, as node-exporter, the kubelet, kube-state-metrics and cAdvisor emit them:
 * disks and volumes by their used percent over time, the cluster's requests, a namespace's egress.
 */

const GIB = 1024 ** 3;
const MB = 1_000_000;

/** A used-percent timeline, one value a sample. */
export type UsedPercent = readonly number[];

/** Flat at `from` percent until `start` (minutes), then rising `perHour` percent an hour up to 100. */
export function filling(samples: number, stepMinutes: number, from: number, start: number, perHour: number): UsedPercent {
  return Array.from({ length: samples }, (_, index) => Math.min(100, from + Math.max(0, index * stepMinutes - start) * (perHour / 60)));
}

/** A log disk rotated daily at `rotateAt` minutes past midnight: `low` percent just after, rising to `high` just before. */
export function dailyRotation(samples: number, stepMinutes: number, low: number, high: number, rotateAt: number): UsedPercent {
  const day = 1440;
  return Array.from({ length: samples }, (_, index) => low + ((((index * stepMinutes - rotateAt) % day) + day) % day) * ((high - low) / day));
}

/** Bytes free of a disk of `size` at each used percent, with noise of a hundredth of a percent. */
export function freeBytes(used: UsedPercent, size: number, seed: string): number[] {
  const noise = new Noise(seed);
  return used.map((percent) => Math.round(size * (1 - percent / 100) + (noise.next() - 0.5) * size * 1e-4));
}

/** The node filesystem `/` of a node: `node_filesystem_{avail,size}_bytes` and `node_filesystem_readonly`. */
export function nodeFilesystem(node: string, free: readonly number[], size: number): InputSeries[] {
  const labels = { ...nodeExporterLabels(node), device: "/dev/nvme0n1p1", fstype: "ext4", mountpoint: "/" };
  return [
    series("node_filesystem_avail_bytes", labels, free),
    series("node_filesystem_size_bytes", labels, free.map(() => size)),
    series("node_filesystem_readonly", labels, free.map(() => 0)),
  ];
}

/** A persistent volume claim's kubelet volume stats and its access mode. */
export function claimVolume(namespace: string, claim: string, free: readonly number[], size: number): InputSeries[] {
  const labels = kubeletVolumeLabels(namespace, claim);
  return [
    series("kubelet_volume_stats_capacity_bytes", labels, free.map(() => size)),
    series("kubelet_volume_stats_available_bytes", labels, free),
    series("kubelet_volume_stats_used_bytes", labels, free.map((bytes) => size - bytes)),
    series("kube_persistentvolumeclaim_access_mode", kubeStateLabels(namespace, { persistentvolumeclaim: claim, access_mode: "ReadWriteOnce" }), free.map(() => 1)),
  ];
}

/** Sizes of the scenarios' disks. */
export const DISK_BYTES = { node: 100 * GIB, claim: 50 * GIB } as const;

/** Two nodes' allocatable CPU (cores) and memory (bytes), as kube-state-metrics reports them. */
export const ALLOCATABLE = { cpu: 8, memory: 32 * GIB } as const;

/**
 * The cluster's nodes and requests over the samples: CPU requests from 40% of allocatable growing 3% of it a day,
 * memory requests flat at half. Returns the series and each resource's requests at every sample.
 */
export function clusterRequests(samples: number, stepMinutes: number): { series: InputSeries[]; requests: Record<"cpu" | "memory", number[]> } {
  const nodes = ["node-a", "node-b"];
  const allocatable = nodes.flatMap((node) => [
    series("kube_node_status_allocatable", kubeStateLabels("", { node, resource: "cpu", unit: "core" }), Array(samples).fill(ALLOCATABLE.cpu / 2)),
    series("kube_node_status_allocatable", kubeStateLabels("", { node, resource: "memory", unit: "byte" }), Array(samples).fill(ALLOCATABLE.memory / 2)),
  ]);
  const cpu = Array.from({ length: samples }, (_, index) => Math.round((0.4 + (0.03 * index * stepMinutes) / 1440) * ALLOCATABLE.cpu * 1e6) / 1e6);
  const memory = Array<number>(samples).fill(ALLOCATABLE.memory / 2);
  const container = (resource: string, unit: string) => kubeStateLabels("batch", { pod: "importer-0", container: "importer", node: "node-a", resource, unit });
  return {
    series: [...allocatable, series("kube_pod_container_resource_requests", container("cpu", "core"), cpu), series("kube_pod_container_resource_requests", container("memory", "byte"), memory)],
    requests: { cpu, memory },
  };
}

/** A namespace's transmitted bytes (cAdvisor): `before` MB/s until `change`, then `after`. */
export function egress(namespace: string, samples: number, stepMinutes: number, before: number, after: number, change: number): { series: InputSeries; bytes: number[] } {
  const perSample = (megabytes: number) => megabytes * MB * stepMinutes * 60;
  const bytes = counter(perSample(before), perSample(after), Math.ceil(change / stepMinutes), samples, undefined, 0, 0);
  return { series: series("container_network_transmit_bytes_total", { ...cadvisorLabels(namespace, `${namespace}-0`, "POD"), interface: "eth0" }, bytes), bytes };
}

/** The evaluation instants of a scenario of `minutes`, every `step` minutes, in seconds. */
export function evaluations(minutes: number, step: number): number[] {
  return Array.from({ length: Math.floor(minutes / step) + 1 }, (_, index) => index * step * 60);
}

export const DAY = Duration.days(1);
