import { DISK_WATERMARK, ELASTICSEARCH_REPLICAS, MASTER_NODES, type TierSize } from "../../domain/platform/elastic-sizing";
import { PLATFORM_NAME, type ElasticSpec } from "../../domain/platform/platform-spec";
import { Beat } from "../../providers/k8s/beat.k8s.elastic.co";
import { Elasticsearch } from "../../providers/k8s/elasticsearch.k8s.elastic.co";
import { Kibana } from "../../providers/k8s/kibana.k8s.elastic.co";
import { Logstash, LogstashSpecServicesServiceSpecPortsTargetPort } from "../../providers/k8s/logstash.k8s.elastic.co";
import { BEATS_PORT, ELASTICSEARCH_CLUSTER_NAME, logstashPipeline } from "../elastic/logstash-pipeline";
import type { TargetScope } from "../target-scope";
import { MANAGED_BY } from "./managed-by";
import { SIZING_ANNOTATION } from "./platform-prometheus";
import { writeClusterReader } from "./platform-rbac";

/**
 * The Secrets ECK creates for the platform's Elasticsearch (`<name>-es-elastic-user`, key `elastic`: the `elastic`
 * user's password; `<name>-es-http-certs-public`, key `ca.crt`: the CA of its HTTP certificate).
 */
export const ELASTICSEARCH_SECRETS = {
  user: { secret: `${PLATFORM_NAME}-es-elastic-user`, key: "elastic" },
  ca: { secret: `${PLATFORM_NAME}-es-http-certs-public`, key: "ca.crt" },
} as const;

/** The HTTPS address of the platform's Elasticsearch: ECK's `<name>-es-http` Service, port 9200. */
export function elasticsearchUrl(namespace: string): string {
  return `https://${PLATFORM_NAME}-es-http.${namespace}.svc:9200`;
}

/** ECK's name for a Logstash Service: `<logstash>-ls-<service>`. */
const LOGSTASH_BEATS_SERVICE = { name: "beats", host: `${PLATFORM_NAME}-ls-beats` } as const;

/** The ServiceAccount Filebeat runs as, and what it reads of the cluster for `add_kubernetes_metadata`. */
const FILEBEAT_ACCOUNT = `${PLATFORM_NAME}-filebeat`;
const FILEBEAT_RULES = [
  { apiGroups: [""], resources: ["namespaces", "pods", "nodes"], verbs: ["get", "list", "watch"] },
  { apiGroups: ["apps"], resources: ["replicasets"], verbs: ["get", "list", "watch"] },
  { apiGroups: ["batch"], resources: ["jobs"], verbs: ["get", "list", "watch"] },
];

/** ECK's data volume claim (it must be named `elasticsearch-data`), of a size in gb (Elasticsearch's gb is a GiB). */
function dataVolume(diskGb: number, storageClass: string | undefined) {
  const spec = { accessModes: ["ReadWriteOnce"], ...(storageClass === undefined ? {} : { storageClassName: storageClass }), resources: { requests: { storage: `${diskGb}Gi` } } };
  return { metadata: { name: "elasticsearch-data" }, spec };
}

/** How a tier was sized, with the numbers (the formula of elastic-sizing.ts). */
function tierSizing(tier: TierSize): string {
  return `${tier.tier}: ${tier.dataGb} gb (primaries and ${ELASTICSEARCH_REPLICAS} replica) / ${DISK_WATERMARK} = ${tier.diskGb} gb on ${tier.nodes} nodes of ${tier.diskPerNodeGb}Gi`;
}

/** A node set of the given roles, count and volume. */
function nodeSet(name: string, roles: readonly string[], count: number, diskGb: number, storageClass: string | undefined) {
  return { name, count, config: { "node.roles": [...roles] }, volumeClaimTemplates: [dataVolume(diskGb, storageClass)] };
}

/**
 * The stack's Elasticsearch: three dedicated master nodes and a node set per data tier its log policies' ILM phases
 * use (`hot`, `warm`, `cold`, each with the tier's roles), sized by the spec.
 */
