import { gauge, kubeStateLabels, kubeletVolumeLabels, series } from "../rule-tests/exporter-series";
import type { AlertFixture, Subject } from "./alert-fixtures";

const GIB = 1024 ** 3;

/** A kube-state-metrics object of the subject: `{ deployment: "<name>" }` and the like. */
const object = (kind: string) => (subject: Subject) => kubeStateLabels(subject.namespace, { [kind]: subject.name });

/** One series per value of a label (KSM's phases and conditions), 1 for the value the state has and 0 for the others. */
function oneOf(metric: string, labels: Record<string, string>, label: string, values: readonly string[], current: (failing: boolean) => string, before: number, after: number, at: number, minutes: number) {
  return values.map((value) =>
    series(metric, { ...labels, [label]: value }, gauge(current(before === 1) === value ? 1 : 0, current(after === 1) === value ? 1 : 0, at, minutes)),
  );
}

/** How the generated tests drive the kubernetes pack's alerts with kube-state-metrics' and the kubelet's series. */
export const KUBERNETES_FIXTURES: Readonly<Record<string, AlertFixture>> = {
  KubePodNotReady: {
    metrics: ["kube_pod_status_phase"],
    settle: 0,
    series: (subject, before, after, at, minutes) =>
      oneOf("kube_pod_status_phase", object("pod")(subject), "phase", ["Pending", "Running", "Succeeded", "Failed", "Unknown"], (failing) => (failing ? "Pending" : "Running"), before, after, at, minutes),
    labels: ({ name, namespace }) => ({ namespace, pod: name }),
  },
  KubeDeploymentReplicasMismatch: {
    metrics: ["kube_deployment_spec_replicas", "kube_deployment_status_replicas_available", "kube_deployment_status_replicas_updated"],
    settle: 0,
    series: (subject, before, after, at, minutes) => [
      series("kube_deployment_spec_replicas", object("deployment")(subject), gauge(3, 3, at, minutes)),
      series("kube_deployment_status_replicas_available", object("deployment")(subject), gauge(3 - before, 3 - after, at, minutes)),
      series("kube_deployment_status_replicas_updated", object("deployment")(subject), gauge(3, 3, at, minutes)),
    ],
    labels: object("deployment"),
  },
  KubeDeploymentRolloutStuck: {
    metrics: ["kube_deployment_status_condition"],
    settle: 0,
    series: (subject, before, after, at, minutes) =>
      oneOf("kube_deployment_status_condition", { ...object("deployment")(subject), condition: "Progressing" }, "status", ["true", "false", "unknown"], (failing) => String(!failing), before, after, at, minutes),
    labels: (subject) => ({ ...object("deployment")(subject), condition: "Progressing", status: "false" }),
  },
  KubeNodeNotReady: {
    metrics: ["kube_node_status_condition"],
    settle: 0,
    series: (subject, before, after, at, minutes) =>
      oneOf("kube_node_status_condition", { job: "kube-state-metrics", instance: "10.0.9.9:8080", node: subject.name, condition: "Ready" }, "status", ["true", "false", "unknown"], (failing) => String(!failing), before, after, at, minutes),
    labels: ({ name }) => ({ job: "kube-state-metrics", instance: "10.0.9.9:8080", node: name, condition: "Ready", status: "true" }),
  },
  KubePersistentVolumeFillingUp: {
    metrics: ["kubelet_volume_stats_available_bytes", "kubelet_volume_stats_capacity_bytes", "kubelet_volume_stats_used_bytes", "kube_persistentvolumeclaim_access_mode"],
    quantity: { max: 100 },
    settle: 5,
    // The volume fills half a percent an hour, and at `at` a large write takes it to `after` percent free.
    series: (subject, before, after, at, minutes, noise) => {
      const capacity = 100 * GIB;
      const free = Array.from({ length: minutes }, (_, minute) => ((minute < at ? before : after) - minute / 120) * (capacity / 100));
      const labels = kubeletVolumeLabels(subject.namespace, subject.name);
      const jittered = free.map((bytes) => Math.round(noise.jitter(bytes / GIB, 0.0005, 6) * GIB));
      return [
        series("kubelet_volume_stats_capacity_bytes", labels, gauge(capacity, capacity, at, minutes)),
        series("kubelet_volume_stats_available_bytes", labels, jittered),
        series("kubelet_volume_stats_used_bytes", labels, jittered.map((bytes) => capacity - bytes)),
        series("kube_persistentvolumeclaim_access_mode", kubeStateLabels(subject.namespace, { persistentvolumeclaim: subject.name, access_mode: "ReadWriteOnce" }), gauge(1, 1, at, minutes)),
      ];
    },
    labels: ({ name, namespace }) => kubeletVolumeLabels(namespace, name),
  },
  KubeJobFailed: {
    metrics: ["kube_job_failed"],
    settle: 0,
    series: (subject, before, after, at, minutes) => [series("kube_job_failed", { ...object("job_name")(subject), condition: "true" }, gauge(before, after, at, minutes))],
    labels: (subject) => ({ ...object("job_name")(subject), condition: "true" }),
  },
  KubeHpaMaxedOut: {
    metrics: ["kube_horizontalpodautoscaler_status_current_replicas", "kube_horizontalpodautoscaler_spec_max_replicas"],
    settle: 0,
    series: (subject, before, after, at, minutes) => [
      series("kube_horizontalpodautoscaler_status_current_replicas", object("horizontalpodautoscaler")(subject), gauge(before === 1 ? 10 : 4, after === 1 ? 10 : 4, at, minutes)),
      series("kube_horizontalpodautoscaler_spec_max_replicas", object("horizontalpodautoscaler")(subject), gauge(10, 10, at, minutes)),
    ],
    labels: object("horizontalpodautoscaler"),
  },
};
