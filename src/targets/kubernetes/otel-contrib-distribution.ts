/**
 * The OpenTelemetry Collector distribution Watchkeeper's collectors run, as data: its image, version and the
 * components it is built with. The OpenTelemetry Operator runs the core `otelcol` image when a collector names none
 * (opentelemetry-operator v0.158.0 `internal/config/config.go`), which has neither the Datadog components nor the
 * span metrics, service graph and tail sampling ones; the contrib distribution has every component the generated
 * configuration uses. Tests check each configured component against this list.
 */

/** Where the component list comes from. */
export const OTELCOL_CONTRIB_SOURCE =
  "open-telemetry/opentelemetry-collector-releases@v0.158.0 (1400269f8ace841f8d0492f4f9c6c7f305f95268) distributions/otelcol-contrib/manifest.yaml";

/** The collector version: the operator's own (opentelemetry-operator v0.158.0 `versions.txt`, opentelemetry-collector=0.158.0). */
export const OTELCOL_VERSION = "0.158.0";

/**
 * The contrib distribution's image at that version, as its release publishes it (opentelemetry-collector-releases
 * v0.158.0 `distributions/otelcol-contrib/.goreleaser.yaml`: `otel/opentelemetry-collector-contrib:{{ .Version }}`).
 */
export const OTELCOL_CONTRIB_IMAGE = `otel/opentelemetry-collector-contrib:${OTELCOL_VERSION}`;

/** The kinds of component a collector configuration names. */
export type ComponentKind = "receivers" | "processors" | "connectors" | "exporters";

/**
 * The Go modules of the distribution's manifest at that version, by kind (`contrib/` and `core/` stand for
 * github.com/open-telemetry/opentelemetry-collector-contrib/ and go.opentelemetry.io/collector/). A manifest names
 * modules, not the type a configuration writes: that is each module's `metadata.yaml` `type`.
 */
