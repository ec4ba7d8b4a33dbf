/**
 * The props of a MonitoringPlatform: the parts of the monitoring platform a team runs itself, each optional, so
 * that a team that already runs some of them declares only what it owns.
 */

/** The Alertmanager a Prometheus sends alerts to, when it is not the platform's own. */
export interface AlertmanagerEndpointProps {
  /** The namespace of its Service. */
  readonly namespace: string;
  /** Its Service's name. @example "alertmanager-operated" */
  readonly name: string;
  /** The Service's port, by name. @default "web" */
  readonly port?: string;
}

/** The stack's Prometheus (prometheus-operator `Prometheus`). */
export interface PrometheusPlatformProps {
  /** The Prometheus release. @default "v3.5.0" */
  readonly version?: string;
  /** Prometheus servers scraping the same targets (high availability); Alertmanager deduplicates their alerts. @default 2 */
  readonly replicas?: number;
  /** How often targets are scraped and rules evaluated. @default "30s" */
  readonly scrapeInterval?: string;
  /**
   * The active series the Prometheus holds, which its storage is sized from: read `prometheus_tsdb_head_series` of
   * the running Prometheus and declare it here.
   * @default estimated from the stack's declared sources and rules (SERIES_PER_SOURCE)
   */
  readonly activeSeries?: number;
  /** The storage class of its volumes. @default the cluster's default storage class */
  readonly storageClass?: string;
  /**
   * Where it sends alerts when the platform declares no Alertmanager.
   * @default the platform's Alertmanager (required when it declares none)
   */
  readonly alertmanager?: AlertmanagerEndpointProps;
}

/** The stack's Alertmanager (prometheus-operator `Alertmanager`), routing by the stack's AlertmanagerConfig. */
export interface AlertmanagerPlatformProps {
  /** The Alertmanager release. @default "v0.28.1" */
  readonly version?: string;
  /** Alertmanager instances, which gossip silences and notifications among themselves. @default 3 */
  readonly replicas?: number;
}

/** The Datadog data source, for dashboards that read Datadog (a RealUserMonitoring's). */
export interface DatadogDataSourceProps {
  /** Datadog's API address for the organisation's site. @default "https://api.datadoghq.com" */
  readonly apiUrl?: string;
  /** The Kubernetes Secret, in the stack's namespace, holding the API key and the application key. */
  readonly secret: string;
  /** The Secret's key of the API key. @default "api-key" */
  readonly apiKeyKey?: string;
  /** The Secret's key of the application key. @default "app-key" */
  readonly appKeyKey?: string;
}

/** A data source of a Grafana the team runs itself. */
export interface ExistingDataSourceProps {
  readonly name: string;
  /** The data source type (the plugin id). @example "prometheus" */
  readonly type: string;
  readonly uid: string;
  /** Whether it is the Grafana's default data source. @default false */
  readonly isDefault?: boolean;
}

/** The stack's Grafana (grafana-operator `Grafana`) and its data sources, or the data sources of the team's own. */
export interface GrafanaPlatformProps {
  /**
   * The data sources of a Grafana the team runs itself: Watchkeeper then deploys no Grafana and writes no data
   * source, and checks the dashboards against these.
   * @default none: Watchkeeper deploys a Grafana with a data source for every type the dashboards read
   */
  readonly existing?: readonly ExistingDataSourceProps[];
  /** The Grafana release. @default "12.1.0" */
  readonly version?: string;
  /**
   * The Prometheus of the Prometheus data source, when the platform declares none.
   * @default the platform's Prometheus
   * @example "http://prometheus-operated.monitoring.svc:9090"
   */
  readonly prometheusUrl?: string;
  /** The Datadog data source. @default none */
  readonly datadog?: DatadogDataSourceProps;
}

/** The stack's Elasticsearch, Kibana, Logstash and Filebeat (Elastic Cloud on Kubernetes). */
export interface ElasticPlatformProps {
  /** The Elastic Stack release of every part. @default "9.1.0" */
  readonly version?: string;
  /**
   * Indexed data per day of each log policy of the stack that keeps logs on Elastic, by the policy's id
   * (`<service or index family>-<category>`), in gb as Elasticsearch counts them (1 gb = 1024³ bytes), primary
   * shards only: the cluster's tiers are sized from it.
   * @example { "checkout-application": 20, "checkout-audit": 1 }
   */
  readonly ingestGbPerDay: Readonly<Record<string, number>>;
  /** The largest data volume per node, in gb, before a tier gets another node. @default 1024 */
  readonly maxDiskPerNodeGb?: number;
  /** The storage class of the nodes' volumes. @default the cluster's default storage class */
  readonly storageClass?: string;
  /** Logstash instances. @default 2 */
  readonly logstashReplicas?: number;
  /**
   * The category of a log record that names no `event.dataset`: it goes to the data stream of
   * `<service>.<category>`.
   * @default "application"
   */
  readonly defaultCategory?: string;
}

/** The parts of the monitoring platform a stack runs; each is optional. */
export interface MonitoringPlatformProps {
  /** Prometheus, selecting exactly the rules and monitors Watchkeeper writes for the stack. @default none: the cluster's own */
  readonly prometheus?: PrometheusPlatformProps;
  /** Alertmanager, selecting the stack's AlertmanagerConfig and processing every alert. @default none: the cluster's own */
  readonly alertmanager?: AlertmanagerPlatformProps;
  /** Grafana and the data sources of the stack's dashboards. @default none: dashboards' data sources are not checked */
  readonly grafana?: GrafanaPlatformProps;
  /** Elasticsearch (tiers from the log policies' ILM phases), Kibana, Logstash and Filebeat. @default none */
  readonly elastic?: ElasticPlatformProps;
}
