import { cleanNumber } from "../../domain/numbers";
import { BYTES_PER_SAMPLE, GIB, STORAGE_HEADROOM, WAL_BYTES_PER_SAMPLE, WAL_HOURS, type PrometheusStorage } from "../../domain/platform/prometheus-sizing";
import { PLATFORM_NAME, type AlertmanagerSpec, type PrometheusSpec } from "../../domain/platform/platform-spec";
import {
  Alertmanager,
  AlertmanagerSpecAlertmanagerConfigMatcherStrategyType,
  Prometheus,
  PrometheusSpecAlertingAlertmanagersApiVersion,
  PrometheusSpecAlertingAlertmanagersPort,
} from "../../providers/k8s/monitoring.coreos.com";
import type { TargetScope } from "../target-scope";
import { MANAGED_BY } from "./managed-by";
import { writeClusterReader } from "./platform-rbac";

/** The ServiceAccount the Prometheus runs as. */
const PROMETHEUS_ACCOUNT = `${PLATFORM_NAME}-prometheus`;

/**
 * What Prometheus reads of the cluster: the targets of ServiceMonitors, PodMonitors and Probes (services,
 * endpoints, endpoint slices, pods, ingresses) and the kubelet's metrics (`nodes/metrics`), as kube-prometheus grants
 * it (prometheus-operator/kube-prometheus `manifests/prometheus-clusterRole.yaml`).
 */
const PROMETHEUS_RULES = [
  { apiGroups: [""], resources: ["nodes/metrics"], verbs: ["get"] },
  { nonResourceURLs: ["/metrics", "/metrics/slis"], verbs: ["get"] },
  { apiGroups: [""], resources: ["services", "endpoints", "pods"], verbs: ["get", "list", "watch"] },
  { apiGroups: ["discovery.k8s.io"], resources: ["endpointslices"], verbs: ["get", "list", "watch"] },
  { apiGroups: ["networking.k8s.io"], resources: ["ingresses"], verbs: ["get", "list", "watch"] },
];

/** The annotation that shows how a platform object's storage was sized, with the numbers. */
export const SIZING_ANNOTATION = "watchkeeper.io/sizing";

/** The Prometheus' storage and the active series it was sized from. */
export type SizedStorage = PrometheusStorage & { readonly activeSeries: number };

const gib = (bytes: number) => `${cleanNumber(bytes / GIB).toFixed(2)} GiB`;

/** How the storage was sized, step by step (the formula of prometheus-sizing.ts with the numbers). */
function storageSizing(spec: PrometheusSpec, storage: SizedStorage): string {
  const samples = cleanNumber(storage.samplesPerSecond).toFixed(1);
  return (
    `${storage.activeSeries} active series / ${spec.scrapeInterval} = ${samples} samples/s; ` +
    `blocks ${samples} × ${spec.retention} × ${BYTES_PER_SAMPLE} B = ${gib(storage.blockBytes)}; ` +
    `WAL ${samples} × ${WAL_HOURS}h × ${WAL_BYTES_PER_SAMPLE} B = ${gib(storage.walBytes)}; ` +
    `(blocks + WAL) × ${STORAGE_HEADROOM} = ${storage.volumeGi}Gi volume, retentionSize ${storage.retentionSizeGi}GiB`
  );
}

/** Selects the objects Watchkeeper writes for the stack, in every namespace (the exporters' monitors live in theirs). */
function everywhere(selector: Readonly<Record<string, string>>) {
  return { selector: { matchLabels: { ...selector } }, namespaces: {} };
}

/**
 * The stack's Prometheus: it loads exactly the PrometheusRules and scrapes exactly the ServiceMonitors, PodMonitors
 * and Probes that carry the stack's labels (`selector`), in any namespace; keeps the stack's retention on a volume
 * sized by `storage`; and sends alerts to the Alertmanager's Service. Its replicas' alerts reach Alertmanager as
 * one, as the operator drops the replica label from alerts. Runs as a ServiceAccount that may read the cluster's
 * targets.
 */
export function writePlatformPrometheus(scope: TargetScope, spec: PrometheusSpec, selector: Readonly<Record<string, string>>, storage: SizedStorage): void {
  const chart = scope.kubernetesChart();
  writeClusterReader(chart, "prometheus", PROMETHEUS_ACCOUNT, PROMETHEUS_RULES);
  const { selector: matchLabels, namespaces } = everywhere(selector);
  const interval = spec.scrapeInterval.toString();
  new Prometheus(chart, "prometheus", {
    metadata: { name: PLATFORM_NAME, labels: { ...MANAGED_BY }, annotations: { [SIZING_ANNOTATION]: storageSizing(spec, storage) } },
    spec: {
      version: spec.version,
      replicas: spec.replicas,
      serviceAccountName: PROMETHEUS_ACCOUNT,
      scrapeInterval: interval,
      evaluationInterval: interval,
      retention: spec.retention.toString(),
      retentionSize: `${storage.retentionSizeGi}GiB`,
      storage: {
        volumeClaimTemplate: {
          spec: {
            accessModes: ["ReadWriteOnce"],
            ...(spec.storageClass === undefined ? {} : { storageClassName: spec.storageClass }),
            resources: { requests: { storage: `${storage.volumeGi}Gi` } },
          },
        },
      },
      ruleSelector: matchLabels,
      ruleNamespaceSelector: namespaces,
      serviceMonitorSelector: matchLabels,
      serviceMonitorNamespaceSelector: namespaces,
      podMonitorSelector: matchLabels,
      podMonitorNamespaceSelector: namespaces,
      probeSelector: matchLabels,
      probeNamespaceSelector: namespaces,
      alerting: {
        alertmanagers: [
          {
            namespace: spec.alertmanager.namespace,
            name: spec.alertmanager.name,
            port: PrometheusSpecAlertingAlertmanagersPort.fromString(spec.alertmanager.port),
            apiVersion: PrometheusSpecAlertingAlertmanagersApiVersion.V2,
          },
        ],
      },
    },
  });
}

/**
 * The stack's Alertmanager: it loads the AlertmanagerConfigs that carry the stack's labels in its own namespace (the
 * stack's AlertmanagerConfig), and applies them to every alert: matcher strategy `None`. Under the operator's
 * default, `OnNamespace`, the config's routes and inhibitions would only see alerts whose `namespace` label is the
 * config's namespace (prometheus-operator `pkg/alertmanager/amcfg.go`, the namespace enforcer), and Watchkeeper's
 * alerts need not carry one.
 */
export function writePlatformAlertmanager(scope: TargetScope, spec: AlertmanagerSpec, selector: Readonly<Record<string, string>>): void {
  new Alertmanager(scope.kubernetesChart(), "alertmanager", {
    metadata: { name: PLATFORM_NAME, labels: { ...MANAGED_BY } },
    spec: {
      version: spec.version,
      replicas: spec.replicas,
      alertmanagerConfigSelector: { matchLabels: { ...selector } },
      alertmanagerConfigMatcherStrategy: { type: AlertmanagerSpecAlertmanagerConfigMatcherStrategyType.NONE },
    },
  });
}