export const OTELCOL_CONTRIB_MODULES: Readonly<Record<ComponentKind, readonly string[]>> = {
  receivers: [
    "core/receiver/nopreceiver", "core/receiver/otlpreceiver", "go.opentelemetry.io/obi",
    "contrib/receiver/activedirectorydsreceiver", "contrib/receiver/aerospikereceiver",
    "contrib/receiver/apachereceiver", "contrib/receiver/apachesparkreceiver",
    "contrib/receiver/awscloudwatchreceiver", "contrib/receiver/awscontainerinsightreceiver",
    "contrib/receiver/awsecscontainermetricsreceiver", "contrib/receiver/awsfirehosereceiver",
    "contrib/receiver/awslambdareceiver", "contrib/receiver/awss3receiver", "contrib/receiver/awsxrayreceiver",
    "contrib/receiver/azureblobreceiver", "contrib/receiver/azureeventhubreceiver",
    "contrib/receiver/azuremonitorreceiver", "contrib/receiver/carbonreceiver", "contrib/receiver/chronyreceiver",
    "contrib/receiver/ciscoosreceiver", "contrib/receiver/cloudflarereceiver",
    "contrib/receiver/cloudfoundryreceiver", "contrib/receiver/collectdreceiver",
    "contrib/receiver/couchdbreceiver", "contrib/receiver/datadogreceiver", "contrib/receiver/dockerstatsreceiver",
    "contrib/receiver/elasticsearchreceiver", "contrib/receiver/envoyalsreceiver",
    "contrib/receiver/expvarreceiver", "contrib/receiver/faroreceiver", "contrib/receiver/filelogreceiver",
    "contrib/receiver/filestatsreceiver", "contrib/receiver/flinkmetricsreceiver",
    "contrib/receiver/fluentforwardreceiver", "contrib/receiver/githubreceiver", "contrib/receiver/gitlabreceiver",
    "contrib/receiver/googlecloudmonitoringreceiver", "contrib/receiver/googlecloudpubsubreceiver",
    "contrib/receiver/googlecloudspannerreceiver", "contrib/receiver/haproxyreceiver",
    "contrib/receiver/hostmetricsreceiver", "contrib/receiver/httpcheckreceiver",
    "contrib/receiver/icmpcheckreceiver", "contrib/receiver/influxdbreceiver", "contrib/receiver/iisreceiver",
    "contrib/receiver/jaegerreceiver", "contrib/receiver/journaldreceiver", "contrib/receiver/k8sclusterreceiver",
    "contrib/receiver/k8seventsreceiver", "contrib/receiver/k8sobjectsreceiver",
    "contrib/receiver/kafkametricsreceiver", "contrib/receiver/kafkareceiver",
    "contrib/receiver/kubeletstatsreceiver", "contrib/receiver/libhoneyreceiver", "contrib/receiver/lokireceiver",
    "contrib/receiver/macosunifiedloggingreceiver", "contrib/receiver/memcachedreceiver",
    "contrib/receiver/mongodbatlasreceiver", "contrib/receiver/mongodbreceiver", "contrib/receiver/mysqlreceiver",
    "contrib/receiver/namedpipereceiver", "contrib/receiver/netflowreceiver", "contrib/receiver/nginxreceiver",
    "contrib/receiver/nsxtreceiver", "contrib/receiver/ntpreceiver", "contrib/receiver/oracledbreceiver",
    "contrib/receiver/otlpjsonfilereceiver", "contrib/receiver/otelarrowreceiver",
    "contrib/receiver/podmanreceiver", "contrib/receiver/postgresqlreceiver", "contrib/receiver/pprofreceiver",
    "contrib/receiver/prometheusreceiver", "contrib/receiver/prometheusremotewritereceiver",
    "contrib/receiver/purefareceiver", "contrib/receiver/purefbreceiver", "contrib/receiver/pulsarreceiver",
    "contrib/receiver/rabbitmqreceiver", "contrib/receiver/receivercreator", "contrib/receiver/redisreceiver",
    "contrib/receiver/riakreceiver", "contrib/receiver/saphanareceiver",
    "contrib/receiver/simpleprometheusreceiver", "contrib/receiver/skywalkingreceiver",
    "contrib/receiver/snowflakereceiver", "contrib/receiver/solacereceiver",
    "contrib/receiver/splunkenterprisereceiver", "contrib/receiver/splunkhecreceiver",
    "contrib/receiver/stefreceiver", "contrib/receiver/sqlqueryreceiver", "contrib/receiver/sqlserverreceiver",
    "contrib/receiver/sshcheckreceiver", "contrib/receiver/statsdreceiver", "contrib/receiver/syslogreceiver",
    "contrib/receiver/systemdreceiver", "contrib/receiver/tcpcheckreceiver", "contrib/receiver/tcplogreceiver",
    "contrib/receiver/tlscheckreceiver", "contrib/receiver/udplogreceiver", "contrib/receiver/vcenterreceiver",
    "contrib/receiver/wavefrontreceiver", "contrib/receiver/snmpreceiver", "contrib/receiver/webhookeventreceiver",
    "contrib/receiver/windowseventlogreceiver", "contrib/receiver/windowsperfcountersreceiver",
    "contrib/receiver/windowsservicereceiver", "contrib/receiver/yanggrpcreceiver",
    "contrib/receiver/zipkinreceiver", "contrib/receiver/zookeeperreceiver"
  ],
  processors: [
    "core/processor/batchprocessor", "core/processor/memorylimiterprocessor",
    "contrib/processor/attributesprocessor", "contrib/processor/cumulativetodeltaprocessor",
    "contrib/processor/coralogixprocessor", "contrib/processor/deltatocumulativeprocessor",
    "contrib/processor/deltatorateprocessor", "contrib/processor/drainprocessor",
    "contrib/processor/filterprocessor", "contrib/processor/genainormalizerprocessor",
    "contrib/processor/geoipprocessor", "contrib/processor/groupbyattrsprocessor",
    "contrib/processor/groupbytraceprocessor", "contrib/processor/intervalprocessor",
    "contrib/processor/isolationforestprocessor", "contrib/processor/k8sattributesprocessor",
    "contrib/processor/logdedupprocessor", "contrib/processor/metricsgenerationprocessor",
    "contrib/processor/metricstarttimeprocessor", "contrib/processor/metricstransformprocessor",
    "contrib/processor/probabilisticsamplerprocessor", "contrib/processor/redactionprocessor",
    "contrib/processor/remotetapprocessor", "contrib/processor/resourcedetectionprocessor",
    "contrib/processor/resourceprocessor", "contrib/processor/schemaprocessor", "contrib/processor/spanprocessor",
    "contrib/processor/sumologicprocessor", "contrib/processor/tailsamplingprocessor",
    "contrib/processor/transformprocessor", "contrib/processor/unrollprocessor",
    "contrib/processor/cardinalityguardianprocessor"
  ],
  connectors: [
    "core/connector/forwardconnector", "contrib/connector/countconnector", "contrib/connector/datadogconnector",
    "contrib/connector/exceptionsconnector", "contrib/connector/failoverconnector",
    "contrib/connector/grafanacloudconnector", "contrib/connector/otlpjsonconnector",
    "contrib/connector/roundrobinconnector", "contrib/connector/routingconnector",
    "contrib/connector/servicegraphconnector", "contrib/connector/spanmetricsconnector",
    "contrib/connector/sumconnector", "contrib/connector/signaltometricsconnector"
  ],
  exporters: [
    "core/exporter/debugexporter", "core/exporter/nopexporter", "core/exporter/otlpexporter",
    "core/exporter/otlphttpexporter", "contrib/exporter/alibabacloudlogserviceexporter",
    "contrib/exporter/awscloudwatchlogsexporter", "contrib/exporter/awsemfexporter",
    "contrib/exporter/awskinesisexporter", "contrib/exporter/awsxrayexporter", "contrib/exporter/awss3exporter",
    "contrib/exporter/azureblobexporter", "contrib/exporter/azuredataexplorerexporter",
    "contrib/exporter/azuremonitorexporter", "contrib/exporter/bmchelixexporter",
    "contrib/exporter/cassandraexporter", "contrib/exporter/clickhouseexporter",
    "contrib/exporter/coralogixexporter", "contrib/exporter/datadogexporter", "contrib/exporter/datasetexporter",
    "contrib/exporter/dorisexporter", "contrib/exporter/elasticsearchexporter", "contrib/exporter/faroexporter",
    "contrib/exporter/fileexporter", "contrib/exporter/googlecloudexporter",
    "contrib/exporter/googlecloudpubsubexporter", "contrib/exporter/googlecloudstorageexporter",
    "contrib/exporter/googlemanagedprometheusexporter", "contrib/exporter/honeycombmarkerexporter",
    "contrib/exporter/influxdbexporter", "contrib/exporter/kafkaexporter", "contrib/exporter/loadbalancingexporter",
    "contrib/exporter/logicmonitorexporter", "contrib/exporter/logzioexporter", "contrib/exporter/mezmoexporter",
    "contrib/exporter/opensearchexporter", "contrib/exporter/otelarrowexporter",
    "contrib/exporter/prometheusexporter", "contrib/exporter/prometheusremotewriteexporter",
    "contrib/exporter/pulsarexporter", "contrib/exporter/rabbitmqexporter", "contrib/exporter/sentryexporter",
    "contrib/exporter/signalfxexporter", "contrib/exporter/splunkhecexporter", "contrib/exporter/stefexporter",
    "contrib/exporter/sumologicexporter", "contrib/exporter/syslogexporter",
    "contrib/exporter/tencentcloudlogserviceexporter", "contrib/exporter/tinybirdexporter",
    "contrib/exporter/zipkinexporter"
  ],
};

