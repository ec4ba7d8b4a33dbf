import { Duration } from "../duration";
import * as promql from "../promql";
import { EXPORTER_JOBS, job, label, type ExpressionInput, type InfraAlertDefinition } from "./catalog";

const KSM = [job(EXPORTER_JOBS.kubeStateMetrics)];
const KUBELET = [job(EXPORTER_JOBS.kubelet)];
const CLAIM = ["namespace", "persistentvolumeclaim"];

/** How far back the volume trend is read, and how far ahead the warning looks (kubernetes-mixin's shape). */
export const VOLUME_TREND_WINDOW = Duration.hours(6);
export const VOLUME_WARNING_HORIZON = Duration.days(4);

function volumeFillingUp({ level, threshold, select }: ExpressionInput): promql.PromQL {
  const available = select("kubelet_volume_stats_available_bytes", KUBELET);
  const free = promql.compare(promql.divide(promql.selector(available), promql.selector(select("kubelet_volume_stats_capacity_bytes", KUBELET))), "<", threshold / 100);
  const used = promql.compare(promql.selector(select("kubelet_volume_stats_used_bytes", KUBELET)), ">", 0);
  const condition = level === "critical" ? promql.and(free, used) : promql.and(promql.and(free, used), promql.compare(promql.predictLinear(available, VOLUME_TREND_WINDOW, VOLUME_WARNING_HORIZON), "<", 0));
  const readOnly = promql.compare(promql.selector(select("kube_persistentvolumeclaim_access_mode", [...KSM, label("access_mode", "=", "ReadOnlyMany")])), "==", 1);
  return promql.unless(condition, readOnly, { on: CLAIM });
}

/** Kubernetes: pods not ready, deployments short of replicas or stuck, nodes not ready, volumes filling, jobs, HPAs. */
export const KUBERNETES_ALERTS = [
  {
    name: "KubePodNotReady",
    pack: "kubernetes",
    summary: "A pod has not been ready for a while",
    description: "{{ $labels.namespace }}/{{ $labels.pod }} is Pending, Unknown or Failed.",
    levels: { warning: { for: Duration.minutes(15) } },
    namespaced: true,
    expr: ({ select }) =>
      promql.compare(promql.aggregate("sum", { by: ["namespace", "pod"] }, promql.selector(select("kube_pod_status_phase", [...KSM, label("phase", "=~", "Pending|Unknown|Failed")]))), ">", 0),
  },
  {
    name: "KubeDeploymentReplicasMismatch",
    pack: "kubernetes",
    summary: "A deployment has fewer available replicas than it wants",
    description: "{{ $labels.namespace }}/{{ $labels.deployment }} has had fewer available replicas than specified, and no rollout progress, for a while.",
    levels: { warning: { for: Duration.minutes(15) } },
    namespaced: true,
    expr: ({ select }) =>
      promql.and(
        promql.compare(promql.selector(select("kube_deployment_spec_replicas", KSM)), ">", promql.selector(select("kube_deployment_status_replicas_available", KSM))),
        promql.compare(promql.changes(select("kube_deployment_status_replicas_updated", KSM), Duration.minutes(10)), "==", 0),
        { on: ["namespace", "deployment"] },
      ),
  },
  {
    name: "KubeDeploymentRolloutStuck",
    pack: "kubernetes",
    summary: "A deployment's rollout is not progressing",
    description: "The rollout of {{ $labels.namespace }}/{{ $labels.deployment }} reports Progressing false.",
    levels: { warning: { for: Duration.minutes(15) } },
    namespaced: true,
    expr: ({ select }) =>
      promql.compare(promql.selector(select("kube_deployment_status_condition", [...KSM, label("condition", "=", "Progressing"), label("status", "=", "false")])), "!=", 0),
  },
  {
    name: "KubeNodeNotReady",
    pack: "kubernetes",
    summary: "A node is not ready",
    description: "{{ $labels.node }} has not been Ready for a while.",
    levels: { warning: { for: Duration.minutes(15) } },
    namespaced: false,
    expr: ({ select }) => promql.compare(promql.selector(select("kube_node_status_condition", [...KSM, label("condition", "=", "Ready"), label("status", "=", "true")])), "==", 0),
  },
  {
    name: "KubePersistentVolumeFillingUp",
    pack: "kubernetes",
    summary: "A persistent volume is filling up",
    description:
      "The volume of {{ $labels.namespace }}/{{ $labels.persistentvolumeclaim }} has less than the threshold free (critical), or less and at the trend of the last 6 hours fills up within 4 days (warning).",
    threshold: { meaning: "the percent of the volume free", worse: "below", unit: "percent" },
    levels: { warning: { threshold: 15, for: Duration.hours(1) }, critical: { threshold: 3, for: Duration.minutes(1) } },
    namespaced: true,
    expr: volumeFillingUp,
  },
  {
    name: "KubeJobFailed",
    pack: "kubernetes",
    summary: "A job failed",
    description: "{{ $labels.namespace }}/{{ $labels.job_name }} failed to complete.",
    levels: { warning: { for: Duration.minutes(15) } },
    namespaced: true,
    expr: ({ select }) => promql.compare(promql.selector(select("kube_job_failed", KSM)), ">", 0),
  },
  {
    name: "KubeHpaMaxedOut",
    pack: "kubernetes",
    summary: "An autoscaler is at its maximum",
    description: "{{ $labels.namespace }}/{{ $labels.horizontalpodautoscaler }} has run at its maximum replicas for a while; raise it or find the load.",
    levels: { warning: { for: Duration.minutes(15) } },
    namespaced: true,
    expr: ({ select }) =>
      promql.compare(
        promql.selector(select("kube_horizontalpodautoscaler_status_current_replicas", KSM)),
        "==",
        promql.selector(select("kube_horizontalpodautoscaler_spec_max_replicas", KSM)),
      ),
  },
] as const satisfies readonly InfraAlertDefinition[];
