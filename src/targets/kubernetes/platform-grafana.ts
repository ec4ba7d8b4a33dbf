import type { ProvidedDataSource } from "../../domain/platform/data-sources";
import { PLATFORM_DATA_SOURCES } from "../../domain/platform/parse-platform";
import { PLATFORM_NAME, type DatadogDataSource, type DeployedGrafana } from "../../domain/platform/platform-spec";
import { Grafana, GrafanaDatasource, type GrafanaDatasourceSpecDatasource, type GrafanaDatasourceSpecValuesFrom } from "../../providers/k8s/grafana.integreatly.org";
import type { TargetScope } from "../target-scope";
import { GRAFANA_INSTANCE_LABELS } from "./grafana-dashboard";
import { MANAGED_BY } from "./managed-by";
import { ELASTICSEARCH_SECRETS, elasticsearchUrl } from "./platform-elastic";

/** The Datadog plugin's release installed with its data source (an Enterprise plugin: Grafana Enterprise or Cloud). */
const DATADOG_PLUGIN = { name: "grafana-datadog-datasource", version: "3.17.11" };

/** A Secret's key put into a data source field: grafana-operator replaces `${<key>}` in the field with its value. */
interface SecretValue {
  readonly path: string;
  readonly secret: string;
  readonly key: string;
}

/** `${<key>}`, the placeholder grafana-operator replaces (`controllers/datasource_controller.go`, buildDatasourceModel). */
const placeholder = (key: string) => `\${${key}}`;

/** A data source's connection: its fields, the Secret values put into them, the plugin it needs. */
interface Connection {
  readonly datasource: Omit<GrafanaDatasourceSpecDatasource, "name" | "type" | "isDefault" | "uid">;
  readonly secrets?: readonly SecretValue[];
  readonly plugin?: typeof DATADOG_PLUGIN;
}

/** The Prometheus data source: the default, so that the dashboards' `$datasource` variables resolve to it. */
const prometheusConnection = (url: string, interval: string): Connection => ({
  datasource: { access: "proxy", url, jsonData: { httpMethod: "POST", timeInterval: interval } },
});

/** The platform's Elasticsearch, as the `elastic` user over TLS with ECK's CA, reading the log data streams. */
function elasticConnection(namespace: string): Connection {
  const { user, ca } = ELASTICSEARCH_SECRETS;
  return {
    datasource: {
      access: "proxy",
      url: elasticsearchUrl(namespace),
      basicAuth: true,
      basicAuthUser: user.key,
      jsonData: { index: "logs-*", timeField: "@timestamp", logMessageField: "message", logLevelField: "log.level", tlsAuthWithCACert: true },
      secureJsonData: { basicAuthPassword: placeholder(user.key), tlsCACert: placeholder(ca.key) },
    },
    secrets: [
      { path: "secureJsonData.basicAuthPassword", ...user },
      { path: "secureJsonData.tlsCACert", ...ca },
    ],
  };
}

/** Datadog through its plugin (closed source): the API address as `url`, the keys as `apiKey` and `appKey`. */
const datadogConnection = (datadog: DatadogDataSource): Connection => ({
  datasource: { access: "proxy", jsonData: { url: datadog.apiUrl }, secureJsonData: { apiKey: placeholder(datadog.apiKeyKey), appKey: placeholder(datadog.appKeyKey) } },
  secrets: [
    { path: "secureJsonData.apiKey", secret: datadog.secret, key: datadog.apiKeyKey },
    { path: "secureJsonData.appKey", secret: datadog.secret, key: datadog.appKeyKey },
  ],
  plugin: DATADOG_PLUGIN,
});

/** Each data source the deployed Grafana gets, with how it connects. */
function connections(grafana: DeployedGrafana, namespace: string, interval: string): Array<[ProvidedDataSource, Connection]> {
  const { prometheusUrl, elasticsearch, datadog } = grafana;
  return [
    ...(prometheusUrl === undefined ? [] : [[PLATFORM_DATA_SOURCES.prometheus, prometheusConnection(prometheusUrl, interval)] satisfies [ProvidedDataSource, Connection]]),
    ...(elasticsearch ? [[PLATFORM_DATA_SOURCES.elasticsearch, elasticConnection(namespace)] satisfies [ProvidedDataSource, Connection]] : []),
    ...(datadog === undefined ? [] : [[PLATFORM_DATA_SOURCES.datadog, datadogConnection(datadog)] satisfies [ProvidedDataSource, Connection]]),
  ];
}

const valuesFrom = (secrets: readonly SecretValue[]): GrafanaDatasourceSpecValuesFrom[] =>
  secrets.map(({ path, secret, key }) => ({ targetPath: path, valueFrom: { secretKeyRef: { name: secret, key } } }));

/**
 * The stack's Grafana (grafana-operator), labelled so that the stack's GrafanaDashboards and these data sources
 * select it, and a GrafanaDatasource for each data source it provides: the Prometheus (its default), the platform's
 * Elasticsearch, Datadog. Credentials stay in their Secrets; the operator puts them into the data source.
 */
export function writePlatformGrafana(scope: TargetScope, grafana: DeployedGrafana, namespace: string, scrapeInterval: string): void {
  const chart = scope.kubernetesChart();
  new Grafana(chart, "grafana", {
    metadata: { name: PLATFORM_NAME, labels: { ...MANAGED_BY, ...GRAFANA_INSTANCE_LABELS } },
    spec: {
      version: grafana.version,
      config: { log: { mode: "console" }, ...(grafana.rootUrl === undefined ? {} : { server: { root_url: grafana.rootUrl } }) },
    },
  });
  for (const [source, connection] of connections(grafana, namespace, scrapeInterval)) {
    new GrafanaDatasource(chart, `datasource-${source.uid}`, {
      metadata: { name: `${PLATFORM_NAME}-${source.uid}`, labels: { ...MANAGED_BY } },
      spec: {
        instanceSelector: { matchLabels: { ...GRAFANA_INSTANCE_LABELS } },
        uid: source.uid,
        datasource: { name: source.name, type: source.type, isDefault: source.isDefault, ...connection.datasource },
        ...(connection.secrets === undefined ? {} : { valuesFrom: valuesFrom(connection.secrets) }),
        ...(connection.plugin === undefined ? {} : { plugins: [{ ...connection.plugin }] }),
      },
    });
  }
}
