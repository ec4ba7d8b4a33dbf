import { alertRule } from "../rules/alert-rule";
import { Duration } from "../duration";
import * as promql from "../promql";
import type { PromQL, Selector } from "../promql";
import type { AlertingRule, RecordingRule, RuleGroup } from "../rules/rules";
import { EXPORTER_JOBS, job, label } from "./catalog";
import { infraRunbookUrl, type InfraSpec } from "./infra-rules";

/** How far a linear trend may be extrapolated: 4 times the history it is read from, as node-mixin does (6h → 24h). */
export const MAX_HORIZON_PER_LOOKBACK = 4;

/** Capacity planning: how far back the trend is read and how far ahead running out alerts. */
export interface CapacitySpec {
  readonly lookback: Duration;
  readonly horizon: Duration;
}

/** The capacity recordings, in Prometheus' `level:metric:operations` naming. */
export const CAPACITY_METRICS = {
  clusterRequests: "cluster_resource:kube_pod_container_resource_requests:sum",
  clusterAllocatable: "cluster_resource:kube_node_status_allocatable:sum",
  clusterUtilisation: "cluster_resource:requests_over_allocatable:ratio",
  clusterHeadroom: "cluster_resource:allocatable_minus_requests:sum",
  clusterExhaustion: "cluster_resource:allocatable_exhausted:timestamp_seconds",
  namespaceRequests: "namespace_resource:kube_pod_container_resource_requests:sum",
  namespaceShare: "namespace_resource:requests_over_cluster_allocatable:ratio",
  volumeUsage: "namespace_persistentvolumeclaim:kubelet_volume_stats_used_bytes:ratio",
  volumeExhaustion: "namespace_persistentvolumeclaim:kubelet_volume_stats_exhausted:timestamp_seconds",
  volumeExhaustionRecent: "namespace_persistentvolumeclaim:kubelet_volume_stats_exhausted_recent_trend:timestamp_seconds",
} as const;

/**
 * The short trend beside the lookback's: a volume filling in hours is full before a trend of days (which a few
 * hours barely move) says so. The last hour's growth, trusted as far ahead as MAX_HORIZON_PER_LOOKBACK times it.
 */
export const RECENT_TREND = { lookback: Duration.hours(1), horizon: Duration.hours(4) } as const;

/** How long a capacity forecast must hold before its ticket opens. */
export const CAPACITY_FOR = Duration.minutes(30);

/** The capacity alerts' names. */
export const CAPACITY_ALERTS = { cluster: "ClusterCapacityRunningOut", volume: "PersistentVolumeRunningOut" } as const;

/** What is wrong with a horizon for a lookback and the stack's retention, or undefined. */
export function capacityProblem(spec: CapacitySpec, retention: Duration): string | undefined {
  if (spec.lookback.milliseconds > retention.milliseconds) {
    return `capacity.lookback: ${spec.lookback} is more history than the stack's Prometheus keeps (${retention}); shorten it or raise prometheusRetention`;
  }
  const longest = Duration.ofMilliseconds(spec.lookback.milliseconds * MAX_HORIZON_PER_LOOKBACK);
  if (spec.horizon.milliseconds > longest.milliseconds) {
    return (
      `capacity.horizon: ${spec.horizon} is longer than a trend over ${spec.lookback} supports (at most ${MAX_HORIZON_PER_LOOKBACK} times ` +
      `the lookback, ${longest}); shorten the horizon or lengthen the lookback to at least ${Duration.ofMilliseconds(spec.horizon.milliseconds / MAX_HORIZON_PER_LOOKBACK)}`
    );
  }
  return undefined;
}

const RESOURCES = label("resource", "=~", "cpu|memory");

/** A run-out instant: now plus what is left over its growth per second, only where it grows. */
function exhaustion(left: PromQL, growing: PromQL): PromQL {
  return promql.plus(promql.time(), promql.divide(left, promql.compare(growing, ">", 0)));
}

/**
 * Utilisation and headroom of CPU and memory requests against allocatable (per cluster and per namespace), PVC
 * usage, and the instant each runs out at the trend of the lookback.
 */
