import type { AlertOwner, AlertSeverity } from "../routing/routing";
import type { SloReference } from "../slo/slo-reference";

/** A ratio of two counters' rates, e.g. conversions over sessions. */
export interface RatioSignalProps {
  /** The counter counted in the numerator, a PromQL selector. @example 'orders_total{service="shop"}' */
  readonly numerator: string;
  /** The counter the numerator is a share of, a PromQL selector. @example 'sessions_total{service="shop"}' */
  readonly denominator: string;
}

/** A gauge read as it is, e.g. a satisfaction score. */
export interface GaugeSignalProps {
  /** The gauge, a PromQL selector. @example 'user_satisfaction_score{service="shop"}' */
  readonly selector: string;
  /** How the gauge's series become one value. @default "avg" */
  readonly aggregation?: "avg" | "sum" | "min" | "max";
  /**
   * Whether the gauge can legitimately read 0 (a queue length can, a satisfaction score cannot): a floor at 0 on
   * such a gauge is an error.
   * @default true
   */
  readonly canBeZero?: boolean;
}

/** What the KPI measures: exactly one of `counter`, `ratio` or `gauge`. */
export interface KpiSignalProps {
  /** A counter whose per-second rate is the KPI (revenue, orders), a PromQL selector. @default none */
  readonly counter?: string;
  /** @default none */
  readonly ratio?: RatioSignalProps;
  /** @default none */
  readonly gauge?: GaugeSignalProps;
}

/**
 * How anomalies are detected against the seasonal band: the KPI averaged over `sustain` is compared with the same
 * window of each of the last `seasons` seasons; it alerts once outside `sensitivity` spreads of their median.
 */
export interface KpiDetectionProps {
  /**
   * The band's half-width in spreads (robust deviations of the past seasons, at least `minimumSpreadPercent` of the
   * baseline), above 0; higher means fewer alerts. With the defaults the band is ±5.25% around the baseline.
   * @default 3
   */
  readonly sensitivity?: number;
  /**
   * The window the KPI and its past seasons are averaged over before they are compared: the anomaly alert fires as
   * soon as that average leaves the band, so a drop twice the band's width alerts after about half of it, a drop to
   * zero within minutes, and one noisy sample back inside the band changes the average by little. Threshold alerts
   * (relative, absolute, forecast) fire after the KPI has stayed past them this long.
   * @default "20m"
   */
  readonly sustain?: string;
  /**
   * Which departures alert. A KPI where higher is better (revenue, conversions) alerts below its band only: a spike
   * is good news a product manager reads on the dashboard, not at night. Where lower is better (errors, latency,
   * abandoned carts) it alerts above only: a spike is the incident, a drop good news. "both" for a KPI whose spikes
   * are suspicious too (bots, double charges).
   * @default the bad side: "below" when higher is better, "above" when lower is
   */
  readonly direction?: "below" | "above" | "both";
  /**
   * The least spread in percent of the baseline, so that very regular weeks keep a band (3 spreads of 1.75% is
   * ±5.25%): a 15% drop, a 2x spike and a 30% decline over 6 hours leave it within their goals (docs/business-kpi.md), while
   * exporters' noise of ±5% a minute and ±1% from hour to hour and day to day stays inside.
   * @default 1.75
   */
  readonly minimumSpreadPercent?: number;
  /** How many past seasons (weeks or days) the baseline is the median of. @default 3 */
  readonly seasons?: number;
}

/** Limits the KPI must stay within, each an alert once crossed for the sustain time. */
export interface KpiThresholdProps {
  /** The KPI must stay beyond this percentage of its baseline: 95 for "above 95% of baseline". @default none */
  readonly percentOfBaseline?: number;
  /** The most the KPI may fall short of its baseline, in percent: 1 for "impact under 1% negative". @default none */
  readonly maxImpactPercent?: number;
  /** How long the KPI and its baseline are averaged over before a relative threshold compares them. @default "1h" */
  readonly relativeWindow?: string;
  /** A limit on the good side of which the KPI must stay: 4.5 for "at least 4.5 of 5". @default none */
  readonly absolute?: number;
}

/** A level the KPI must never stay at for long: "orders never drop to 0 for 30 minutes". */
export interface KpiFloorProps {
  /** The level (a ceiling when lower is better). @default 0 */
  readonly value?: number;
  /** How long the KPI may stay there. @example "30m" */
  readonly for: string;
}

/** A linear forecast of the KPI (its seasonal average when it has seasonality) and a limit it must not cross. */
export interface KpiForecastProps {
  /** The limit the forecast must stay on the good side of. */
  readonly threshold: number;
  /** How far back the line is fitted. @default one season: "1w" when weekly, else "1d" */
  readonly window?: string;
  /** How far ahead the forecast looks. @default "7d" */
  readonly horizon?: string;
}

