import * as promql from "../promql/builder";
import { solveLabels } from "../rule-tests/labels";
import type { KpiSignal } from "./kpi";

/**
 * Synthetic KPI traffic for generated tests, one value per hour: busy weekday afternoons, quiet nights, quieter
 * weekends, and a little noise. Hour 0 is promtool's time 0, Thursday 1 January 1970 00:00 UTC.
 */

/** The share of the busiest level at each hour of a weekday (UTC): quiet nights, busy afternoons. */
const WEEKDAY_HOURS = [
  0.3, 0.25, 0.2, 0.2, 0.25, 0.3, 0.4, 0.55, 0.7, 0.8, 0.85, 0.9,
  0.95, 1.0, 1.0, 1.0, 0.95, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.35,
];
/** Weekends are this share of a weekday at the same hour. */
const WEEKEND = 0.6;
/** The lowest share of the busiest level the pattern reaches (a weekend night). */
export const QUIETEST_SHARE = 0.2 * WEEKEND;

export const HOURS_PER_WEEK = 168;

/** 0 for Sunday … 6 for Saturday, of an hour counted from promtool's time 0 (a Thursday). */
export function weekday(hour: number): number {
  return (Math.floor(hour / 24) + 4) % 7;
}

/** The seasonal share of the busiest level at an hour. */
export function seasonalShare(hour: number): number {
  const day = weekday(hour);
  return WEEKDAY_HOURS[hour % 24] * (day === 0 || day === 6 ? WEEKEND : 1);
}

/** Deterministic noise in [-amplitude, amplitude], a different draw each hour. */
export function noise(hour: number, amplitude: number): number {
  const draw = (Math.imul(hour + 1, 2654435761) >>> 0) % 2001;
  return amplitude * (draw / 1000 - 1);
}

/** How the synthetic input of one series is written: its metric, labels and one value per hour. */
export interface HourlySeries {
  readonly metric: string;
  readonly labels: Readonly<Record<string, string>>;
  /** `counter` increases by value × seconds; `gauge` holds the value. */
  readonly kind: "counter" | "gauge";
  readonly perHour: readonly number[];
}

function labelsOf(selector: { metric: string; matchers: Parameters<typeof solveLabels>[0] }): Record<string, string> {
  const labels = solveLabels(selector.matchers);
  if (labels === undefined) {
    throw new Error(`no label values found that match ${promql.selector(selector)}`);
  }
  return labels;
}

/** Sessions per second at the busiest hour, the denominator of a ratio KPI's synthetic traffic. */
const BUSIEST_SESSIONS = 10;

/** The input series that make the signal read `values` (one per hour); `shares` shapes a ratio's denominator. */
export function signalSeries(signal: KpiSignal, values: readonly number[], shares: readonly number[]): HourlySeries[] {
  switch (signal.kind) {
    case "counter":
      return [{ metric: signal.counter.metric, labels: labelsOf(signal.counter), kind: "counter", perHour: values }];
    case "gauge":
      // A gauge reads its hour's value at the hour's start, a counter's rate only at its end: one hour of delay
      // makes the KPI read each hour's value at the same evaluation for both.
      return [{ metric: signal.gauge.metric, labels: labelsOf(signal.gauge), kind: "gauge", perHour: [values[0], ...values] }];
    case "ratio": {
      const sessions = shares.map((share) => BUSIEST_SESSIONS * share);
      return [
        { metric: signal.numerator.metric, labels: labelsOf(signal.numerator), kind: "counter", perHour: values.map((value, hour) => value * sessions[hour]) },
        { metric: signal.denominator.metric, labels: labelsOf(signal.denominator), kind: "counter", perHour: sessions },
      ];
    }
  }
}

/**
 * promtool's expanding notation for a series sampled every `stepMinutes`, constant within each hour: a counter
 * grows by value × step seconds per sample, a gauge repeats its value.
 */
export function expandingValues(series: HourlySeries, stepMinutes: number): string {
  const perHour = 60 / stepMinutes;
  if (series.kind === "gauge") {
    return series.perHour.map((value) => `${promql.num(value)}+0x${perHour - 1}`).join(" ");
  }
  let total = 0;
  const parts = ["0"];
  for (const value of series.perHour) {
    const step = value * stepMinutes * 60;
    parts.push(`${promql.num(total + step)}+${promql.num(step)}x${perHour - 1}`);
    total += step * perHour;
  }
  return parts.join(" ");
}