export function capacityRecordings(spec: CapacitySpec, cluster: string): RecordingRule[] {
  const labels = { cluster };
  const metric = (name: string): Selector => ({ metric: name, matchers: promql.equals(labels) });
  const recorded = (name: string) => promql.selector(metric(name));
  const ksm = (name: string) => ({ metric: name, matchers: [job(EXPORTER_JOBS.kubeStateMetrics), RESOURCES] });
  const kubelet = (name: string) => ({ metric: name, matchers: [job(EXPORTER_JOBS.kubelet)] });
  const volume = ["namespace", "persistentvolumeclaim"];
  const m = CAPACITY_METRICS;
  return [
    { record: m.clusterRequests, expr: promql.aggregate("sum", { by: ["resource"] }, promql.selector(ksm("kube_pod_container_resource_requests"))), labels },
    { record: m.clusterAllocatable, expr: promql.aggregate("sum", { by: ["resource"] }, promql.selector(ksm("kube_node_status_allocatable"))), labels },
    { record: m.clusterUtilisation, expr: promql.divide(recorded(m.clusterRequests), recorded(m.clusterAllocatable)), labels },
    { record: m.clusterHeadroom, expr: promql.minus(recorded(m.clusterAllocatable), recorded(m.clusterRequests)), labels },
    { record: m.clusterExhaustion, expr: exhaustion(recorded(m.clusterHeadroom), promql.deriv(metric(m.clusterRequests), spec.lookback)), labels },
    { record: m.namespaceRequests, expr: promql.aggregate("sum", { by: ["namespace", "resource"] }, promql.selector(ksm("kube_pod_container_resource_requests"))), labels },
    { record: m.namespaceShare, expr: promql.divide(recorded(m.namespaceRequests), recorded(m.clusterAllocatable), { on: ["resource"], groupLeft: true }), labels },
    {
      record: m.volumeUsage,
      expr: promql.aggregate("max", { by: volume }, promql.divide(promql.selector(kubelet("kubelet_volume_stats_used_bytes")), promql.selector(kubelet("kubelet_volume_stats_capacity_bytes")))),
      labels,
    },
    {
      // Only for volumes with the lookback's history: a shorter one reads a day's growth (a daily cycle's rise) as the trend.
      record: m.volumeExhaustion,
      expr: promql.and(volumeExhaustion(spec.lookback), promql.aggregate("max", { by: volume }, promql.overTime("last_over_time", kubelet("kubelet_volume_stats_used_bytes"), RECENT_TREND.lookback, spec.lookback)), { on: volume }),
      labels,
    },
    { record: m.volumeExhaustionRecent, expr: volumeExhaustion(RECENT_TREND.lookback), labels },
  ];
}

/** When each volume is full at the growth of its used bytes over a lookback, where it grows. */
function volumeExhaustion(lookback: Duration): PromQL {
  const kubelet = (name: string) => ({ metric: name, matchers: [job(EXPORTER_JOBS.kubelet)] });
  const volume = ["namespace", "persistentvolumeclaim"];
  return exhaustion(
    promql.aggregate("max", { by: volume }, promql.selector(kubelet("kubelet_volume_stats_available_bytes"))),
    promql.aggregate("max", { by: volume }, promql.deriv(kubelet("kubelet_volume_stats_used_bytes"), lookback)),
  );
}

/** The alerts when a resource or a volume runs out within the horizon. */
export function capacityAlerts(infra: InfraSpec, spec: CapacitySpec): AlertingRule[] {
  const recorded = (name: string) => promql.selector({ metric: name, matchers: promql.equals({ cluster: infra.cluster }) });
  const soon = (name: string, horizon: Duration) => promql.compare(promql.minus(recorded(name), promql.time()), "<", horizon.seconds);
  const common = {
    severity: "ticket" as const,
    for: CAPACITY_FOR,
    owner: infra.owner,
    service: infra.service,
    environment: infra.environment,
    labels: { cluster: infra.cluster },
    dashboardUrl: infra.capacityDashboardUrl,
  };
  return [
    alertRule({
      ...common,
      name: CAPACITY_ALERTS.cluster,
      expr: soon(CAPACITY_METRICS.clusterExhaustion, spec.horizon),
      summary: "The cluster's requests will exceed what its nodes can allocate",
      description: `At the trend of the last ${spec.lookback}, {{ $labels.resource }} requests exceed allocatable within ${spec.horizon}; add nodes or cut requests.`,
      runbookUrl: infraRunbookUrl(infra.runbookBaseUrl, CAPACITY_ALERTS.cluster),
    }),
    alertRule({
      ...common,
      name: CAPACITY_ALERTS.volume,
      expr: promql.anyOf(soon(CAPACITY_METRICS.volumeExhaustion, spec.horizon), soon(CAPACITY_METRICS.volumeExhaustionRecent, RECENT_TREND.horizon)),
      summary: "A persistent volume will be full",
      description:
        `At the trend of the last ${spec.lookback}, {{ $labels.namespace }}/{{ $labels.persistentvolumeclaim }} is full within ${spec.horizon}, ` +
        `or at the trend of the last ${RECENT_TREND.lookback} within ${RECENT_TREND.horizon}; grow it or clean up.`,
      runbookUrl: infraRunbookUrl(infra.runbookBaseUrl, CAPACITY_ALERTS.volume),
    }),
  ];
}

/** The recordings and the alerts when a resource or a volume runs out within the horizon. */
export function capacityRuleGroups(infra: InfraSpec, spec: CapacitySpec): RuleGroup[] {
  return [
    { name: "infrastructure-capacity-recordings", rules: capacityRecordings(spec, infra.cluster) },
    { name: "infrastructure-capacity", rules: capacityAlerts(infra, spec) },
  ];
}