/** An SLO or user flow a KPI depends on: its name and dashboard. */
export interface KpiDependencyProps {
  readonly name: string;
  /** @default none */
  readonly dashboardUrl?: string;
}

/** What the KPI is written to; every output is on unless switched off. */
export interface KpiOutputs {
  /** Recording rules (value, baseline, band, forecast), alerts and their promtool tests. @default true */
  readonly prometheus?: boolean;
  /** `query alert` monitors: anomaly, absolute threshold, floor and forecast. @default true */
  readonly datadog?: boolean;
  /** The KPI's dashboard and its place on the stack's executive dashboard; needs the Prometheus output. @default true */
  readonly grafana?: boolean;
}

/** How the Datadog anomaly monitor reads the KPI. */
export interface KpiDatadogAnomalyProps {
  /**
   * Datadog's algorithm: `robust` resists outliers and suits a stable seasonal KPI, `agile` follows level shifts
   * quickly, `basic` ignores seasonality.
   * @default "robust" with seasonality, "basic" without
   */
  readonly algorithm?: "basic" | "agile" | "robust";
  /**
   * The rollup interval of the anomaly query; at most a fifth of the alert window (detection.sustain), so that the
   * window holds five points or more.
   * @default "1m", or a fifth of a sustain shorter than 5m
   */
  readonly interval?: string;
}

/** The props of BusinessKpi: the signal, its baseline, thresholds, floor and forecast, and who is told. */
export interface BusinessKpiProps {
  /** The service the KPI is about; the `service` label. @example "shop" */
  readonly service: string;
  /** The KPI's name, unique within its service. @example "conversion-rate" */
  readonly name: string;
  /** A sentence on what the KPI means, for alerts and dashboards. @default none */
  readonly description?: string;
  /** What the KPI measures. */
  readonly signal: KpiSignalProps;
  /**
   * The range of counters' rates; at least two samples of the 5-minute spacing the generated tests use.
   * @default "10m"
   */
  readonly rateWindow?: string;
  /** The unit of the KPI's value on its dashboards, a Grafana unit id. @default "none" @example "percentunit" */
  readonly unit?: string;
  /** Which way is good. @default "higher" */
  readonly direction?: "higher" | "lower";
  /** The pattern the KPI repeats; "none" has no baseline, so no bands and no relative thresholds. @default "weekly" */
  readonly seasonality?: "none" | "daily" | "weekly";
  /**
   * The IANA zone the KPI's days and weeks are lived in: Datadog's seasonal anomaly bounds follow it (daylight
   * saving included), and the KPI's dashboards show its time. Prometheus' baseline compares the same instant a week
   * (or day) before, so it is off by an hour for the week after a daylight-saving change.
   * @default "UTC"
   */
  readonly timeZone?: string;
  /** @default sensitivity 3, sustain 20m, the bad side, spread at least 1.75%, 3 seasons */
  readonly detection?: KpiDetectionProps;
  /** @default none */
  readonly thresholds?: KpiThresholdProps;
  /** @default none */
  readonly floor?: KpiFloorProps;
  /** @default none */
  readonly forecast?: KpiForecastProps;
  /** The team that receives the KPI's alerts: an OnCallTeam, or a team's name. @default the stack's defaultOwner */
  readonly owner?: AlertOwner | string;
  /** What to do when an alert fires; required when the KPI pages. @default none */
  readonly runbookUrl?: string;
  /** How loudly the KPI's alerts go out. @default "ticket" */
  readonly severity?: AlertSeverity;
  /** The SLOs (a ServiceSlo) and user flows the KPI depends on; its alerts link their dashboards. @default none */
  readonly dependsOn?: ReadonlyArray<SloReference | KpiDependencyProps>;
  /**
   * The outputs the KPI is written to (Prometheus, Datadog, Grafana); switch one off with false.
   * @default every output on
   * @example { datadog: false }
   */
  readonly outputs?: KpiOutputs;
  /**
   * The KPI's Datadog metric query, for a signal that has no translation or to override it.
   * @default translated from the signal: a counter's `sum:<metric>.count{…}.as_rate()`, a ratio of `.as_count()`
   * sums, a gauge's aggregation
   * @example "sum:planner.plan_conversions.count{service:planner}.as_count() / sum:planner.trial_sessions.count{service:planner}.as_count()"
   */
  readonly datadogQuery?: string;
  /** @default algorithm "robust" (seasonal) or "basic", interval 1m */
  readonly datadogAnomaly?: KpiDatadogAnomalyProps;
}
