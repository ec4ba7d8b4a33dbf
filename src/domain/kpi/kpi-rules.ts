import { linkAnnotations } from "../rules/alert-rule";
import { Duration } from "../duration";
import * as promql from "../promql";
import type { AlertingRule, RecordingRule, RuleGroup } from "../rules/rules";
import type { PromQL, Selector } from "../promql";
import { MAD_SCALE, relativeLimit, TREND_LIMIT, TREND_SEASONS } from "./band-math";
import { hasBaseline, seasonLength, type KpiSignal, type KpiSpec } from "./kpi";

/**
 * The recordings of a KPI. The band's names follow grafana/promql-anomaly-detection (`anomaly:level`,
 * `anomaly:upper_band`, `anomaly:lower_band`), told apart by the `kpi` label, so that its dashboards read them.
 */
export const KPI_METRICS = {
  value: "kpi:value",
  smoothed: "kpi:value:smoothed",
  seasonSample: "kpi:value:season_sample",
  seasonMedian: "kpi:value:season_median",
  seasonAverage: (season: Duration) => `kpi:value:avg${season}`,
  growth: "kpi:growth:ratio",
  trend: "kpi:trend:ratio",
  level: "anomaly:level",
  spread: "anomaly:spread",
  deviation: "anomaly:deviation",
  upperBand: "anomaly:upper_band",
  lowerBand: "anomaly:lower_band",
  impact: "kpi:impact:ratio",
  shortfall: "kpi:shortfall:per_hour",
  forecast: "kpi:forecast",
} as const;

/** The label naming the KPI on every recording, and the one numbering the past seasons of the samples. */
export const KPI_LABEL = "kpi";
export const SEASONS_AGO_LABEL = "seasons_ago";

/** A recording of the KPI, selected by its `kpi` label. */
export function kpiSeries(spec: Pick<KpiSpec, "id">, metric: string): PromQL {
  return promql.selector({ metric, matchers: promql.equals({ [KPI_LABEL]: spec.id }) });
}

/**
 * The KPI as one number from its signal over `window`, `offset` ago: a counter's rate, a ratio of rates, or an
 * aggregated gauge, averaged over the window when `smoothed` (read as it is otherwise).
 */
export function signalExpression(signal: KpiSignal, window: Duration, options: { offset?: Duration; smoothed?: boolean } = {}): PromQL {
  const rate = (counter: Selector) => promql.aggregate("sum", promql.rate(counter, window, options.offset));
  switch (signal.kind) {
    case "counter":
      return rate(signal.counter);
    case "ratio":
      return promql.divide(rate(signal.numerator), rate(signal.denominator));
    case "gauge":
      return promql.aggregate(signal.aggregation, options.smoothed ? promql.overTime("avg_over_time", signal.gauge, window, options.offset) : promql.selector(signal.gauge));
  }
}

/** What the KPI's value is recorded as, and its seasonal average when a forecast fits a line to it. */
export function valueRecordings(spec: KpiSpec): RecordingRule[] {
  const labels = { [KPI_LABEL]: spec.id };
  const value = { record: KPI_METRICS.value, expr: signalExpression(spec.signal, spec.rateWindow), labels };
  const season = seasonLength(spec.seasonality);
  const average = season === undefined || spec.forecast === undefined
    ? []
    : [{ record: KPI_METRICS.seasonAverage(season), expr: promql.overTime("avg_over_time", kpiSeries(spec, KPI_METRICS.value), season), labels }];
  return [value, ...average];
}

/**
 * The seasonal band (band-math.ts is the same arithmetic): the KPI averaged over the detection window
 * (`detection.sustain`); its growth a season against the same window two seasons before, whose median over the
 * last season is the trend; the same window of each past season, read from the signal's series and grown by the
 * trend since; their median; their median distance from it scaled to a deviation, with a floor (the spread); the
 * average of the samples within the band's width of the median (the level); the deviation in spreads and the
 * bands. Then the impact against the level, the shortfall per hour of a counter, and the forecast.
 */