/** A component type a configuration may name: the module that implements it, and the evidence for the name. */
export interface ComponentType {
  readonly kind: ComponentKind;
  /** The type as a configuration key writes it, before any `/<name>`. */
  readonly type: string;
  readonly module: string;
  /** A type the module still accepts, with a deprecation warning. */
  readonly deprecatedAlias?: string;
  readonly source: string;
}

const CORE_TYPES = "collector issue 14396: otlp receiver, batch, memory_limiter and forward keep their names";
const CONTRIB_REPORT = "opentelemetry-collector-contrib reports/distributions/contrib.yaml";

/**
 * The types of the components Watchkeeper configures, at the pinned version. `span_metrics` and `otlp_grpc` replace
 * their deprecated aliases; the service graph keeps `servicegraph`: its `service_graph` rename is only attested
 * after the pinned version (the contrib report at a later commit), and an unknown type would stop the collector.
 */
export const OTELCOL_CONTRIB_TYPES: readonly ComponentType[] = [
  { kind: "receivers", type: "otlp", module: "core/receiver/otlpreceiver", source: CORE_TYPES },
  { kind: "processors", type: "batch", module: "core/processor/batchprocessor", source: CORE_TYPES },
  { kind: "processors", type: "memory_limiter", module: "core/processor/memorylimiterprocessor", source: CORE_TYPES },
  { kind: "processors", type: "tail_sampling", module: "contrib/processor/tailsamplingprocessor", source: CONTRIB_REPORT },
  { kind: "connectors", type: "forward", module: "core/connector/forwardconnector", source: CORE_TYPES },
  {
    kind: "connectors", type: "span_metrics", deprecatedAlias: "spanmetrics", module: "contrib/connector/spanmetricsconnector",
    source: "opentelemetry-collector-contrib connector/spanmetricsconnector/metadata.yaml (type: span_metrics, deprecated_type: spanmetrics; deprecated at v0.157.0)",
  },
  { kind: "connectors", type: "servicegraph", module: "contrib/connector/servicegraphconnector", source: "opentelemetry-collector-contrib connector/servicegraphconnector/metadata.yaml (type: servicegraph)" },
  { kind: "connectors", type: "datadog", module: "contrib/connector/datadogconnector", source: CONTRIB_REPORT },
  {
    kind: "exporters", type: "otlp_grpc", deprecatedAlias: "otlp", module: "core/exporter/otlpexporter",
    source: "collector issue 14396 (otlp exporter renamed otlp_grpc, alias otlp); opentelemetry-collector-releases v0.158.0 tests/golden/config.yaml",
  },
  { kind: "exporters", type: "prometheus", module: "contrib/exporter/prometheusexporter", source: CONTRIB_REPORT },
  { kind: "exporters", type: "datadog", module: "contrib/exporter/datadogexporter", source: CONTRIB_REPORT },
];