function writeElasticsearch(scope: TargetScope, spec: ElasticSpec): void {
  const tiers = spec.tiers.map((tier) => nodeSet(tier.tier, tier.roles, tier.nodes, tier.diskPerNodeGb, spec.storageClass));
  new Elasticsearch(scope.kubernetesChart(), "elasticsearch", {
    metadata: { name: PLATFORM_NAME, labels: { ...MANAGED_BY }, annotations: { [SIZING_ANNOTATION]: spec.tiers.map(tierSizing).join("; ") } },
    spec: { version: spec.version, nodeSets: [nodeSet("master", MASTER_NODES.roles, MASTER_NODES.count, MASTER_NODES.diskGb, spec.storageClass), ...tiers] },
  });
}

/** Logstash with the ECS pipeline, reading Filebeat on BEATS_PORT through a Service, writing to the Elasticsearch. */
function writeLogstash(scope: TargetScope, spec: ElasticSpec): void {
  new Logstash(scope.kubernetesChart(), "logstash", {
    metadata: { name: PLATFORM_NAME, labels: { ...MANAGED_BY } },
    spec: {
      version: spec.version,
      count: spec.logstashReplicas,
      elasticsearchRefs: [{ name: PLATFORM_NAME, clusterName: ELASTICSEARCH_CLUSTER_NAME }],
      pipelines: [{ "pipeline.id": "ecs-logs", "config.string": logstashPipeline(spec) }],
      services: [
        {
          name: LOGSTASH_BEATS_SERVICE.name,
          service: { spec: { ports: [{ name: LOGSTASH_BEATS_SERVICE.name, port: BEATS_PORT, protocol: "TCP", targetPort: LogstashSpecServicesServiceSpecPortsTargetPort.fromNumber(BEATS_PORT) }] } },
        },
      ],
    },
  });
}

/** The host folders of container logs (CRI and Docker), mounted read-only into Filebeat under the same paths. */
const LOG_FOLDERS = [
  { name: "varlogcontainers", path: "/var/log/containers" },
  { name: "varlogpods", path: "/var/log/pods" },
  { name: "varlibdockercontainers", path: "/var/lib/docker/containers" },
];

/**
 * Filebeat on every node (a DaemonSet): it reads the containers' log files, adds the pods' Kubernetes metadata
 * (labels name the service) and ships them to Logstash's beats Service.
 */
function writeFilebeat(scope: TargetScope, spec: ElasticSpec, namespace: string): void {
  const chart = scope.kubernetesChart();
  writeClusterReader(chart, "filebeat", FILEBEAT_ACCOUNT, FILEBEAT_RULES);
  const config = {
    "filebeat.inputs": [
      {
        type: "filestream",
        id: "kubernetes-container-logs",
        paths: ["/var/log/containers/*.log"],
        parsers: [{ container: {} }],
        "prospector.scanner.symlinks": true,
        processors: [{ add_kubernetes_metadata: { host: "${NODE_NAME}", matchers: [{ logs_path: { logs_path: "/var/log/containers/" } }] } }],
      },
    ],
    "output.logstash": { hosts: [`${LOGSTASH_BEATS_SERVICE.host}.${namespace}.svc:${BEATS_PORT}`] },
  };
  const podSpec = {
    serviceAccountName: FILEBEAT_ACCOUNT,
    automountServiceAccountToken: true,
    securityContext: { runAsUser: 0 },
    containers: [
      {
        name: "filebeat",
        env: [{ name: "NODE_NAME", valueFrom: { fieldRef: { fieldPath: "spec.nodeName" } } }],
        volumeMounts: LOG_FOLDERS.map(({ name, path }) => ({ name, mountPath: path, readOnly: true })),
      },
    ],
    volumes: LOG_FOLDERS.map(({ name, path }) => ({ name, hostPath: { path } })),
  };
  new Beat(chart, "filebeat", {
    metadata: { name: PLATFORM_NAME, labels: { ...MANAGED_BY } },
    spec: { type: "filebeat", version: spec.version, config, daemonSet: { podTemplate: { spec: podSpec } } },
  });
}

/** The stack's Elastic platform: Elasticsearch, Kibana on it, Logstash writing to it, Filebeat shipping to Logstash. */
export function writePlatformElastic(scope: TargetScope, spec: ElasticSpec, namespace: string): void {
  writeElasticsearch(scope, spec);
  new Kibana(scope.kubernetesChart(), "kibana", {
    metadata: { name: PLATFORM_NAME, labels: { ...MANAGED_BY } },
    spec: { version: spec.version, count: 1, elasticsearchRef: { name: PLATFORM_NAME } },
  });
  writeLogstash(scope, spec);
  writeFilebeat(scope, spec, namespace);
}
