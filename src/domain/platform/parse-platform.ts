import { Duration } from "../duration";
import type { Problems } from "../problems";
import { DATA_SOURCE_TYPES, type ProvidedDataSource } from "./data-sources";
import { parseElasticPlatform } from "./parse-elastic-platform";
import type { AlertmanagerPlatformProps, GrafanaPlatformProps, MonitoringPlatformProps, PrometheusPlatformProps } from "./platform-props";
import type { AlertmanagerSpec, DeployedGrafana, GrafanaSpec, PlatformContext, PlatformSpec, PrometheusSpec } from "./platform-spec";

/** The Service prometheus-operator creates for the Alertmanagers of a namespace, and its port. */
const OPERATED_ALERTMANAGER = { name: "alertmanager-operated", port: "web" } as const;

/** The data sources a deployed Grafana gets, by type; the Prometheus one is the default. */
export const PLATFORM_DATA_SOURCES = {
  prometheus: { name: "Prometheus", type: DATA_SOURCE_TYPES.prometheus, uid: "prometheus", isDefault: true },
  elasticsearch: { name: "Elasticsearch logs", type: DATA_SOURCE_TYPES.elasticsearch, uid: "elasticsearch-logs", isDefault: false },
  datadog: { name: "Datadog", type: DATA_SOURCE_TYPES.datadog, uid: "datadog", isDefault: false },
} as const satisfies Record<string, ProvidedDataSource>;

/** The Service of the Prometheus the platform deploys (the operator's `prometheus-operated`), port `web`. */
export function platformPrometheusUrl(namespace: string): string {
  return `http://prometheus-operated.${namespace}.svc:9090`;
}

function parsePrometheus(props: PrometheusPlatformProps, context: PlatformContext, withAlertmanager: boolean, problems: Problems): PrometheusSpec | undefined {
  const scrapeInterval = problems.attempt("scrapeInterval", () => Duration.parse(props.scrapeInterval ?? "30s"));
  const endpoint = props.alertmanager;
  problems.add(
    endpoint === undefined && !withAlertmanager
      ? "alertmanager: the platform declares no Alertmanager, so the Prometheus would send its alerts nowhere; declare alertmanager on the platform, or set prometheus.alertmanager to the Service of yours"
      : undefined,
    endpoint !== undefined && withAlertmanager
      ? "alertmanager: the platform declares its own Alertmanager, which the Prometheus sends to; remove prometheus.alertmanager, or leave alertmanager out of the platform"
      : undefined,
  );
  if (scrapeInterval === undefined || context.prometheusRetention === undefined) {
    return undefined;
  }
  return {
    version: props.version ?? "v3.5.0",
    replicas: props.replicas ?? 2,
    scrapeInterval,
    retention: context.prometheusRetention,
    activeSeries: props.activeSeries,
    storageClass: props.storageClass,
    alertmanager:
      endpoint === undefined
        ? { namespace: context.namespace, ...OPERATED_ALERTMANAGER }
        : { namespace: endpoint.namespace, name: endpoint.name, port: endpoint.port ?? OPERATED_ALERTMANAGER.port },
  };
}

function parseAlertmanager(props: AlertmanagerPlatformProps): AlertmanagerSpec {
  return { version: props.version ?? "v0.28.1", replicas: props.replicas ?? 3 };
}

/** The Grafana the platform deploys: its data sources connect to the platform's parts or the declared ones. */
function deployedGrafana(props: GrafanaPlatformProps, context: PlatformContext, parts: MonitoringPlatformProps, problems: Problems): DeployedGrafana {
  const { prometheusUrl, datadog } = props;
  if (prometheusUrl !== undefined && parts.prometheus !== undefined) {
    problems.add("prometheusUrl: the platform declares a Prometheus, which the Prometheus data source reads; remove prometheusUrl, or leave prometheus out of the platform");
  }
  return {
    version: props.version ?? "12.1.0",
    rootUrl: context.grafanaUrl,
    prometheusUrl: prometheusUrl ?? (parts.prometheus === undefined ? undefined : platformPrometheusUrl(context.namespace)),
    elasticsearch: parts.elastic !== undefined,
    datadog: datadog && {
      apiUrl: datadog.apiUrl ?? "https://api.datadoghq.com",
      secret: datadog.secret,
      apiKeyKey: datadog.apiKeyKey ?? "api-key",
      appKeyKey: datadog.appKeyKey ?? "app-key",
    },
  };
}

/** The data sources of a deployed Grafana: one per part it can read. */
function deployedDataSources(grafana: DeployedGrafana): ProvidedDataSource[] {
  return [
    ...(grafana.prometheusUrl === undefined ? [] : [PLATFORM_DATA_SOURCES.prometheus]),
    ...(grafana.elasticsearch ? [PLATFORM_DATA_SOURCES.elasticsearch] : []),
    ...(grafana.datadog === undefined ? [] : [PLATFORM_DATA_SOURCES.datadog]),
  ];
}

function parseGrafana(props: GrafanaPlatformProps, context: PlatformContext, parts: MonitoringPlatformProps, problems: Problems): GrafanaSpec {
  if (props.existing === undefined) {
    const deployed = deployedGrafana(props, context, parts, problems);
    return { deployed, dataSources: deployedDataSources(deployed) };
  }
  const deployOnly = (["version", "prometheusUrl", "datadog"] as const).filter((prop) => props[prop] !== undefined);
  problems.add(deployOnly.length === 0 ? undefined : `${deployOnly.join(", ")}: set for a Grafana the platform deploys, but existing declares the team's own; remove them, or remove existing`);
  return { dataSources: props.existing.map((source) => ({ name: source.name, type: source.type, uid: source.uid, isDefault: source.isDefault ?? false })) };
}

/** The selector of the objects Watchkeeper writes for the stack, or a problem when the stack has none. */
function selectorOf(context: PlatformContext, problems: Problems): Readonly<Record<string, string>> {
  if (context.selector === undefined) {
    problems.add("the stack's id cannot be a Kubernetes label value, which the Prometheus and Alertmanager select the stack's objects by; give the stack an id of at most 63 letters, digits, dashes and underscores, starting and ending with a letter or digit");
    return {};
  }
  return context.selector;
}

/**
 * Reads a MonitoringPlatform's props against each other and its stack (the schema has checked each prop on its
 * own), recording every problem; each part is optional.
 */
export function parsePlatform(props: MonitoringPlatformProps, context: PlatformContext, problems: Problems): PlatformSpec | undefined {
  const { prometheus, alertmanager, grafana, elastic } = props;
  if ([prometheus, alertmanager, grafana, elastic].every((part) => part === undefined)) {
    problems.add("no part is declared; declare prometheus, alertmanager, grafana or elastic, the parts of the platform the team runs");
    return undefined;
  }
  const selector = prometheus === undefined && alertmanager === undefined ? {} : selectorOf(context, problems);
  const spec: PlatformSpec = {
    namespace: context.namespace,
    selector,
    prometheus: prometheus && parsePrometheus(prometheus, context, alertmanager !== undefined, problems.under("prometheus")),
    alertmanager: alertmanager && parseAlertmanager(alertmanager),
    grafana: grafana && parseGrafana(grafana, context, props, problems.under("grafana")),
    elastic: elastic && parseElasticPlatform(elastic, context, problems),
  };
  return problems.none ? spec : undefined;
}
