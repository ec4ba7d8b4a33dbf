import type { Duration } from "../duration";
import type { Retention } from "../logs/retention";
import type { ProvidedDataSource } from "./data-sources";
import type { TierSize } from "./elastic-sizing";

/** The name of every platform object of a stack (`Prometheus watchkeeper`, `Elasticsearch watchkeeper`, …). */
export const PLATFORM_NAME = "watchkeeper";

/** Where a Prometheus sends alerts: a Service's port. */
export interface AlertmanagerEndpoint {
  readonly namespace: string;
  readonly name: string;
  readonly port: string;
}

export interface PrometheusSpec {
  readonly version: string;
  readonly replicas: number;
  readonly scrapeInterval: Duration;
  /** The stack's `prometheusRetention`. */
  readonly retention: Duration;
  /** Declared by the team; undefined to estimate from the stack's sources and rules when written. */
  readonly activeSeries?: number;
  readonly storageClass?: string;
  readonly alertmanager: AlertmanagerEndpoint;
}

export interface AlertmanagerSpec {
  readonly version: string;
  readonly replicas: number;
}

/** The Datadog data source's connection: the API address and where its keys are. */
export interface DatadogDataSource {
  readonly apiUrl: string;
  readonly secret: string;
  readonly apiKeyKey: string;
  readonly appKeyKey: string;
}

/** A Grafana the platform deploys, with what its data sources connect to. */
export interface DeployedGrafana {
  readonly version: string;
  /** The Grafana's external address (the stack's grafanaUrl), for its links. */
  readonly rootUrl?: string;
  readonly prometheusUrl?: string;
  /** Whether the platform's Elasticsearch is a data source. */
  readonly elasticsearch: boolean;
  readonly datadog?: DatadogDataSource;
}

export interface GrafanaSpec {
  /** The Grafana the platform deploys, or undefined for the team's own. */
  readonly deployed?: DeployedGrafana;
  /** Every data source the stack's Grafana has: the deployed one's, or the team's declared ones. */
  readonly dataSources: readonly ProvidedDataSource[];
}

export interface ElasticSpec {
  readonly version: string;
  /** The data tiers, hot first, sized from the ingest of the policies that use them. */
  readonly tiers: readonly TierSize[];
  readonly storageClass?: string;
  readonly logstashReplicas: number;
  readonly defaultCategory: string;
  /** The data streams' namespace: the stack's environment, as the log policies' data streams are named. */
  readonly dataStreamNamespace: string;
  /** The stack's environment, the `service.environment` of records that name none. */
  readonly environment: string;
}

/** A MonitoringPlatform as the targets see it. */
export interface PlatformSpec {
  /** The Kubernetes namespace of the platform's objects: the stack's. */
  readonly namespace: string;
  /** The labels of every object Watchkeeper writes for the stack: what the Prometheus and Alertmanager select. */
  readonly selector: Readonly<Record<string, string>>;
  readonly prometheus?: PrometheusSpec;
  readonly alertmanager?: AlertmanagerSpec;
  readonly grafana?: GrafanaSpec;
  readonly elastic?: ElasticSpec;
}

/** A log policy of the stack, as the platform's Elasticsearch is sized from it. */
export interface PlatformLogPolicy {
  /** The policy's id (`<service or family>-<category>`). */
  readonly id: string;
  /** The declaring construct's path, for messages. */
  readonly path: string;
  readonly retention: Retention;
  /** How Elastic keeps it: ILM phases, or a serverless data stream lifecycle. */
  readonly lifecycle: "ilm" | "data-stream";
}

/** What the platform's parts are derived from besides their props: the stack's settings and log policies. */
export interface PlatformContext {
  readonly namespace: string;
  readonly environment: string;
  /** The labels every object Watchkeeper writes for the stack carries; undefined when the stack's id cannot be a label value. */
  readonly selector?: Readonly<Record<string, string>>;
  /** The stack's `prometheusRetention`; undefined when it is not a duration (the stack reports it). */
  readonly prometheusRetention?: Duration;
  readonly grafanaUrl?: string;
  /** The stack's log policies that keep logs on Elastic. */
  readonly logPolicies: readonly PlatformLogPolicy[];
}
