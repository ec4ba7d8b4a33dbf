import { Duration } from "../duration";
import * as promql from "../promql";
import { EXPORTER_JOBS, job, label, type InfraAlertDefinition } from "./catalog";

const CADVISOR = [job(EXPORTER_JOBS.cadvisor), label("container", "!=", "")];
const KSM = [job(EXPORTER_JOBS.kubeStateMetrics)];
const CONTAINER = ["namespace", "pod", "container"];

/** Containers: CPU throttling, memory near the limit, OOM kills, restarts, crash loops (kubernetes-mixin's KubePodCrashLooping shape). */
export const CONTAINER_ALERTS = [
  {
    name: "ContainerCpuThrottlingHigh",
    pack: "containers",
    summary: "A container is throttled by its CPU limit",
    description: "{{ $labels.container }} in {{ $labels.namespace }}/{{ $labels.pod }} is throttled in more than the threshold share of its CPU periods.",
    threshold: { meaning: "the share of CPU periods throttled (0 to 1)", worse: "above", unit: "ratio" },
    levels: { warning: { threshold: 0.25, for: Duration.minutes(15) } },
    namespaced: true,
    expr: ({ threshold, select }) => {
      const increase = (metric: string) => promql.aggregate("sum", { by: CONTAINER }, promql.increase(select(metric, CADVISOR), Duration.minutes(5)));
      return promql.compare(promql.divide(increase("container_cpu_cfs_throttled_periods_total"), increase("container_cpu_cfs_periods_total")), ">", threshold);
    },
  },
  {
    name: "ContainerMemoryNearLimit",
    pack: "containers",
    summary: "A container is close to its memory limit",
    description: "{{ $labels.container }} in {{ $labels.namespace }}/{{ $labels.pod }} uses more than the threshold share of its memory limit; at the limit the kernel kills it.",
    threshold: { meaning: "the working set as a share of the memory limit (0 to 1)", worse: "above", unit: "ratio" },
    levels: { warning: { threshold: 0.9, for: Duration.minutes(15) } },
    namespaced: true,
    expr: ({ threshold, select }) => {
      const workingSet = promql.aggregate("max", { by: CONTAINER }, promql.selector(select("container_memory_working_set_bytes", CADVISOR)));
      const limit = promql.aggregate("max", { by: CONTAINER }, promql.selector(select("kube_pod_container_resource_limits", [...KSM, label("resource", "=", "memory")])));
      return promql.compare(promql.divide(workingSet, limit), ">", threshold);
    },
  },
  {
    name: "ContainerOomKilled",
    pack: "containers",
    summary: "A container was killed for running out of memory",
    description: "{{ $labels.container }} in {{ $labels.namespace }}/{{ $labels.pod }} restarted after an OOM kill in the last 10 minutes.",
    levels: { warning: {} },
    namespaced: true,
    expr: ({ select }) =>
      promql.and(
        promql.compare(promql.increase(select("kube_pod_container_status_restarts_total", KSM), Duration.minutes(10)), ">=", 1),
        promql.compare(promql.overTime("min_over_time", select("kube_pod_container_status_last_terminated_reason", [...KSM, label("reason", "=", "OOMKilled")]), Duration.minutes(10)), "==", 1),
        { ignoring: ["reason"] },
      ),
  },
  {
    name: "ContainerRestartingOften",
    pack: "containers",
    summary: "A container restarts often",
    description: "{{ $labels.container }} in {{ $labels.namespace }}/{{ $labels.pod }} restarted more than the threshold times in the last hour.",
    threshold: { meaning: "restarts in an hour", worse: "above", unit: "amount" },
    levels: { warning: { threshold: 3 } },
    namespaced: true,
    expr: ({ threshold, select }) => promql.compare(promql.increase(select("kube_pod_container_status_restarts_total", KSM), Duration.hours(1)), ">", threshold),
  },
  {
    name: "KubePodCrashLooping",
    pack: "containers",
    summary: "A container is crash looping",
    description: "{{ $labels.container }} in {{ $labels.namespace }}/{{ $labels.pod }} is waiting in CrashLoopBackOff.",
    levels: { warning: { for: Duration.minutes(15) } },
    namespaced: true,
    expr: ({ select }) =>
      promql.compare(promql.overTime("max_over_time", select("kube_pod_container_status_waiting_reason", [...KSM, label("reason", "=", "CrashLoopBackOff")]), Duration.minutes(5)), ">=", 1),
  },
] as const satisfies readonly InfraAlertDefinition[];
