import { Duration } from "../../domain/duration";
import type { DetectionDirection, KpiDirection, KpiSignal, Seasonality } from "../../domain/kpi/kpi";
import { cleanNumber } from "../../domain/numbers";
import { datadogAggregate, datadogCount, datadogRate } from "./query";
import { anomalies, arithmetic, forecast, monitorQuery, timeWindow, type Comparator, type FunctionOptions } from "./query-builder";

/**
 * The Datadog queries of a KPI's monitors: the KPI's own metric query (given, or translated from its Prometheus
 * signal), wrapped in `anomalies(…)`, `forecast(…)` or compared with a threshold.
 */

/** Datadog's anomaly algorithms: `basic` has no seasonality, `agile` follows level shifts, `robust` resists outliers. */
export type AnomalyAlgorithm = "basic" | "agile" | "robust";

/** The Datadog metric query of a KPI signal: a counter's rate, a ratio of counts, or an aggregated gauge. */
export function datadogKpiQuery(signal: KpiSignal, namespace: string): string {
  switch (signal.kind) {
    case "counter":
      return datadogRate(signal.counter, namespace);
    case "ratio":
      return arithmetic(datadogCount(signal.numerator, namespace), "/", datadogCount(signal.denominator, namespace));
    case "gauge":
      return datadogAggregate(signal.aggregation, signal.gauge, namespace);
  }
}

/** A span as Datadog writes it in `last_…`, `next_…` and `history`: whole weeks, days, hours, else minutes. */
export function datadogSpan(span: Duration): string {
  if (Number.isInteger(span.days)) {
    return span.days % 7 === 0 ? `${span.days / 7}w` : `${span.days}d`;
  }
  return Number.isInteger(span.hours) ? `${span.hours}h` : `${Math.ceil(span.minutes)}m`;
}

/** The default rollup interval of an anomaly monitor: a minute, or a fifth of a shorter alert window. */
export function defaultAnomalyInterval(alertWindow: Duration): Duration {
  return Duration.ofMilliseconds(Math.min(60_000, Math.floor(alertWindow.seconds / 5) * 1000));
}

/** Why an anomaly interval does not fit its alert window (Datadog wants at least five points in it), or undefined. */
export function anomalyIntervalProblem(interval: Duration, alertWindow: Duration): string | undefined {
  if (interval.seconds * 5 <= alertWindow.seconds && Number.isInteger(interval.seconds)) {
    return undefined;
  }
  const most = Math.floor(alertWindow.seconds / 5);
  return (
    `interval ${interval} is more than a fifth of the alert window (detection.sustain ${alertWindow}), or not whole seconds; ` +
    `Datadog needs at least five points in the window: use an interval of at most ${most}s, or a longer sustain (at least ${Duration.ofMilliseconds(interval.milliseconds * 5)})`
  );
}

/**
 * An IANA zone in its canonical case (`europe/berlin` → `Europe/Berlin`), as Datadog's anomaly monitors take it
 * ("TZ identification string … for example America/New_York or Europe/Paris … (canonical format recommended)",
 * DataDog/documentation `content/en/monitors/guide/how-to-update-anomaly-monitor-timezone.md`). An alias the
 * runtime resolves to another zone (Asia/Kolkata → Asia/Calcutta) is kept as written.
 */
export function canonicalTimeZone(zone: string): string {
  const resolved = new Intl.DateTimeFormat("en", { timeZone: zone }).resolvedOptions().timeZone;
  return resolved.toLowerCase() === zone.toLowerCase() ? resolved : zone;
}

/** What an anomaly monitor is made of. */
export interface AnomalyQueryInput {
  readonly query: string;
  readonly algorithm: AnomalyAlgorithm;
  readonly deviations: number;
  readonly direction: DetectionDirection;
  readonly alertWindow: Duration;
  readonly interval: Duration;
  readonly seasonality: Seasonality;
  /** The IANA zone whose days and weeks the seasons follow (agile and robust only). */
  readonly timeZone: string;
}

