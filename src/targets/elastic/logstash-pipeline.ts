import { ECS_FIELD_SOURCES, KUBERNETES_SERVICE_LABELS, PINO_LEVELS, TIMESTAMP_SOURCES } from "../../domain/platform/ecs-log-records";
import type { ElasticSpec } from "../../domain/platform/platform-spec";

/** The port of the Logstash `beats` input, where Filebeat ships container logs. */
export const BEATS_PORT = 5044;
/**
 * The name the Logstash gives the platform's Elasticsearch (`elasticsearchRefs[].clusterName`). ECK passes its
 * address and credentials as `LOGS_ES_HOSTS`, `LOGS_ES_USER`, `LOGS_ES_PASSWORD` and
 * `LOGS_ES_SSL_CERTIFICATE_AUTHORITY`: the name upper-cased, dashes as underscores (elastic/cloud-on-k8s
 * `pkg/controller/logstash/env.go`).
 */
export const ELASTICSEARCH_CLUSTER_NAME = "logs";
/** Where the parsed JSON record is kept: the fields that have no ECS name stay under it, out of ECS's way. */
export const RECORD_FIELD = "app";

/** A dotted field as a Logstash field reference: `trace.id` is `[trace][id]`. */
export const fieldRef = (dotted: string) => dotted.split(".").map((part) => `[${part}]`).join("");

/** The references of a record's key: nested, and for a dotted key also the key as written (`[app][trace.id]`). */
function recordRefs(key: string): string[] {
  const nested = `[${RECORD_FIELD}]${fieldRef(key)}`;
  return key.includes(".") ? [`[${RECORD_FIELD}][${key}]`, nested] : [nested];
}

const indent = (lines: readonly string[], depth = 1) => lines.map((line) => `${"  ".repeat(depth)}${line}`);

/** A filter block that runs when a condition holds. */
const when = (condition: string, body: readonly string[]) => [`if ${condition} {`, ...indent(body), "}"];

/** `mutate { <operation> => { "<from>" => "<to>" } }` */
const mutate = (operation: string, pairs: ReadonlyArray<readonly [string, string]>) => [
  `mutate { ${operation} => { ${pairs.map(([from, to]) => `"${from}" => "${to}"`).join(" ")} } }`,
];

/** Parses a line that is a JSON object into the record field; other lines stay plain `message`s. */
function parseJson(): string[] {
  return when("[message] =~ /^\\s*\\{/", [
    "json {",
    '  source => "message"',
    `  target => "${RECORD_FIELD}"`,
    "  skip_on_invalid_json => true",
    "}",
    // The record's own message replaces the raw line once the line is known to be a record.
    ...when(`[${RECORD_FIELD}]`, ['mutate { remove_field => ["message"] }']),
  ]);
}

/** Each ECS field from the first of its keys the record has: moved, so that it is stored once. */
function ecsFields(): string[] {
  return ECS_FIELD_SOURCES.flatMap(({ ecs, from }) =>
    from.flatMap(recordRefs).flatMap((source) => when(`!${fieldRef(ecs)} and ${source}`, mutate("rename", [[source, fieldRef(ecs)]]))),
  );
}

/** `@timestamp` from the first time field the record has, in its logger's formats. */
function timestamp(): string[] {
  const branches = TIMESTAMP_SOURCES.map(({ from, formats }, index) => {
    const source = `[${RECORD_FIELD}][${from}]`;
    const keyword = index === 0 ? "if" : "} else if";
    return [
      `${keyword} ${source} {`,
      ...indent([`date { match => [ "${source}", ${formats.map((format) => `"${format}"`).join(", ")} ] remove_field => [ "${source}" ] }`]),
    ];
  });
  return [...branches.flat(), "}"];
}

/** Levels as words in lower case: pino's numbers translated, INFO and WARNING lowered. */
function level(): string[] {
  const dictionary = Object.entries(PINO_LEVELS).map(([number, name]) => `"${number}" => "${name}"`);
  return when("[log][level]", [
    ...mutate("convert", [["[log][level]", "string"]]),
    "translate {",
    '  source => "[log][level]"',
    '  target => "[log][level]"',
    "  override => true",
    `  dictionary => { ${dictionary.join(" ")} }`,
    "}",
    'mutate { lowercase => ["[log][level]"] }',
  ]);
}

/**
 * The service from the pod's labels when the record names none, the stack's environment, and the data stream the
 * record goes to: `logs-<event.dataset>-<environment>`, the dataset `<service>.<default category>` unless the record
 * names one, in the form log policies name theirs (lower case, `_` for anything but letters, digits and dots).
 */
function routing(spec: ElasticSpec): string[] {
  const labels = (label: string) => `[kubernetes][labels][${label}]`;
  return [
    ...when(`![service][name] and ${labels(KUBERNETES_SERVICE_LABELS.name)}`, mutate("copy", [[labels(KUBERNETES_SERVICE_LABELS.name), "[service][name]"]])),
    ...when("![service][name] and [kubernetes][container][name]", mutate("copy", [["[kubernetes][container][name]", "[service][name]"]])),
    ...when(`![service][version] and ${labels(KUBERNETES_SERVICE_LABELS.version)}`, mutate("copy", [[labels(KUBERNETES_SERVICE_LABELS.version), "[service][version]"]])),
    ...when("![service][environment]", mutate("add_field", [["[service][environment]", spec.environment]])),
    ...when("![event][dataset] and [service][name]", mutate("add_field", [["[event][dataset]", `%{[service][name]}.${spec.defaultCategory}`]])),
    ...when("[event][dataset]", [
      'mutate { lowercase => ["[event][dataset]"] }',
      'mutate { gsub => ["[event][dataset]", "[^a-z0-9_.]", "_"] }',
      ...mutate("copy", [["[event][dataset]", "[data_stream][dataset]"]]),
    ]),
    ...mutate("add_field", [
      ["[data_stream][type]", "logs"],
      ["[data_stream][namespace]", spec.dataStreamNamespace],
    ]),
  ];
}

/** The address and credentials ECK passes for the platform's Elasticsearch, as `${…}` references. */
function elasticsearchOutput(): string[] {
  const env = (name: string) => `"\${${ELASTICSEARCH_CLUSTER_NAME.toUpperCase()}_ES_${name}}"`;
  return [
    "elasticsearch {",
    `  hosts => [ ${env("HOSTS")} ]`,
    `  user => ${env("USER")}`,
    `  password => ${env("PASSWORD")}`,
    "  ssl_enabled => true",
    `  ssl_certificate_authorities => ${env("SSL_CERTIFICATE_AUTHORITY")}`,
    '  data_stream => "true"',
    "}",
  ];
}

/**
 * The Logstash pipeline that turns the services' container logs into ECS: Filebeat's lines in, JSON records parsed,
 * their fields renamed to ECS (ECS_FIELD_SOURCES, trace and span ids included), time and level normalised, and each
 * record written to the data stream of its dataset and the stack's environment, whose index template and ILM policy
 * its LogPolicy wrote.
 */
export function logstashPipeline(spec: ElasticSpec): string {
  const filters = [...parseJson(), ...ecsFields(), ...timestamp(), ...level(), ...routing(spec)];
  return [
    "input {",
    ...indent([`beats { port => ${BEATS_PORT} }`]),
    "}",
    "filter {",
    ...indent(filters),
    "}",
    "output {",
    ...indent(elasticsearchOutput()),
    "}",
    "",
  ].join("\n");
}
