import type { ProvidedDataSource } from "../../domain/platform/data-sources";
import { PLATFORM_DATA_SOURCES } from "../../domain/platform/parse-platform";
import { PLATFORM_NAME, type DeployedGrafana } from "../../domain/platform/platform-spec";
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

/** How each of the platform's data sources connects, for the deployed Grafana. */
function connections(grafana: DeployedGrafana, namespace: string, interval: string): ReadonlyArray<readonly [ProvidedDataSource, Connection]> {
  const { prometheusUrl, elasticsearch, datadog } = grafana;
  const prometheus: Connection = { datasource: { access: "proxy", url: prometheusUrl, jsonData: { httpMethod: "POST", timeInterval: interval } } };
  const elastic: Connection = {
    datasource: {
      access: "proxy",
      url: elasticsearchUrl(namespace),
      basicAuth: true,
      basicAuthUser: ELASTICSEARCH_SECRETS.user.key,
      jsonData: { index: "logs-*", timeField: "@timestamp", logMessageField: "message", logLevelField: "log.level", tlsAuthWithCACert: true },
      secureJsonData: { basicAuthPassword: placeholder(ELASTICSEARCH_SECRETS.user.key), tlsCACert: placeholder(ELASTICSEARCH_SECRETS.ca.key) },
    },
    secrets: [
      { path: "secureJsonData.basicAuthPassword", ...ELASTICSEARCH_SECRETS.user },
      { path: "secureJsonData.tlsCACert", ...ELASTICSEARCH_SECRETS.ca },
    ],
  };
  return [
    ...(prometheusUrl === undefined ? [] : [[PLATFORM_DATA_SOURCES.prometheus, prometheus] as const]),
    ...(elasticsearch ? [[PLATFORM_DATA_SOURCES.elasticsearch, elastic] as const] : []),
    ...(datadog === undefined
      ? []
      : [
          [
            PLATFORM_DATA_SOURCES.datadog,
            {
              // The plugin's settings (it is closed source): the API address as `url`, the keys as `apiKey` and `appKey`.
              datasource: { access: "proxy", jsonData: { url: datadog.apiUrl }, secureJsonData: { apiKey: placeholder(datadog.apiKeyKey), appKey: placeholder(datadog.appKeyKey) } },
              secrets: [
                { path: "secureJsonData.apiKey", secret: datadog.secret, key: datadog.apiKeyKey },
                { path: "secureJsonData.appKey", secret: datadog.secret, key: datadog.appKeyKey },
              ],
              plugin: DATADOG_PLUGIN,
            },
          ] as const,
        ]),
  ];
}

const valuesFrom = (secrets: readonly SecretValue[]): GrafanaDatasourceSpecValuesFrom[] =>
  secrets.map(({ path, secret, key }) => ({ targetPath: path, valueFrom: { secretKeyRef: { name: secret, key } } }));

/**
 * The stack's Grafana (grafana-operator), labelled so that the stack's GrafanaDashboards and these data sources
 * select it, and a GrafanaDatasource for each data source it provides: the Prometheus (its default, so that the
 * dashboards' `$datasource` variables resolve to it), the platform's Elasticsearch, Datadog. Credentials stay in
 * their Secrets; the operator puts them into the data source.
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
