import { ApiObject, JsonPatch, type Chart } from "cdk8s";
import { MANAGED_BY } from "./managed-by";

/** One rule of a ClusterRole: verbs on resources of API groups, or on non-resource URLs. */
export interface PolicyRule {
  readonly apiGroups?: readonly string[];
  readonly resources?: readonly string[];
  readonly nonResourceURLs?: readonly string[];
  readonly verbs: readonly string[];
}

/**
 * A ServiceAccount in the chart's namespace and a ClusterRole with its ClusterRoleBinding, for a platform part that
 * reads the whole cluster (Prometheus discovering targets, Filebeat reading pod metadata). The cluster-wide objects
 * are named `<account>-<namespace>`, as two stacks' platforms may share a cluster, and carry no namespace.
 */
export function writeClusterReader(chart: Chart, id: string, account: string, rules: readonly PolicyRule[]): void {
  new ApiObject(chart, `${id}-account`, { apiVersion: "v1", kind: "ServiceAccount", metadata: { name: account, labels: { ...MANAGED_BY } } });
  const clusterName = `${account}-${chart.namespace}`;
  const clusterWide = (kind: string, body: Record<string, unknown>) => {
    const object = new ApiObject(chart, `${id}-${kind.toLowerCase()}`, { apiVersion: "rbac.authorization.k8s.io/v1", kind, metadata: { name: clusterName, labels: { ...MANAGED_BY } }, ...body });
    object.addJsonPatch(JsonPatch.remove("/metadata/namespace"));
  };
  clusterWide("ClusterRole", { rules: rules.map((rule) => ({ ...rule })) });
  clusterWide("ClusterRoleBinding", {
    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: clusterName },
    subjects: [{ kind: "ServiceAccount", name: account, namespace: chart.namespace }],
  });
}
