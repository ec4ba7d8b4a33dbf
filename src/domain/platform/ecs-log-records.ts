/**
 * Where the ECS fields of a log record are in the JSON the services' loggers write, per logger, so that the
 * platform's Logstash turns any of them into the fields the log policies' mapping indexes (`trace.id`, `span.id`,
 * `log.level`, …): the trace and span ids that the OpenTelemetry instrumentation puts into log records
 * (`LOG_CORRELATION` of the ServiceTelemetry target) link a log line to its trace.
 *
 * - ECS loggers (Elastic's ecs-logging libraries) write the ECS names, as dotted keys (`"log.level"`) or nested;
 * - Python's logging instrumentation (OTEL_PYTHON_LOG_CORRELATION) adds `otelTraceID`, `otelSpanID` and
 *   `otelServiceName` to each record, which python-json-logger writes with `message`, `levelname`, `name`, `asctime`
 *   and `exc_info`;
 * - the Java agent puts `trace_id` and `span_id` into Logback's MDC and Log4j's context data, which
 *   logstash-logback-encoder writes with `@timestamp`, `level`, `logger_name`, `message` and `stack_trace`;
 * - Node.js' pino, winston and bunyan instrumentations add `trace_id` and `span_id`; pino writes `time` (epoch
 *   milliseconds), a numeric `level`, `msg` and `err: { type, message, stack }`, winston `timestamp`, `level`, `message`.
 */

/** An ECS field and the keys of a record it is read from, first found first; a dotted key is also read nested. */
export interface EcsFieldSource {
  /** The ECS field, dotted: `trace.id`. */
  readonly ecs: string;
  /** The record's keys that hold it, in order of preference: `trace_id`, `otelTraceID`. */
  readonly from: readonly string[];
}

/** The fields every policy's mapping indexes (ECS_LOG_MAPPING), by where loggers write them. */
export const ECS_FIELD_SOURCES: readonly EcsFieldSource[] = [
  { ecs: "trace.id", from: ["trace.id", "trace_id", "otelTraceID", "traceId"] },
  { ecs: "span.id", from: ["span.id", "span_id", "otelSpanID", "spanId"] },
  { ecs: "message", from: ["message", "msg"] },
  { ecs: "log.level", from: ["log.level", "level", "levelname"] },
  { ecs: "log.logger", from: ["log.logger", "logger_name", "logger", "name"] },
  { ecs: "service.name", from: ["service.name", "otelServiceName"] },
  { ecs: "service.version", from: ["service.version"] },
  { ecs: "service.environment", from: ["service.environment", "deployment.environment"] },
  { ecs: "event.dataset", from: ["event.dataset"] },
  { ecs: "error.type", from: ["error.type", "err.type"] },
  { ecs: "error.message", from: ["error.message", "err.message"] },
  { ecs: "error.stack_trace", from: ["error.stack_trace", "stack_trace", "err.stack", "exc_info"] },
];

/** A record's time: its key and the formats it is written in (Logstash date filter patterns). */
export interface TimestampSource {
  readonly from: string;
  readonly formats: readonly string[];
}

/** Where a record's time is, first found first: ECS and Logback, winston, pino, python-json-logger. */
export const TIMESTAMP_SOURCES: readonly TimestampSource[] = [
  { from: "@timestamp", formats: ["ISO8601"] },
  { from: "timestamp", formats: ["ISO8601", "UNIX_MS"] },
  { from: "time", formats: ["UNIX_MS", "ISO8601"] },
  { from: "asctime", formats: ["yyyy-MM-dd HH:mm:ss,SSS", "ISO8601"] },
];

/** pino's numeric levels as the names other loggers write (pino `lib/constants.js`). */
export const PINO_LEVELS: Readonly<Record<string, string>> = {
  "10": "trace",
  "20": "debug",
  "30": "info",
  "40": "warn",
  "50": "error",
  "60": "fatal",
};

/**
 * The Kubernetes pod labels the service's name and version are taken from when the record names none, as Filebeat's
 * `add_kubernetes_metadata` writes them (dots of label keys replaced by `_`).
 */
export const KUBERNETES_SERVICE_LABELS = {
  name: "app_kubernetes_io/name",
  version: "app_kubernetes_io/version",
} as const;
