import { describe, expect, it } from "vitest";
import { dataStreamName, logDataset } from "../../../src/domain/logs/log-policy";
import type { ElasticSpec } from "../../../src/domain/platform/platform-spec";
import { logstashPipeline } from "../../../src/targets/elastic/logstash-pipeline";
import { parsePipeline, pluginsOf, runFilters } from "../../support/logstash-config";

const spec: ElasticSpec = {
  version: "9.1.0",
  tiers: [],
  logstashReplicas: 2,
  defaultCategory: "application",
  dataStreamNamespace: "production",
  environment: "production",
};
const pipeline = parsePipeline(logstashPipeline(spec));
const TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
const SPAN = "00f067aa0ba902b7";

/** A container log line as Filebeat ships it: the line, the pod's metadata, the time it was read. */
function shipped(line: string): Record<string, unknown> {
  return {
    "@timestamp": "2026-08-03T10:15:31.000Z",
    message: line,
    kubernetes: { labels: { "app_kubernetes_io/name": "intelligent-teams-planner", "app_kubernetes_io/version": "2.0.0" }, container: { name: "api" } },
  };
}
const ecs = (record: object) => runFilters(pipeline.filter, shipped(JSON.stringify(record)));

describe("the Logstash pipeline's configuration", () => {
  it("reads Filebeat on 5044 and writes data streams to the platform's Elasticsearch with ECK's credentials", () => {
    expect(pluginsOf(pipeline.input)).toEqual([{ kind: "plugin", name: "beats", settings: { port: 5044 } }]);
    expect(pluginsOf(pipeline.output)).toEqual([
      {
        kind: "plugin",
        name: "elasticsearch",
        settings: {
          hosts: ["${LOGS_ES_HOSTS}"],
          user: "${LOGS_ES_USER}",
          password: "${LOGS_ES_PASSWORD}",
          ssl_enabled: true,
          ssl_certificate_authorities: "${LOGS_ES_SSL_CERTIFICATE_AUTHORITY}",
          data_stream: "true",
        },
      },
    ]);
  });

  it("parses JSON lines into app, then moves the trace and span ids of every instrumented logger to trace.id and span.id", () => {
    const [first] = pluginsOf(pipeline.filter);
    expect(first).toEqual({ kind: "plugin", name: "json", settings: { source: "message", target: "app", skip_on_invalid_json: true } });
    const renames = pluginsOf(pipeline.filter).flatMap((plugin) => Object.entries((plugin.settings.rename ?? {}) as Record<string, string>));
    // Python's logging instrumentation, the Java agent's MDC and the Node.js logger instrumentations, and ECS loggers.
    for (const [python, other, ecsKey, field] of [
      ["otelTraceID", "trace_id", "trace.id", "[trace][id]"],
      ["otelSpanID", "span_id", "span.id", "[span][id]"],
    ]) {
      expect(renames).toContainEqual([`[app][${python}]`, field]);
      expect(renames).toContainEqual([`[app][${other}]`, field]);
      expect(renames).toContainEqual([`[app][${ecsKey}]`, field]);
    }
    expect(renames).toContainEqual(["[app][msg]", "[message]"]);
    expect(renames).toContainEqual(["[app][levelname]", "[log][level]"]);
    expect(renames).toContainEqual(["[app][err][stack]", "[error][stack_trace]"]);
  });
});

describe("the Logstash pipeline evaluated on records", () => {
  it("maps a pino record (Node.js): numeric level, epoch time, msg, err and the instrumentation's ids", () => {
    const event = ecs({
      level: 50, time: 1785752130123, pid: 1, name: "planner", msg: "plan not saved", trace_id: TRACE, span_id: SPAN, trace_flags: "01",
      err: { type: "DatabaseConnectionError", message: "connection refused", stack: "DatabaseConnectionError: connection refused\n    at save" },
    });
    expect(event).toMatchObject({
      "@timestamp": "2026-08-03T10:15:30.123Z",
      message: "plan not saved",
      log: { level: "error", logger: "planner" },
      trace: { id: TRACE },
      span: { id: SPAN },
      error: { type: "DatabaseConnectionError", message: "connection refused", stack_trace: expect.stringContaining("at save") },
      service: { name: "intelligent-teams-planner", version: "2.0.0", environment: "production" },
      event: { dataset: "intelligent_teams_planner.application" },
      data_stream: { type: "logs", dataset: "intelligent_teams_planner.application", namespace: "production" },
      app: { pid: 1, trace_flags: "01" },
    });
  });

  it("maps a python-json-logger record with OTEL_PYTHON_LOG_CORRELATION and a Logback record with the Java agent's MDC", () => {
    const python = ecs({
      asctime: "2026-08-03 10:15:30,123", name: "planner.api", levelname: "WARNING", message: "slow plan", otelTraceID: TRACE, otelSpanID: SPAN,
      otelServiceName: "planner-worker", otelTraceSampled: true,
    });
    expect(python).toMatchObject({ "@timestamp": "2026-08-03T10:15:30.123Z", log: { level: "warning", logger: "planner.api" }, trace: { id: TRACE }, span: { id: SPAN } });
    expect(python).toMatchObject({ service: { name: "planner-worker" }, data_stream: { dataset: "planner_worker.application" } });
    const java = ecs({ "@timestamp": "2026-08-03T10:15:30.123Z", level: "INFO", logger_name: "com.example.Planner", message: "plan saved", trace_id: TRACE, span_id: SPAN, stack_trace: "java.lang.IllegalStateException" });
    expect(java).toMatchObject({ log: { level: "info", logger: "com.example.Planner" }, trace: { id: TRACE }, span: { id: SPAN }, error: { stack_trace: "java.lang.IllegalStateException" } });
  });

  it("keeps an ECS logger's fields and dataset, which route the record to its LogPolicy's data stream", () => {
    const event = ecs({ "@timestamp": "2026-08-03T10:15:30.123Z", "log.level": "info", message: "plan shared", "ecs.version": "8.10.0", trace: { id: TRACE }, "event.dataset": "intelligent-teams-planner.audit" });
    expect(event).toMatchObject({ log: { level: "info" }, trace: { id: TRACE }, event: { dataset: "intelligent_teams_planner.audit" } });
    const stream = event.data_stream as { dataset: string; namespace: string };
    expect(`logs-${stream.dataset}-${stream.namespace}`).toBe(dataStreamName({ dataset: logDataset("intelligent-teams-planner", "audit"), namespace: "production" }));
  });

  it("leaves a plain text line as the message, with the service from the pod's labels", () => {
    const event = runFilters(pipeline.filter, shipped("Listening on :8080"));
    expect(event).toMatchObject({ message: "Listening on :8080", service: { name: "intelligent-teams-planner" }, data_stream: { dataset: "intelligent_teams_planner.application" } });
    expect(event).not.toHaveProperty("app");
    expect(event["@timestamp"]).toBe("2026-08-03T10:15:31.000Z");
  });
});
