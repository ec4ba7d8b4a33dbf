import { LogsMetric } from "@cdktf/provider-datadog/lib/logs-metric";
import { Monitor } from "@cdktf/provider-datadog/lib/monitor";
import type { Duration } from "../../domain/duration";
import type { LogAlertSpec, LogThreshold } from "../../domain/logs/log-alert";
import type { Receiver } from "../../domain/routing/routing";
import type { TargetScope } from "../target-scope";
import { datadogLogSearch, datadogLogField } from "./log-search";
import { datadogHandles } from "./notification-handles";
import { datadogTags } from "./query";
import { datadogWindow } from "./burn-rate";
import { anomalies, eventMonitorQuery, metricQuery, monitorQuery, tagFilter, timeWindow } from "./query-builder";

/** The query of a Datadog `log alert` monitor: matching logs counted over the window, per facet value if grouped. */
export function datadogLogAlertQuery(spec: LogAlertSpec, threshold: LogThreshold): string {
  const by = threshold.groupBy === undefined ? [] : [datadogLogField(threshold.groupBy)];
  const query = { source: "logs", search: datadogLogSearch(spec.query), index: "*", rollup: ["count"], by, last: datadogWindow(threshold.window) } as const;
  return eventMonitorQuery(query, ">", threshold.above);
}

/** The Datadog metric counting an alert's logs, `<namespace>.logs.<alert id>` with dots and underscores only. */
export function logsMetricName(namespace: string, spec: LogAlertSpec): string {
  const name = `logs.${spec.id.replace(/-/g, "_")}`;
  return namespace === "" ? name : `${namespace}.${name}`;
}

/** The query of the anomaly monitor on an alert's logs metric: its count leaving the usual weekly band upwards. */
export function datadogLogAnomalyQuery(metric: string, spec: LogAlertSpec, window: Duration): string {
  const series = metricQuery({ aggregator: "sum", metric, filters: [tagFilter("service", spec.service)], as: "count" });
  const options = [
    ["direction", "above"],
    ["alert_window", timeWindow("last", datadogWindow(window))],
    ["interval", 60],
    ["count_default_zero", "true"],
    ["seasonality", "weekly"],
  ] as const;
  return monitorQuery("avg", timeWindow("last", "4h"), anomalies(series, "agile", 2, options), ">=", 1);
}

function message(spec: LogAlertSpec, receivers: readonly Receiver[]): string {
  return [
    `${spec.alertName}: ${spec.description}`,
    ...(spec.runbookUrl === undefined ? [] : [`Runbook: ${spec.runbookUrl}`]),
    datadogHandles(receivers).join(" "),
  ].join("\n\n");
}

/**
 * A log alert on Datadog: a `log alert` monitor for a threshold; for an anomaly, a logs metric counting the
 * matching logs (it counts excluded logs too) and an anomaly monitor on it with weekly seasonality.
 */
export function writeDatadogLogAlert(scope: TargetScope, spec: LogAlertSpec, receivers: readonly Receiver[]): void {
  const provider = scope.terraform.datadog();
  const resources = scope.terraformScope();
  const tags = datadogTags({ ...spec.labels, severity: spec.severity, "managed-by": "watchkeeper" });
  const common = { provider, name: `[${spec.severity}] ${spec.alertName}: ${spec.service} logs`, message: message(spec, receivers), tags };
  if (spec.condition.kind === "threshold") {
    const threshold = spec.condition.threshold;
    new Monitor(resources, "log-monitor", {
      ...common,
      type: "log alert",
      query: datadogLogAlertQuery(spec, threshold),
      monitorThresholds: { critical: String(threshold.above) },
      enableLogsSample: true,
    });
    return;
  }
  const metric = logsMetricName(scope.stack.datadogMetricNamespace, spec);
  new LogsMetric(resources, "logs-metric", {
    provider,
    name: metric,
    compute: { aggregationType: "count" },
    filter: { query: datadogLogSearch(spec.query) },
    groupBy: [{ path: "service", tagName: "service" }],
  });
  new Monitor(resources, "anomaly-monitor", {
    ...common,
    type: "query alert",
    query: datadogLogAnomalyQuery(metric, spec, spec.condition.window),
    monitorThresholds: { critical: "1", criticalRecovery: "0" },
    monitorThresholdWindows: { triggerWindow: timeWindow("last", datadogWindow(spec.condition.window)), recoveryWindow: timeWindow("last", datadogWindow(spec.condition.window)) },
  });
}
