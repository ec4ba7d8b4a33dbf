import type { InfraPack } from "./catalog";
import type { InfraAlertName, InfraAlertOverride } from "./overrides";
import type { AlertOwner } from "../routing/routing";

export type { InfraAlertName, InfraAlertOverride, InfraPack };

/** Capacity planning: utilisation and headroom recordings, run-out forecasts, alerts and a dashboard. */
export interface CapacityPlanningProps {
  /**
   * Whether capacity rules and the capacity dashboard are written.
   * @default true
   */
  readonly enabled?: boolean;
  /**
   * How much history the trend is read from; at most the stack's prometheusRetention.
   * @default "7d"
   */
  readonly lookback?: string;
  /**
   * How far ahead running out alerts (a ticket); at most 4 times the lookback, the furthest a linear trend is trusted.
   * @default "14d"
   */
  readonly horizon?: string;
}

/** Where the exporters run and how often they are scraped. */
export interface ExporterScrapeProps {
  /**
   * Whether the PodMonitor and ServiceMonitors of node-exporter, kube-state-metrics, the kubelet/cAdvisor and the
   * ingress-nginx controller are written (turn off when kube-prometheus already scrapes them under the same job
   * names: the packs then read those scrapes).
   * @default true
   */
  readonly enabled?: boolean;
  /**
   * The namespace of node-exporter and kube-state-metrics.
   * @default "monitoring" (kube-prometheus')
   */
  readonly exporterNamespace?: string;
  /**
   * The namespace of the kubelet Service that prometheus-operator maintains.
   * @default "kube-system"
   */
  readonly kubeletNamespace?: string;
  /**
   * How often each target is scraped.
   * @default "30s"
   */
  readonly interval?: string;
  /**
   * The namespace of the ingress-nginx controller, whose metrics Service (`metrics` port, the chart's
   * `controller.metrics.enabled`) the network and security pack reads.
   * @default "ingress-nginx"
   */
  readonly ingressNamespace?: string;
}

/** The infrastructure monitoring of one Kubernetes cluster. */
export interface InfrastructureMonitoringProps {
  /** The cluster's name: the `cluster` label of its alerts, and its file and resource names. */
  readonly cluster: string;
  /**
   * The rule packs to write; each is on unless set to false.
   * @default every pack: nodes, containers, kubernetes, networkSecurity
   */
  readonly packs?: Readonly<Partial<Record<InfraPack, boolean>>>;
  /**
   * Changes to single alerts by name (threshold per level, `for`, severity, namespaces, or off), instead of a fork.
   * A name no alert has is an error that lists the valid names.
   * @default none
   * @example { NodeFilesystemSpaceFillingUp: { warning: 30, critical: 10 }, KubePodCrashLooping: { for: "30m" } }
   */
  readonly overrides?: Readonly<Partial<Record<InfraAlertName, InfraAlertOverride>>>;
  /**
   * The team that receives the alerts: an OnCallTeam, or a team's name.
   * @default the stack's defaultOwner
   */
  readonly owner?: AlertOwner | string;
  /**
   * The `service` label of the alerts, which picks the PagerDuty service a page reaches.
   * @default the cluster's name
   */
  readonly service?: string;
  /**
   * The base of the runbooks: each alert links `<runbookBaseUrl>/<alertname in lower case>`, kube-prometheus
   * style. Required when an alert pages (the critical levels do).
   * @default none
   * @example "https://runbooks.prometheus-operator.dev/runbooks/kubernetes"
   */
  readonly runbookBaseUrl?: string;
  /** @default on: lookback 7d, horizon 14d */
  readonly capacity?: CapacityPlanningProps;
  /** @default on: exporters in "monitoring", kubelet in "kube-system", every 30s */
  readonly scrape?: ExporterScrapeProps;
}