export function baselineRecordings(spec: KpiSpec): RecordingRule[] {
  const labels = { [KPI_LABEL]: spec.id };
  const series = (metric: string) => kpiSeries(spec, metric);
  const season = seasonLength(spec.seasonality);
  const rules: RecordingRule[] = [];
  if (season !== undefined) {
    const window = spec.detection.sustain;
    const smoothed = series(KPI_METRICS.smoothed);
    const samples = series(KPI_METRICS.seasonSample);
    const level = series(KPI_METRICS.level);
    const spread = series(KPI_METRICS.spread);
    const past = (seasonsAgo: number) =>
      signalExpression(spec.signal, window, { offset: Duration.ofMilliseconds(seasonsAgo * season.milliseconds), smoothed: true });
    const growth = promql.power(promql.divide(smoothed, past(TREND_SEASONS), { on: [] }), 1 / TREND_SEASONS);
    const trend = promql.clamp(promql.quantileOverTime(0.5, series(KPI_METRICS.growth), season), 1 / TREND_LIMIT, TREND_LIMIT);
    const pastSamples = Array.from({ length: spec.detection.seasons }, (_, index) => ({
      record: KPI_METRICS.seasonSample,
      expr: promql.times(past(index + 1), promql.or(promql.power(series(KPI_METRICS.trend), index + 1), promql.vector(1), { on: [] }), { on: [] }),
      labels: { ...labels, [SEASONS_AGO_LABEL]: String(index + 1) },
    }));
    const median = series(KPI_METRICS.seasonMedian);
    const distance = promql.abs(promql.minus(samples, median, { ignoring: [SEASONS_AGO_LABEL], groupLeft: [] }));
    const floor = promql.times(promql.num(spec.detection.minimumSpreadPercent / 100), promql.abs(median));
    const width = promql.times(promql.num(spec.detection.sensitivity), spread);
    const inside = promql.compare(distance, "<=", width, { ignoring: [SEASONS_AGO_LABEL], groupLeft: [] });
    rules.push(
      { record: KPI_METRICS.smoothed, expr: signalExpression(spec.signal, window, { smoothed: true }), labels },
      { record: KPI_METRICS.growth, expr: growth, labels },
      { record: KPI_METRICS.trend, expr: trend, labels },
      ...pastSamples,
      { record: KPI_METRICS.seasonMedian, expr: promql.quantile(0.5, { without: [SEASONS_AGO_LABEL] }, samples), labels },
      { record: KPI_METRICS.spread, expr: larger(promql.times(promql.num(MAD_SCALE), promql.quantile(0.5, { without: [SEASONS_AGO_LABEL] }, distance)), floor), labels },
      { record: KPI_METRICS.level, expr: promql.aggregate("avg", { without: [SEASONS_AGO_LABEL] }, promql.and(samples, inside)), labels },
      { record: KPI_METRICS.deviation, expr: promql.divide(promql.minus(smoothed, level), spread), labels },
      { record: KPI_METRICS.upperBand, expr: promql.plus(level, width), labels },
      { record: KPI_METRICS.lowerBand, expr: promql.minus(level, width), labels },
      ...impactRecordings(spec, labels),
    );
  }
  if (spec.forecast !== undefined) {
    // The seasonal average lags the KPI by half a season: forecasting it that much further gives the KPI's level.
    const smoothed = season === undefined ? series(KPI_METRICS.value) : series(KPI_METRICS.seasonAverage(season));
    const ahead = Duration.ofMilliseconds(spec.forecast.horizon.milliseconds + (season?.milliseconds ?? 0) / 2);
    rules.push({ record: KPI_METRICS.forecast, expr: promql.predictLinear(smoothed, spec.forecast.window, ahead), labels });
  }
  return rules;
}

/** The larger of two vectors with the same labels, sample by sample: `(a >= b) or b`. */
function larger(left: PromQL, right: PromQL): PromQL {
  return promql.or(promql.compare(left, ">=", right), right);
}

/** The impact and shortfall compare the smoothed KPI with its level: both are averaged over the same window. */
function impactRecordings(spec: KpiSpec, labels: Record<string, string>): RecordingRule[] {
  const window = spec.thresholds.relativeWindow;
  const averaged = (metric: string) => promql.overTime("avg_over_time", kpiSeries(spec, metric), window);
  const value = averaged(KPI_METRICS.smoothed);
  const level = averaged(KPI_METRICS.level);
  const impact = { record: KPI_METRICS.impact, expr: promql.minus(promql.divide(value, level), 1), labels };
  if (spec.signal.kind !== "counter") {
    return [impact];
  }
  const [short, ahead] = spec.direction === "higher" ? [level, value] : [value, level];
  const perHour = promql.times(promql.clampMin(promql.minus(short, ahead), 0), 3600);
  return [impact, { record: KPI_METRICS.shortfall, expr: perHour, labels }];
}

/** The names of a KPI's alerts, by what they watch. */
export function kpiAlertNames(spec: Pick<KpiSpec, "alertName" | "direction">) {
  const side = spec.direction === "higher" ? "Below" : "Above";
  return {
    anomaly: `${spec.alertName}Anomaly`,
    relative: `${spec.alertName}${side}Baseline`,
    absolute: `${spec.alertName}${side}Threshold`,
    floor: `${spec.alertName}${spec.direction === "higher" ? "AtFloor" : "AtCeiling"}`,
    forecast: `${spec.alertName}ForecastBreach`,
  };
}