/**
 * The share of the alert window's points outside the bounds at which the anomaly monitor triggers. Prometheus
 * averages the KPI over the window and compares the average with its band; Datadog compares every point and
 * averages the outcomes: both alert at the same time on a departure twice the band's width (half the window of
 * it), Prometheus sooner on a larger one (a drop to zero within minutes), Datadog sooner on one just past the band.
 */
export const ANOMALY_TRIGGER_SHARE = 0.5;

/**
 * `avg(last_N):anomalies(<query>, '<algorithm>', <deviations>, direction=…, alert_window='last_N', interval=<s>,
 * count_default_zero='true'[, seasonality=…, timezone=…]) >= 0.5`: at least ANOMALY_TRIGGER_SHARE of the alert
 * window's points are outside the bounds.
 */
export function anomalyMonitorQuery(input: AnomalyQueryInput): string {
  const window = timeWindow("last", datadogSpan(input.alertWindow));
  const seasonal = input.algorithm !== "basic" && input.seasonality !== "none";
  const options: FunctionOptions = [
    ["direction", input.direction],
    ["alert_window", window],
    ["interval", input.interval.seconds],
    ["count_default_zero", "true"],
    ...(seasonal ? ([["seasonality", input.seasonality], ["timezone", canonicalTimeZone(input.timeZone)]] as const) : []),
  ];
  return monitorQuery("avg", window, anomalies(input.query, input.algorithm, cleanNumber(input.deviations), options), ">=", ANOMALY_TRIGGER_SHARE);
}

/** The monitor's threshold windows: triggered and recovered over the same window as its query's alert window. */
export function anomalyThresholdWindows(alertWindow: Duration): { triggerWindow: string; recoveryWindow: string } {
  const window = timeWindow("last", datadogSpan(alertWindow));
  return { triggerWindow: window, recoveryWindow: window };
}

/** What a forecast monitor is made of. */
export interface ForecastQueryInput {
  readonly query: string;
  readonly direction: KpiDirection;
  readonly seasonality: Seasonality;
  readonly threshold: number;
  readonly history: Duration;
  readonly horizon: Duration;
}

/** The comparison that is bad for the KPI: falling under a limit when higher is better. */
function badComparison(direction: KpiDirection, inclusive: boolean): Comparator {
  return direction === "higher" ? (inclusive ? "<=" : "<") : inclusive ? ">=" : ">";
}

/**
 * `min(next_N):forecast(<query>, 'linear'|'seasonal', 1, interval=…, …) <= <threshold>` (max and >= when lower is
 * better): a seasonal forecast for a KPI with seasonality, else a linear one fitted over the forecast window.
 * The forecast's interval is a 168th of the horizon (an hour for a week), at least a minute.
 */
export function forecastMonitorQuery(input: ForecastQueryInput): string {
  const interval = ["interval", `${Math.max(1, Math.round(input.horizon.minutes / 168))}m`] as const;
  const predicted =
    input.seasonality === "none"
      ? forecast(input.query, "linear", 1, [interval, ["history", datadogSpan(input.history)], ["model", "default"]])
      : forecast(input.query, "seasonal", 1, [interval, ["seasonality", input.seasonality]]);
  const edge = input.direction === "higher" ? "min" : "max";
  return monitorQuery(edge, timeWindow("next", datadogSpan(input.horizon)), predicted, badComparison(input.direction, true), cleanNumber(input.threshold));
}

/**
 * A threshold monitor's query over a window: `avg(last_N):<query> < <limit>` for a limit on the good side,
 * `max(last_N):<query> <= <floor>` for a floor the KPI must not stay at (min and >= for a ceiling).
 */
export function thresholdMonitorQuery(query: string, direction: KpiDirection, limit: number, window: Duration, kind: "limit" | "floor"): string {
  const over = kind === "limit" ? "avg" : direction === "higher" ? "max" : "min";
  return monitorQuery(over, timeWindow("last", datadogSpan(window)), query, badComparison(direction, kind === "floor"), cleanNumber(limit));
}
