import * as promql from "../promql";
import { solveLabels } from "../rule-tests/labels";
import type { KpiSignal } from "./kpi";
import type { SignalSamples } from "./kpi-twin";
import { SampledSeries } from "./sampled-series";

/**
 * The input series of a KPI's generated tests: the KPI's values, one a step, written into its signal's series
 * (a counter grows by value × seconds a step, a gauge reads the value, a ratio's numerator is the value times its
 * denominator) in promtool's expanding notation, together with the samples promtool loads from that notation.
 */

/** A run of promtool's expanding notation, `start+incrementxtimes`: start, then `times` more, each `increment` on. */
export interface Run {
  readonly start: number;
  readonly increment: number;
  readonly times: number;
}

/** An input series, sampled every `stepMinutes` from time 0. */
export interface InputSeries {
  readonly metric: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly stepMinutes: number;
  readonly runs: readonly Run[];
}

/** Six significant digits: the generated values are written short. */
const short = (value: number) => Number(value.toPrecision(6));

/** The samples a run stands for, added up as promtool adds them. */
function expandRun(run: Run): number[] {
  const values = [run.start];
  for (let index = 0; index < run.times; index++) {
    values.push(values[index] + run.increment);
  }
  return values;
}

/** The samples promtool loads from a series' runs. */
function expand(series: Pick<InputSeries, "runs">): number[] {
  return series.runs.flatMap(expandRun);
}

/** Runs of a counter from 0 growing by each increment in turn; equal increments in a row make one run. */
function counterRuns(increments: readonly number[]): Run[] {
  const runs: Run[] = [];
  let [total, index] = [0, 0];
  runs.push({ start: 0, increment: 0, times: 0 });
  while (index < increments.length) {
    const increment = increments[index];
    let times = 1;
    while (index + times < increments.length && increments[index + times] === increment) {
      times++;
    }
    const start = Number((total + increment).toPrecision(12));
    const run = { start, increment, times: times - 1 };
    total = expandRun(run).at(-1) as number;
    runs.push(run);
    index += times;
  }
  return runs;
}

/** Runs of a gauge reading each value in turn; equal values in a row make one run. */
function gaugeRuns(values: readonly number[]): Run[] {
  const runs: Run[] = [];
  for (const value of values) {
    const last = runs.at(-1);
    if (last !== undefined && last.start === value) {
      runs[runs.length - 1] = { ...last, times: last.times + 1 };
    } else {
      runs.push({ start: value, increment: 0, times: 0 });
    }
  }
  return runs;
}

function labelsOf(selector: SeriesSelector): Record<string, string> {
  const labels = solveLabels(selector.matchers);
  if (labels === undefined) {
    throw new Error(`no label values found that match ${promql.selector(selector)}`);
  }
  return labels;
}

type SeriesSelector = { readonly metric: string; readonly matchers: Parameters<typeof solveLabels>[0] };

/** What each input series of a signal reads, one value a step: a counter's increase a second, or a gauge's value. */
function signalParts(signal: KpiSignal, values: readonly number[], sessions: readonly number[]) {
  switch (signal.kind) {
    case "counter":
      return [{ selector: signal.counter, kind: "counter" as const, values }];
    case "ratio":
      return [
        { selector: signal.numerator, kind: "counter" as const, values: values.map((value, step) => value * sessions[step]) },
        { selector: signal.denominator, kind: "counter" as const, values: sessions },
      ];
    case "gauge":
      return [{ selector: signal.gauge, kind: "gauge" as const, values }];
  }
}

/** The signal's samples from each of its series' samples, in the order of signalParts. */
function samplesOf(signal: KpiSignal, series: readonly SampledSeries[]): SignalSamples {
  switch (signal.kind) {
    case "counter":
      return { kind: "counter", counter: series[0] };
    case "ratio":
      return { kind: "ratio", numerator: series[0], denominator: series[1] };
    case "gauge":
      return { kind: "gauge", gauge: series[0] };
  }
}

/** Which steps the rules read: the last `last` steps before every `every`-th sample. */
export interface ReadSteps {
  readonly every: number;
  readonly last: number;
}

/**
 * The values with each stretch of steps no rule reads replaced by its average: a counter then grows at its average
 * rate between what the rules read (one run of the notation), a gauge holds its average.
 */
function averagedBetween(values: readonly number[], read: ReadSteps): number[] {
  const result = [...values];
  for (let end = 0; end < values.length; end += read.every) {
    const stretch = values.slice(end, Math.min(values.length, end + read.every - read.last));
    const average = stretch.reduce((sum, value) => sum + value, 0) / stretch.length;
    stretch.forEach((_, offset) => (result[end + offset] = average));
  }
  return result;
}

/**
 * The input series that make the signal read `values` (one a step of `stepMinutes`, the step ending at each sample),
 * written short, and the samples promtool loads from them; `sessions` (one a step) is a ratio's denominator. With
 * `read`, the steps no rule reads are averaged, which keeps the notation short.
 */
export function signalInputs(
  signal: KpiSignal,
  values: readonly number[],
  sessions: readonly number[],
  stepMinutes: number,
  read?: ReadSteps,
): { series: InputSeries[]; samples: SignalSamples } {
  const seconds = stepMinutes * 60;
  const parts = signalParts(signal, values, sessions).map((part) => ({ ...part, values: read === undefined ? part.values : averagedBetween(part.values, read) }));
  const series = parts.map((part) => ({
    metric: part.selector.metric,
    labels: labelsOf(part.selector),
    stepMinutes,
    runs: part.kind === "counter" ? counterRuns(part.values.map((value) => short(value * seconds))) : gaugeRuns([part.values[0], ...part.values].map(short)),
  }));
  return { series, samples: samplesOf(signal, series.map((input) => new SampledSeries(seconds, expand(input)))) };
}

/**
 * The samples of signalInputs before they are written short: quicker, for searches whose findings are then
 * checked on the written samples.
 */
export function signalSamples(signal: KpiSignal, values: readonly number[], sessions: readonly number[], stepMinutes: number): SignalSamples {
  const seconds = stepMinutes * 60;
  const sampled = signalParts(signal, values, sessions).map((part) => {
    if (part.kind === "gauge") {
      return [part.values[0], ...part.values];
    }
    const totals = [0];
    part.values.forEach((value, step) => totals.push(totals[step] + value * seconds));
    return totals;
  });
  return samplesOf(signal, sampled.map((samples) => new SampledSeries(seconds, samples)));
}

/** A series' runs in promtool's expanding notation, for a test whose input interval is `stepMinutes`. */
export function expandingValues(series: InputSeries, stepMinutes: number): string {
  if (stepMinutes !== series.stepMinutes) {
    throw new Error(`series ${series.metric} is sampled every ${series.stepMinutes}m, not every ${stepMinutes}m`);
  }
  return series.runs
    .map((run) => (run.times === 0 ? promql.num(run.start) : `${promql.num(run.start)}+${promql.num(run.increment)}x${run.times}`))
    .join(" ");
}
