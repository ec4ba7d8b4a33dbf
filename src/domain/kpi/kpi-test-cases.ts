import { band, baselineLevel, impact, relativeLimit, spread, trend } from "./band-math";
import { hasBaseline, seasonLength, type KpiSpec } from "./kpi";
import { kpiAlertNames, kpiAlerts } from "./kpi-rules";
import { HOURS_PER_WEEK, noise, QUIETEST_SHARE, seasonalShare, signalSeries, type HourlySeries } from "./kpi-traffic";

/**
 * Generated tests of a KPI's alerts on synthetic hourly traffic, evaluated every hour. Every evaluation then reads
 * exactly one value per hour of the past seasons, so the expected band is computed exactly (band-math.ts); an
 * expectation is kept only where it holds with every threshold 2% looser or tighter and with the range edges
 * Prometheus 2 (closed) and 3 (left-open) use.
 */
export const KPI_EVALUATION_HOURS = 1;

/** One alert's expected state at an hour: the alert names expected firing among those checked. */
export interface KpiCheck {
  readonly hour: number;
  readonly alert: string;
  readonly firing: boolean;
}

/** Traffic and the checks it must pass. */
export interface KpiTestCase {
  readonly name: string;
  readonly series: readonly HourlySeries[];
  readonly checks: readonly KpiCheck[];
}

const MARGIN = 0.02;
type Truth = "yes" | "no" | "unsure";

/** Whether `value` is below `limit` robustly: with the limit 2% either way, by its size. */
function below(value: number, limit: number): Truth {
  const slack = MARGIN * Math.abs(limit);
  return value < limit - slack ? "yes" : value > limit + slack ? "no" : "unsure";
}

/** The KPI's value read at each hourly evaluation: the value of the hour before. */
function readings(values: readonly number[]): (hour: number) => number {
  return (hour) => values[Math.max(0, hour - 1)];
}

/** Whether an alert fires at `hour`: its condition held at every evaluation of the last `forHours`. */
function firing(condition: (hour: number) => Truth, hour: number, forHours: number): boolean | undefined {
  const states = Array.from({ length: forHours + 1 }, (_, back) => condition(hour - back));
  if (states.includes("no")) {
    return condition(hour) === "no" || states.every((state) => state !== "unsure") ? false : undefined;
  }
  return states.every((state) => state === "yes") ? true : undefined;
}

/** The band conditions of a seasonal KPI on some traffic, for both range conventions. */
function bandModel(spec: KpiSpec, values: readonly number[]) {
  const season = (seasonLength(spec.seasonality) as { hours: number }).hours;
  const read = readings(values);
  const average = (hour: number, hours: number, closed: boolean) => {
    const points = Array.from({ length: hours + (closed ? 1 : 0) }, (_, back) => read(hour - back));
    return points.reduce((sum, value) => sum + value, 0) / points.length;
  };
  const level = (hour: number, closed: boolean) => {
    const samples = Array.from({ length: spec.detection.seasons }, (_, k) => read(hour - (k + 1) * season));
    const ratio = trend(average(hour, season, closed), average(hour - season, season, closed));
    const value = baselineLevel(samples, ratio);
    return { value, spread: spread(samples, value, spec.detection.minimumSpreadPercent) };
  };
  const agree = (truths: Truth[]): Truth => (truths.every((t) => t === truths[0]) ? truths[0] : "unsure");
  const anomaly = (hour: number): Truth =>
    agree([true, false].map((closed) => {
      const { value, spread: width } = level(hour, closed);
      return below(read(hour), band(value, width, spec.detection.sensitivity).lower);
    }));
  const windowHours = spec.thresholds.relativeWindow.hours;
  const limit = relativeLimit(spec.direction, spec.thresholds);
  const relative = (hour: number): Truth =>
    agree([true, false].map((closed) => {
      const span = Array.from({ length: Math.floor(windowHours) + (closed ? 1 : 0) }, (_, back) => hour - back);
      const mean = (f: (h: number) => number) => span.reduce((sum, h) => sum + f(h), 0) / span.length;
      return below(1 + impact(mean(read), mean((h) => level(h, closed).value)), limit as number);
    }));
  return { anomaly, relative };
}

/** Hours an alert waits before firing, at hourly evaluations. */
const waitHours = (wait: { minutes: number }) => Math.ceil(wait.minutes / 60);

/** Everything checked at an hour of a seasonal case: each alert's predicted state, robust ones only. */
function seasonalChecks(spec: KpiSpec, values: number[], hours: readonly number[]): KpiCheck[] {
  const names = kpiAlertNames(spec);
  const model = bandModel(spec, values);
  const sustain = waitHours(spec.detection.sustain);
  const read = readings(values);
  const watched: Array<[string, (hour: number) => Truth, number]> = [[names.anomaly, model.anomaly, sustain]];
  if (relativeLimit(spec.direction, spec.thresholds) !== undefined) {
    watched.push([names.relative, model.relative, sustain]);
  }
  if (spec.thresholds.absolute !== undefined) {
    watched.push([names.absolute, (hour) => below(read(hour), spec.thresholds.absolute as number), sustain]);
  }
  if (spec.floor !== undefined) {
    const floor = spec.floor.value;
    watched.push([names.floor, (hour) => (read(hour) <= floor ? "yes" : "no"), waitHours(spec.floor.for)]);
  }
  return hours.flatMap((hour) =>
    watched.flatMap(([alert, condition, wait]) => {
      const state = firing(condition, hour, wait);
      return state === undefined ? [] : [{ hour, alert, firing: state }];
    }),
  );
}

