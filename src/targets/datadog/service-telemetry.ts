import { Monitor } from "@cdktf/provider-datadog/lib/monitor";
import { SoftwareCatalog } from "@cdktf/provider-datadog/lib/software-catalog";
import { redAlertNames } from "../../domain/apm/red-rules";
import type { TelemetrySpec } from "../../domain/apm/telemetry";
import type { Receiver, SeverityReceivers } from "../../domain/routing/routing";
import type { TargetScope } from "../target-scope";
import { datadogHandles } from "./notification-handles";
import { datadogTags } from "./query";
import { arithmetic, metricQuery, type MetricQuery, monitorQuery, tagFilter, timeWindow, weekBefore } from "./query-builder";
import { toYaml } from "../yaml/yaml";

/** What Datadog needs beyond the spec: the operation its trace metrics are named after, the owner's receivers, the dependencies. */
export interface DatadogTelemetryInput {
  /** The service's entry operation, the `<span>` of `trace.<span>.hits`. */
  readonly operation: string;
  /** The operation of the service's database client spans, the `<span>` of `trace.<span>` tagged `resource_name`. */
  readonly databaseOperation: string;
  /** The operation of the service's outgoing calls, the `<span>` of `trace.<span>.hits` tagged `peer.service`. */
  readonly clientOperation: string;
  readonly receivers: SeverityReceivers;
  /** Services and resources the service calls, by name. */
  readonly dependsOn: readonly string[];
}

function message(spec: TelemetrySpec, what: string, receivers: SeverityReceivers): string {
  return [
    what,
    ...(spec.runbookUrl === undefined ? [] : [`Runbook: ${spec.runbookUrl}`]),
    ...(spec.dashboardUrl === undefined ? [] : [`Dashboard: ${spec.dashboardUrl}`]),
    datadogHandles(receivers[spec.severity]).join(" "),
  ].join("\n\n");
}

/**
 * The service's APM monitors on Datadog's trace metrics, the same signals as its Prometheus alerts: the error
 * ratio (`trace.<span>.errors` over `trace.<span>.hits`), p95 and p99 latency (`p95:trace.<span>`, in seconds),
 * throughput against the same time last week, the p95 of each database operation (`p95:trace.<database span>`
 * by `resource_name`) against the database target, and the error ratio of the calls to each `peer.service`.
 */
/** One APM monitor of a service on Datadog: its resource id, its alert name, what it says and its query. */
export interface TelemetryMonitor {
  readonly id: string;
  readonly alert: string;
  readonly threshold: number;
  readonly what: string;
  readonly query: string;
}

/** The service's APM monitors on Datadog: error ratio, p95 and p99 latency, throughput drop, slow database, failing dependency. */
export function datadogTelemetryMonitors(spec: TelemetrySpec, input: Omit<DatadogTelemetryInput, "receivers" | "dependsOn">): TelemetryMonitor[] {
  const names = redAlertNames(spec);
  const filters = [tagFilter("service", spec.service), tagFilter("env", spec.environment)];
  const trace = (aggregator: string, operation: string, extra: Pick<MetricQuery, "by" | "as"> = {}) =>
    metricQuery({ aggregator, metric: `trace.${operation}`, filters, filterJoin: "comma", ...extra });
  const metric = (suffix: string) => trace("sum", `${input.operation}.${suffix}`, { as: "count" });
  const peerMetric = (suffix: string) => trace("sum", `${input.clientOperation}.${suffix}`, { by: ["peer.service"], as: "count" });
  const last = (span: string) => timeWindow("last", span);
  const { errorRatio, p95, p99, databaseP95 } = spec.thresholds;
  return [
    { id: "errors", alert: names.errorRatio, threshold: errorRatio, what: `more than ${errorRatio * 100}% of requests fail`,
      query: monitorQuery("sum", last("10m"), arithmetic(metric("errors"), "/", metric("hits")), ">", errorRatio) },
    { id: "latency-p95", alert: names.p95, threshold: p95.seconds, what: `p95 latency above ${p95}`,
      query: monitorQuery("percentile", last("10m"), trace("p95", input.operation), ">", p95.seconds) },
    { id: "latency-p99", alert: names.p99, threshold: p99.seconds, what: `p99 latency above ${p99}`,
      query: monitorQuery("percentile", last("10m"), trace("p99", input.operation), ">", p99.seconds) },
    { id: "throughput-drop", alert: names.throughputDrop, threshold: 0.5, what: "throughput below half of the same time last week",
      query: monitorQuery("sum", last("30m"), arithmetic(metric("hits"), "/", weekBefore(metric("hits"))), "<", 0.5) },
    { id: "slow-database", alert: names.slowDatabase, threshold: databaseP95.seconds, what: `a database operation's p95 above ${databaseP95}`,
      query: monitorQuery("percentile", last("10m"), trace("p95", input.databaseOperation, { by: ["resource_name"] }), ">", databaseP95.seconds) },
    { id: "failing-dependency", alert: names.failingDependency, threshold: errorRatio, what: `more than ${errorRatio * 100}% of calls to a dependency fail`,
      query: monitorQuery("sum", last("10m"), arithmetic(peerMetric("errors"), "/", peerMetric("hits")), ">", errorRatio) },
  ];
}

