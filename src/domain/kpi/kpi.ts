import { Duration } from "../duration";
import type { Selector } from "../promql";
import type { AlertSeverity } from "../routing/routing";

/**
 * What a KPI measures: the per-second rate of a counter (revenue, orders), the ratio of two counters' rates
 * (conversions over sessions), or a gauge (a satisfaction score).
 */
export type KpiSignal =
  | { readonly kind: "counter"; readonly counter: Selector }
  | { readonly kind: "ratio"; readonly numerator: Selector; readonly denominator: Selector }
  | { readonly kind: "gauge"; readonly gauge: Selector; readonly aggregation: GaugeAggregation; readonly canBeZero: boolean };

/** How the series of a gauge become one KPI value. */
export type GaugeAggregation = "avg" | "sum" | "min" | "max";

/** Which way the KPI is good: more conversions is better, more abandoned carts is worse. */
export type KpiDirection = "higher" | "lower";

/** The pattern the KPI repeats: none, every day, or every week (busy weekday afternoons, quiet weekends). */
export type Seasonality = "none" | "daily" | "weekly";

/** Which departures from the band alert: below it, above it, or both. */
export type DetectionDirection = "below" | "above" | "both";

/** How the KPI's anomalies are detected against its seasonal band. */
export interface KpiDetection {
  /** The band's half-width, in units of spread (deviations); above 0. */
  readonly sensitivity: number;
  /**
   * The window the KPI, and each past season's sample, is averaged over before they are compared (the anomaly
   * fires as soon as that average leaves the band); and how long the KPI must stay past a threshold before those
   * alerts fire.
   */
  readonly sustain: Duration;
  readonly direction: DetectionDirection;
  /** The least spread, in percent of the baseline, so that very regular weeks do not give a zero-width band. */
  readonly minimumSpreadPercent: number;
  /** How many past seasons (weeks or days) the baseline is the median of. */
  readonly seasons: number;
}

/** Limits on the KPI, each an alert once crossed for the sustain time. */
export interface KpiThresholds {
  /** The KPI must stay beyond this percentage of its baseline ("above 95% of baseline"). */
  readonly percentOfBaseline?: number;
  /** The KPI may fall short of its baseline by at most this percentage ("impact under 1% negative"). */
  readonly maxImpactPercent?: number;
  /** How long the KPI and its baseline are averaged over before the relative thresholds compare them. */
  readonly relativeWindow: Duration;
  /** An absolute limit on the good side of which the KPI must stay ("at least 4.5"). */
  readonly absolute?: number;
}

/** A level the KPI must never stay at or beyond (on the bad side) for `for`: "orders never 0 for 30 minutes". */
export interface KpiFloor {
  readonly value: number;
  readonly for: Duration;
}

/** A linear forecast of the KPI's seasonal average, alerting when it will cross `threshold` within `horizon`. */
export interface KpiForecast {
  readonly window: Duration;
  readonly horizon: Duration;
  readonly threshold: number;
}

/** A business KPI, validated and resolved: everything its rules, monitors and dashboards are made from. */
export interface KpiSpec {
  /** Unique in a stack, `<service>-<name>`: the `kpi` label, file names, resource names. */
  readonly id: string;
  readonly service: string;
  readonly name: string;
  readonly description?: string;
  readonly signal: KpiSignal;
  /** The range of the counters' rates. */
  readonly rateWindow: Duration;
  /** The unit of the KPI's value on dashboards, a Grafana unit id ("percentunit", "currencyEUR"). */
  readonly unit?: string;
  readonly direction: KpiDirection;
  readonly seasonality: Seasonality;
  /** The IANA zone the KPI's days and weeks are lived in: Datadog's seasonal bounds and the dashboards follow it. */
  readonly timeZone: string;
  /** Anomaly detection against the seasonal band (unused without seasonality). */
  readonly detection: KpiDetection;
  readonly thresholds: KpiThresholds;
  readonly floor?: KpiFloor;
  readonly forecast?: KpiForecast;
  readonly severity: AlertSeverity;
  /** Labels of every alert besides `severity`: team, service, env, kpi. */
  readonly alertLabels: Readonly<Record<string, string>>;
  /** CamelCase stem of the alert names, e.g. `PlannerConversionRate`. */
  readonly alertName: string;
  readonly runbookUrl?: string;
  readonly dashboardUrl?: string;
  /** The dashboards of the SLOs and flows the KPI depends on, linked from its alerts. */
  readonly dependencies: readonly KpiDependency[];
}

/** An SLO or user flow the KPI depends on, and its dashboard. */
export interface KpiDependency {
  readonly name: string;
  readonly dashboardUrl?: string;
  /** The SLO's identity when it is a ServiceSlo recorded on Prometheus, for its burn status on dashboards. */
  readonly slo?: { readonly id: string; readonly service: string; readonly name: string };
}

/** How long one season lasts, or undefined without seasonality. */
export function seasonLength(seasonality: Seasonality): Duration | undefined {
  return seasonality === "weekly" ? Duration.days(7) : seasonality === "daily" ? Duration.days(1) : undefined;
}

/** Whether the KPI has a seasonal baseline (and so anomaly bands and relative thresholds). */
export function hasBaseline(spec: Pick<KpiSpec, "seasonality">): boolean {
  return spec.seasonality !== "none";
}

/** The departures from the band that are bad for the KPI: below it when higher is better. */
export function badSide(direction: KpiDirection): DetectionDirection {
  return direction === "higher" ? "below" : "above";
}

/** The default forecast window and horizon: one season (a day without seasonality), and one week ahead. */
export function defaultForecastWindow(seasonality: Seasonality): Duration {
  return seasonLength(seasonality) ?? Duration.days(1);
}