/** The KPI's alerts: leaving the band on the watched side, crossing a threshold, hitting the floor, a forecast breach. */
export function kpiAlerts(spec: KpiSpec): AlertingRule[] {
  const names = kpiAlertNames(spec);
  const value = kpiSeries(spec, KPI_METRICS.value);
  const worse = (left: PromQL, right: PromQL) => promql.compare(left, spec.direction === "higher" ? "<" : ">", right);
  const what = `${spec.service} ${spec.name}`;
  const sustain = spec.detection.sustain;
  const alerts: AlertingRule[] = [];
  const alert = (name: string, expr: PromQL, wait: Duration | undefined, summary: string, description: string) =>
    alerts.push({
      alert: name,
      expr,
      ...(wait === undefined ? {} : { for: wait.toString() }),
      labels: { ...spec.alertLabels, severity: spec.severity },
      annotations: annotations(spec, summary, description),
    });

  if (hasBaseline(spec)) {
    // The comparison is already an average over the sustain time: it fires as soon as that average leaves the band,
    // and one noisy sample back inside cannot restart a wait.
    const { direction, sensitivity, seasons } = spec.detection;
    const smoothed = kpiSeries(spec, KPI_METRICS.smoothed);
    const outside = [
      ...(direction !== "above" ? [promql.compare(smoothed, "<", kpiSeries(spec, KPI_METRICS.lowerBand))] : []),
      ...(direction !== "below" ? [promql.compare(smoothed, ">", kpiSeries(spec, KPI_METRICS.upperBand))] : []),
    ];
    const sides = direction === "both" ? "outside" : direction;
    const past = `the same ${sustain} of the last ${seasons} ${spec.seasonality === "weekly" ? "weeks" : "days"}`;
    alert(names.anomaly, promql.anyOf(...outside), undefined, `${what} is ${sides} its seasonal band`,
      `Averaged over the last ${sustain}, ${what} is more than ${sensitivity} spreads ${sides === "outside" ? "away from" : sides} ` +
      `its baseline (the median of ${past}, grown by the trend).`);
    const limit = relativeLimit(spec.direction, spec.thresholds);
    if (limit !== undefined) {
      const rule = spec.thresholds.percentOfBaseline !== undefined ? `${spec.thresholds.percentOfBaseline}% of its baseline` : `an impact of ${spec.thresholds.maxImpactPercent}% against its baseline`;
      alert(names.relative, worse(kpiSeries(spec, KPI_METRICS.impact), promql.num(limit - 1)), sustain, `${what} has crossed ${rule}`,
        `Averaged over ${spec.thresholds.relativeWindow}, ${what} has been past ${rule} for ${sustain}.`);
    }
  }
  if (spec.thresholds.absolute !== undefined) {
    const limit = spec.thresholds.absolute;
    alert(names.absolute, worse(value, promql.num(limit)), sustain, `${what} is ${spec.direction === "higher" ? "below" : "above"} ${limit}`,
      `${what} must stay ${spec.direction === "higher" ? "at or above" : "at or below"} ${limit}; it has not for ${sustain}.`);
  }
  if (spec.floor !== undefined) {
    const { value: level, for: wait } = spec.floor;
    const hit = promql.compare(value, spec.direction === "higher" ? "<=" : ">=", promql.num(level));
    alert(names.floor, promql.anyOf(hit, promql.absent(value)), wait, `${what} is at ${level}, or not reported`,
      `${what} has been at ${level} or ${spec.direction === "higher" ? "below" : "above"}, or missing, for ${wait}: an outage rather than an anomaly.`);
  }
  if (spec.forecast !== undefined) {
    const { threshold, horizon, window } = spec.forecast;
    alert(names.forecast, worse(kpiSeries(spec, KPI_METRICS.forecast), promql.num(threshold)), sustain, `${what} is forecast to cross ${threshold} within ${horizon}`,
      `A linear fit of ${what}${hasBaseline(spec) ? ` (averaged over a ${spec.seasonality === "weekly" ? "week" : "day"})` : ""} over the last ${window} crosses ${threshold} within ${horizon}.`);
  }
  return alerts;
}

function annotations(spec: KpiSpec, summary: string, description: string): Record<string, string> {
  const linked = spec.dependencies.filter((dependency) => dependency.dashboardUrl !== undefined);
  const dependencies = linked.map((dependency) => `${dependency.name}: ${dependency.dashboardUrl}`).join("\n");
  return {
    summary,
    description: spec.description === undefined ? description : `${spec.description}. ${description}`,
    ...linkAnnotations(spec),
    ...(dependencies === "" ? {} : { dependency_dashboards: dependencies }),
  };
}

/** The KPI's rule groups: recordings of its value, then its baseline, then its alerts. */
export function kpiRuleGroups(spec: KpiSpec): RuleGroup[] {
  const baseline = baselineRecordings(spec);
  return [
    { name: `kpi-${spec.id}-recordings`, rules: valueRecordings(spec) },
    ...(baseline.length === 0 ? [] : [{ name: `kpi-${spec.id}-baseline`, rules: baseline }]),
    { name: `kpi-${spec.id}-alerts`, rules: kpiAlerts(spec) },
  ];
}