/** The busiest value of the synthetic traffic: far enough above every absolute limit that a quiet night clears it. */
function busiestValue(spec: KpiSpec): number {
  const limits = [spec.thresholds.absolute ?? 0, spec.floor?.value ?? 0];
  return Math.max(1, (2 * Math.max(...limits)) / QUIETEST_SHARE, 4 * (spec.forecast?.threshold ?? 0));
}

function seasonalTraffic(spec: KpiSpec, hours: number, change: (hour: number) => number): number[] {
  const limit = relativeLimit(spec.direction, spec.thresholds);
  const amplitude = Math.min(0.02, limit === undefined ? 0.02 : Math.abs(1 - limit) / 4);
  const busiest = busiestValue(spec);
  return Array.from({ length: hours }, (_, hour) => busiest * seasonalShare(hour) * (1 + noise(hour, amplitude)) * change(hour));
}

const shares = (hours: number) => Array.from({ length: hours }, (_, hour) => seasonalShare(hour));

/**
 * The case of a seasonal KPI whose higher values are better, over its seasons of history and a fourth week: the
 * fourth week raises nothing (checked every six hours from Thursday to Tuesday morning, quiet nights and the
 * weekend included), then a 20% drop on Tuesday at 14:00 UTC alerts at the first evaluation after the sustain
 * time. One case for both keeps promtool from evaluating the weeks of history twice.
 */
function seasonalCases(spec: KpiSpec): KpiTestCase[] {
  const testWeek = spec.detection.seasons * HOURS_PER_WEEK;
  const drop = testWeek + 5 * 24 + 14;
  const hours = drop + 4;
  const values = seasonalTraffic(spec, hours, (hour) => (hour >= drop ? 0.8 : 1));
  const quiet = seasonalChecks(spec, values, Array.from({ length: 20 }, (_, index) => testWeek + 3 + 6 * index));
  const noisy = quiet.filter((check) => check.firing);
  if (noisy.length > 0) {
    throw new Error(`the synthetic normal week would raise ${noisy[0].alert} at hour ${noisy[0].hour}; the thresholds are tighter than its noise`);
  }
  const wait = waitHours(spec.detection.sustain);
  return [{
    name: `${spec.id}: a normal week raises nothing, not on quiet nights or the weekend; a 20% drop at a busy hour alerts at the first evaluation after ${spec.detection.sustain}`,
    series: signalSeries(spec.signal, values, shares(hours)),
    checks: [...quiet, ...seasonalChecks(spec, values, [drop, drop + 1, drop + 1 + wait])],
  }];
}

/** A day of steady traffic, then none: the floor alert fires once the floor's wait has passed. */
function floorCase(spec: KpiSpec): KpiTestCase[] {
  if (spec.floor === undefined) {
    return [];
  }
  const stop = 38;
  const wait = waitHours(spec.floor.for);
  const values = Array.from({ length: stop + wait + 3 }, (_, hour) => (hour >= stop ? 0 : busiestValue(spec)));
  const alert = kpiAlertNames(spec).floor;
  return [{
    name: `${spec.id}: a drop to zero hits the floor after ${spec.floor.for}`,
    series: signalSeries(spec.signal, values, values.map(() => 1)),
    checks: [{ hour: stop, alert, firing: false }, { hour: stop + 1 + wait, alert, firing: true }],
  }];
}

/**
 * A steady KPI that then declines linearly, so that it crosses the forecast threshold `1.5 × horizon` after the
 * fitted window (and the season it is averaged over) is all decline: the forecast fires half a horizon before the
 * crossing and is quiet one horizon before; the KPI itself is still on the good side when the forecast fires.
 */
function forecastCase(spec: KpiSpec): KpiTestCase[] {
  if (spec.forecast === undefined) {
    return [];
  }
  const season = seasonLength(spec.seasonality)?.hours ?? 0;
  const { threshold, window, horizon } = spec.forecast;
  const start = season;
  const crossing = season + window.hours + 1.5 * horizon.hours;
  const steady = 2 * threshold;
  const slope = (steady - threshold) / crossing;
  const quietAt = start + season + window.hours;
  const firesAt = quietAt + horizon.hours;
  const values = Array.from({ length: firesAt + 2 }, (_, hour) => steady - slope * Math.max(0, hour - start));
  const names = kpiAlertNames(spec);
  const checks: KpiCheck[] = [
    { hour: quietAt, alert: names.forecast, firing: false },
    { hour: firesAt, alert: names.forecast, firing: true },
  ];
  if (spec.thresholds.absolute !== undefined && below(values[firesAt - 1], spec.thresholds.absolute) === "no") {
    checks.push({ hour: firesAt, alert: names.absolute, firing: false });
  }
  return [{
    name: `${spec.id}: a slow decline trips the forecast before the threshold is crossed`,
    series: signalSeries(spec.signal, values, values.map(() => 1)),
    checks,
  }];
}

/**
 * The generated test cases of a KPI whose higher values are better (none yet when lower is better), leaving out
 * the cases of alerts the KPI does not have. Throws when the synthetic normal week would alert: thresholds tighter than any real week's noise.
 */
export function kpiTestCases(spec: KpiSpec): KpiTestCase[] {
  if (spec.direction !== "higher") {
    return [];
  }
  const seasonal = hasBaseline(spec) && spec.seasonality === "weekly" ? seasonalCases(spec) : [];
  return [...seasonal, ...floorCase(spec), ...forecastCase(spec)];
}

/** The alerting rules the checks name, for their expected labels and annotations. */
export function checkedAlerts(spec: KpiSpec) {
  return new Map(kpiAlerts(spec).map((rule) => [rule.alert, rule]));
}