function writeMonitors(scope: TargetScope, spec: TelemetrySpec, monitors: readonly TelemetryMonitor[], receivers: SeverityReceivers): void {
  const provider = scope.terraform.datadog();
  const tags = datadogTags({ ...spec.alertLabels, severity: spec.severity });
  for (const monitor of monitors) {
    new Monitor(scope.terraformScope(), `monitor-${monitor.id}`, {
      provider,
      name: `[${spec.severity}] ${spec.service}: ${monitor.what}`,
      type: "query alert",
      query: monitor.query,
      message: message(spec, `${monitor.alert}: ${spec.service} ${monitor.what}.`, receivers),
      monitorThresholds: { critical: String(monitor.threshold) },
      priority: spec.severity === "page" ? "1" : "3",
      tags,
    });
  }
}

/** A receiver as a catalog contact, when it is one (PagerDuty and webhooks are not). */
function contact(receiver: Receiver): object | undefined {
  switch (receiver.kind) {
    case "slack":
      return { name: receiver.channel, type: "slack", contact: `https://slack.com/app_redirect?channel=${receiver.channel.replace(/^#/, "")}` };
    case "email":
      return { name: receiver.address, type: "email", contact: receiver.address };
    default:
      return undefined;
  }
}

/**
 * The service's `datadog_software_catalog` entity (schema v3): its owner, contacts and on-call (the PagerDuty
 * services its pages reach, as `oncall` tags), its runbook and dashboard, language and dependencies.
 */
function writeCatalog(scope: TargetScope, spec: TelemetrySpec, input: DatadogTelemetryInput): void {
  const receivers = [...input.receivers.page, ...input.receivers.ticket];
  const oncall = input.receivers.page.flatMap((receiver) => (receiver.kind === "pagerduty" ? [`oncall:${receiver.service.replace(/\s+/g, "_")}`] : []));
  const links = [
    ...(spec.runbookUrl === undefined ? [] : [{ name: "Runbook", type: "runbook", url: spec.runbookUrl }]),
    ...(spec.dashboardUrl === undefined ? [] : [{ name: "APM dashboard", type: "dashboard", url: spec.dashboardUrl }]),
  ];
  const entity = {
    apiVersion: "v3",
    kind: "service",
    metadata: {
      name: spec.service,
      owner: spec.alertLabels.team,
      tags: [`env:${spec.environment}`, ...oncall],
      links,
      contacts: receivers.map(contact).filter((item) => item !== undefined),
    },
    spec: { languages: [spec.language], dependsOn: input.dependsOn.map((name) => `service:${name}`) },
  };
  new SoftwareCatalog(scope.terraformScope(), "software-catalog", { provider: scope.terraform.datadog(), entity: toYaml(entity) });
}

/** The service on Datadog: its APM monitors and its software catalog entity. */
export function writeDatadogTelemetry(scope: TargetScope, spec: TelemetrySpec, monitors: readonly TelemetryMonitor[], input: DatadogTelemetryInput): void {
  writeMonitors(scope, spec, monitors, input.receivers);
  writeCatalog(scope, spec, input);
}
