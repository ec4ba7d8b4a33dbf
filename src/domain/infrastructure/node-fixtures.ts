import { counter, gauge, nodeExporterLabels, series } from "../rule-tests/exporter-series";
import type { AlertFixture } from "./alert-fixtures";

const GIB = 1024 ** 3;
const CPUS = ["0", "1"];

/**
 * How the generated tests drive the node pack's alerts with node-exporter's series. NodeFilesystemSpaceFillingUp
 * is tested by the trend scenarios (a disk filling in hours, a daily rotation), which its forecast is about.
 */
export const NODE_FIXTURES: Readonly<Record<string, AlertFixture>> = {
  NodeCpuSaturated: {
    metrics: ["node_cpu_seconds_total"],
    quantity: { max: 1 },
    settle: 5,
    series: ({ name }, before, after, at, minutes, noise) =>
      CPUS.flatMap((cpu) =>
        (["idle", "user"] as const).map((mode) => {
          const seconds = (busy: number) => 60 * (mode === "idle" ? 1 - busy : busy);
          return series("node_cpu_seconds_total", { ...nodeExporterLabels(name), cpu, mode }, counter(seconds(before), seconds(after), at, minutes, noise, 0.02));
        }),
      ),
    labels: ({ name }) => ({ instance: nodeExporterLabels(name).instance }),
  },
  NodeMemoryPressure: {
    metrics: ["node_memory_MemAvailable_bytes", "node_memory_MemTotal_bytes"],
    quantity: { max: 1 },
    settle: 0,
    series: ({ name }, before, after, at, minutes, noise) => [
      series("node_memory_MemTotal_bytes", nodeExporterLabels(name), gauge(16 * GIB, 16 * GIB, at, minutes)),
      series("node_memory_MemAvailable_bytes", nodeExporterLabels(name), gauge((1 - before) * 16 * GIB, (1 - after) * 16 * GIB, at, minutes, noise, 0.002, 0)),
    ],
    labels: ({ name }) => nodeExporterLabels(name),
  },
  NodeNetworkErrors: {
    metrics: ["node_network_receive_errs_total", "node_network_transmit_errs_total", "node_network_receive_packets_total", "node_network_transmit_packets_total"],
    quantity: { max: 1 },
    settle: 5,
    series: ({ name }, before, after, at, minutes, noise) => {
      const labels = { ...nodeExporterLabels(name), device: "eth0" };
      const packets = 60_000;
      return (["receive", "transmit"] as const).flatMap((direction) => [
        series(`node_network_${direction}_packets_total`, labels, counter(packets, packets, at, minutes, noise, 0.01)),
        series(`node_network_${direction}_errs_total`, labels, counter(before * packets, after * packets, at, minutes)),
      ]);
    },
    labels: ({ name }) => ({ ...nodeExporterLabels(name), device: "eth0" }),
  },
  NodeClockSkewDetected: {
    metrics: ["node_timex_offset_seconds"],
    settle: 0,
    series: ({ name }, before, after, at, minutes, noise) => [series("node_timex_offset_seconds", nodeExporterLabels(name), gauge(before, after, at, minutes, noise, 0.05, 4))],
    labels: ({ name }) => nodeExporterLabels(name),
  },
};
