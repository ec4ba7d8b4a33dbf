import { Monitor, type MonitorConfig } from "@cdktf/provider-datadog/lib/monitor";
import type { Duration } from "../../domain/duration";
import { hasBaseline, type KpiSpec } from "../../domain/kpi/kpi";
import { kpiAlertNames } from "../../domain/kpi/kpi-rules";
import type { SeverityReceivers } from "../../domain/routing/routing";
import type { TargetScope } from "../target-scope";
import {
  ANOMALY_TRIGGER_SHARE,
  anomalyIntervalProblem,
  anomalyMonitorQuery,
  anomalyThresholdWindows,
  datadogKpiQuery,
  defaultAnomalyInterval,
  forecastMonitorQuery,
  thresholdMonitorQuery,
  type AnomalyAlgorithm,
} from "./kpi-query";
import { datadogHandles } from "./notification-handles";
import { datadogTags } from "./query";

/** What a KPI's Datadog monitors need besides the spec. */
export interface DatadogKpiInput {
  /** The KPI's Datadog metric query; undefined to translate its Prometheus signal. */
  readonly query?: string;
  /** The anomaly algorithm; undefined for `robust` with seasonality, `basic` without. */
  readonly algorithm?: AnomalyAlgorithm;
  /** The anomaly rollup interval; undefined for a minute, or a fifth of a shorter sustain. */
  readonly interval?: Duration;
  /** The owner's receivers, mentioned in the monitors' messages. */
  readonly receivers: SeverityReceivers;
}

const SWITCH_OFF = "or set outputs.datadog to false";

/** The algorithm a KPI's anomaly monitor uses: the one given, else `robust` with seasonality and `basic` without. */
function algorithmOf(spec: Pick<KpiSpec, "seasonality">, algorithm: AnomalyAlgorithm | undefined): AnomalyAlgorithm {
  return algorithm ?? (hasBaseline(spec) ? "robust" : "basic");
}

/**
 * What keeps a KPI from being written to Datadog, each with its fix: a signal with no Datadog translation and no
 * query given, an anomaly interval over a fifth of the alert window (the sustain time).
 */
export function datadogKpiProblems(spec: Pick<KpiSpec, "signal" | "detection">, namespace: string, input: Omit<DatadogKpiInput, "receivers">): string[] {
  const problems: string[] = [];
  if (input.query === undefined) {
    try {
      datadogKpiQuery(spec.signal, namespace);
    } catch (error) {
      problems.push(`datadogQuery: ${(error as Error).message}; give datadogQuery, ${SWITCH_OFF}`);
    }
  }
  const interval = input.interval === undefined ? undefined : anomalyIntervalProblem(input.interval, spec.detection.sustain);
  return interval === undefined ? problems : [...problems, `datadogAnomaly.interval: ${interval}`];
}

/** One Datadog monitor of a KPI: its resource id, its alert name, what it says and its query. */
export interface KpiMonitor {
  readonly id: string;
  readonly alert: string;
  readonly summary: string;
  readonly config: Pick<MonitorConfig, "query" | "monitorThresholds" | "monitorThresholdWindows">;
}

/**
 * The KPI on Datadog, as `query alert` monitors: an anomaly monitor on its seasonal bounds (a KPI with
 * seasonality), a threshold monitor per absolute limit and floor, a forecast monitor. Relative thresholds stay on
 * Prometheus: Datadog's anomaly bounds are its baseline. Only for a spec without datadogKpiProblems.
 */
export function datadogKpiMonitors(spec: KpiSpec, namespace: string, input: Omit<DatadogKpiInput, "receivers">): KpiMonitor[] {
  const query = input.query ?? datadogKpiQuery(spec.signal, namespace);
  const names = kpiAlertNames(spec);
  const what = `${spec.service} ${spec.name}`;
  const sustain = spec.detection.sustain;
  const monitors: KpiMonitor[] = [];
  if (hasBaseline(spec)) {
    const interval = input.interval ?? defaultAnomalyInterval(sustain);
    const { sensitivity, direction } = spec.detection;
    monitors.push({
      id: "anomaly",
      alert: names.anomaly,
      summary: `${what} is outside its ${spec.seasonality} bounds (${direction}) for ${ANOMALY_TRIGGER_SHARE * 100}% of the last ${sustain}`,
      config: {
        query: anomalyMonitorQuery({
          query,
          algorithm: algorithmOf(spec, input.algorithm),
          deviations: sensitivity,
          direction,
          alertWindow: sustain,
          interval,
          seasonality: spec.seasonality,
          timeZone: spec.timeZone,
        }),
        monitorThresholds: { critical: String(ANOMALY_TRIGGER_SHARE) },
        monitorThresholdWindows: anomalyThresholdWindows(sustain),
      },
    });
  }
  const side = spec.direction === "higher" ? "below" : "above";
  if (spec.thresholds.absolute !== undefined) {
    const limit = spec.thresholds.absolute;
    monitors.push({
      id: "threshold",
      alert: names.absolute,
      summary: `${what} is ${side} ${limit}`,
      config: { query: thresholdMonitorQuery(query, spec.direction, limit, sustain, "limit"), monitorThresholds: { critical: String(limit) } },
    });
  }
  if (spec.floor !== undefined) {
    const { value, for: wait } = spec.floor;
    monitors.push({
      id: "floor",
      alert: names.floor,
      summary: `${what} has been at ${value} for ${wait}`,
      config: { query: thresholdMonitorQuery(query, spec.direction, value, wait, "floor"), monitorThresholds: { critical: String(value) } },
    });
  }
  if (spec.forecast !== undefined) {
    const { threshold, window, horizon } = spec.forecast;
    monitors.push({
      id: "forecast",
      alert: names.forecast,
      summary: `${what} is forecast to go ${side} ${threshold} within ${horizon}`,
      config: {
        query: forecastMonitorQuery({ query, direction: spec.direction, seasonality: spec.seasonality, threshold, history: window, horizon }),
        monitorThresholds: { critical: String(threshold) },
      },
    });
  }
  return monitors;
}

/** Writes a KPI's Datadog monitors, notifying the owner's handles. */
export function writeDatadogKpi(scope: TargetScope, spec: KpiSpec, monitors: readonly KpiMonitor[], receivers: SeverityReceivers): void {
  for (const { id, alert, summary, config } of monitors) {
    new Monitor(scope.terraformScope(), id, {
      provider: scope.terraform.datadog(),
      name: `[${spec.severity}] ${alert}: ${summary}`,
      type: "query alert",
      message: message(spec, summary, receivers),
      priority: spec.severity === "page" ? "1" : "3",
      tags: datadogTags({ ...spec.alertLabels, "managed-by": "watchkeeper", severity: spec.severity }),
      ...config,
    });
  }
}

function message(spec: KpiSpec, summary: string, receivers: SeverityReceivers): string {
  const dependencies = spec.dependencies.filter((dependency) => dependency.dashboardUrl !== undefined);
  return [
    `${summary}.${spec.description === undefined ? "" : ` ${spec.description}.`}`,
    ...(spec.runbookUrl === undefined ? [] : [`Runbook: ${spec.runbookUrl}`]),
    ...(spec.dashboardUrl === undefined ? [] : [`Dashboard: ${spec.dashboardUrl}`]),
    ...(dependencies.length === 0 ? [] : [`Depends on: ${dependencies.map((dependency) => `${dependency.name} ${dependency.dashboardUrl}`).join(", ")}`]),
    datadogHandles(receivers[spec.severity]).join(" "),
  ].join("\n\n");
}
