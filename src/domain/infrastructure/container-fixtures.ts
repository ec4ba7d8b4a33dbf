import { cadvisorLabels, counter, gauge, kubeStateLabels, series } from "../rule-tests/exporter-series";
import type { Sample } from "../rule-tests/samples";
import type { AlertFixture, Subject } from "./alert-fixtures";

const CONTAINER = "app";
const MIB = 1024 ** 2;

const container = ({ name, namespace }: Subject) => ({ namespace, pod: `${name}-7d9f8`, container: CONTAINER });
const ksm = (subject: Subject, extra: Record<string, string> = {}) =>
  kubeStateLabels(subject.namespace, { pod: `${subject.name}-7d9f8`, container: CONTAINER, uid: `uid-${subject.name}`, ...extra });

/** A restart counter: `count` restarts spread over the minutes after `at`, one every `every` minutes. */
function restarts(count: number, at: number, minutes: number, every: number): number[] {
  return Array.from({ length: minutes }, (_, minute) => (minute < at ? 0 : Math.min(count, Math.floor((minute - at) / every) + 1)));
}

/** How the generated tests drive the containers pack's alerts with cAdvisor's and kube-state-metrics' series. */
export const CONTAINER_FIXTURES: Readonly<Record<string, AlertFixture>> = {
  ContainerCpuThrottlingHigh: {
    metrics: ["container_cpu_cfs_throttled_periods_total", "container_cpu_cfs_periods_total"],
    quantity: { max: 1 },
    settle: 5,
    series: (subject, before, after, at, minutes, noise) => {
      const labels = cadvisorLabels(subject.namespace, container(subject).pod, CONTAINER);
      return [
        series("container_cpu_cfs_periods_total", labels, counter(600, 600, at, minutes)),
        series("container_cpu_cfs_throttled_periods_total", labels, counter(600 * before, 600 * after, at, minutes, noise, 0.02)),
      ];
    },
    labels: container,
  },
  ContainerMemoryNearLimit: {
    metrics: ["container_memory_working_set_bytes", "kube_pod_container_resource_limits"],
    quantity: { max: 1 },
    settle: 0,
    series: (subject, before, after, at, minutes, noise) => [
      series("container_memory_working_set_bytes", cadvisorLabels(subject.namespace, container(subject).pod, CONTAINER), gauge(before * 512 * MIB, after * 512 * MIB, at, minutes, noise, 0.005, 0)),
      series("kube_pod_container_resource_limits", ksm(subject, { node: "node-1", resource: "memory", unit: "byte" }), gauge(512 * MIB, 512 * MIB, at, minutes)),
      series("kube_pod_container_resource_limits", ksm(subject, { node: "node-1", resource: "cpu", unit: "core" }), gauge(1, 1, at, minutes)),
    ],
    labels: container,
  },
  ContainerOomKilled: {
    metrics: ["kube_pod_container_status_restarts_total", "kube_pod_container_status_last_terminated_reason"],
    settle: 2,
    series: (subject, _before, after, at, minutes) => {
      const reason = after === 1 ? "OOMKilled" : "Error";
      const terminated: Sample[] = Array.from({ length: minutes }, (_, minute) => (minute < at ? "missing" : 1));
      return [
        series("kube_pod_container_status_restarts_total", ksm(subject), restarts(minutes, at, minutes, 5)),
        series("kube_pod_container_status_last_terminated_reason", ksm(subject, { reason }), terminated),
      ];
    },
    labels: (subject) => ksm(subject),
  },
  ContainerRestartingOften: {
    metrics: ["kube_pod_container_status_restarts_total"],
    quantity: { whole: true },
    settle: 25,
    series: (subject, _before, after, at, minutes) => [series("kube_pod_container_status_restarts_total", ksm(subject), restarts(after, at, minutes, 4))],
    labels: (subject) => ksm(subject),
  },
  KubePodCrashLooping: {
    metrics: ["kube_pod_container_status_waiting_reason"],
    settle: 0,
    series: (subject, _before, after, at, minutes) => {
      const waiting = (from: number): Sample[] => Array.from({ length: minutes }, (_, minute) => (minute < from ? "missing" : 1));
      return after === 1
        ? [series("kube_pod_container_status_waiting_reason", ksm(subject, { reason: "CrashLoopBackOff" }), waiting(at))]
        : [series("kube_pod_container_status_waiting_reason", ksm(subject, { reason: "ContainerCreating" }), waiting(0))];
    },
    labels: (subject) => ksm(subject, { reason: "CrashLoopBackOff" }),
  },
};
