import { band, baselineLevel, growth, grownSample, impact, median, spread, trend, TREND_SEASONS } from "./band-math";
import { seasonLength, type KpiSpec } from "./kpi";
import type { RangeEdges, SampledSeries } from "./sampled-series";

/** The input series of a KPI's signal, as promtool loads them: one series a metric. */
export type SignalSamples =
  | { readonly kind: "counter"; readonly counter: SampledSeries }
  | { readonly kind: "ratio"; readonly numerator: SampledSeries; readonly denominator: SampledSeries }
  | { readonly kind: "gauge"; readonly gauge: SampledSeries };

/** A value computed once. */
function remembered(memory: Map<number, number | undefined>, index: number, compute: () => number | undefined): number | undefined {
  if (!memory.has(index)) {
    memory.set(index, compute());
  }
  return memory.get(index);
}

/** The KPI's band at an evaluation: its smoothed value, level, spread and bounds. */
export interface BandAt {
  readonly smoothed: number;
  readonly level: number;
  readonly spread: number;
  readonly lower: number;
  readonly upper: number;
}

/**
 * A KPI's recordings as Prometheus evaluates its rules (kpi-rules.ts) on its input series every `gridSeconds`
 * from time 0, with one convention for ranges' edges: the plain-TypeScript twin of the rules, from the band's
 * arithmetic in band-math.ts. Values are undefined where the rules record nothing.
 */
export class KpiTwin {
  private readonly values = new Map<number, number | undefined>();
  private readonly smoothedValues = new Map<number, number | undefined>();
  private readonly growths = new Map<number, number | undefined>();
  private readonly levels = new Map<number, number | undefined>();
  /** The season's length in seconds, 0 without seasonality. */
  private readonly season: number;

  constructor(
    readonly spec: KpiSpec,
    readonly signal: SignalSamples,
    readonly gridSeconds: number,
    readonly edges: RangeEdges,
  ) {
    this.season = seasonLength(spec.seasonality)?.seconds ?? 0;
  }

  /**
   * The signal over a window ending at `at` (seconds): a counter's rate, a ratio of rates, or a gauge's average
   * over the window when `smoothed` (its latest value otherwise).
   */
  private signalOver(at: number, windowSeconds: number, smoothed: boolean): number | undefined {
    const { signal, edges } = this;
    switch (signal.kind) {
      case "counter":
        return signal.counter.rate(at, windowSeconds, edges);
      case "ratio": {
        const [numerator, denominator] = [signal.numerator.rate(at, windowSeconds, edges), signal.denominator.rate(at, windowSeconds, edges)];
        return numerator === undefined || denominator === undefined ? undefined : numerator / denominator;
      }
      case "gauge":
        return smoothed ? signal.gauge.averageOverTime(at, windowSeconds, edges) : signal.gauge.instant(at, edges);
    }
  }

  /** `kpi:value` at an evaluation. */
  value(index: number): number | undefined {
    return remembered(this.values, index, () => this.signalOver(index * this.gridSeconds, this.spec.rateWindow.seconds, false));
  }

  /** A recording's values over the evaluations within `spanIndices` before `index`, as a range selector reads them. */
  private valuesOver(index: number, spanIndices: number, recording: (index: number) => number | undefined): number[] {
    const start = index - spanIndices;
    const values: number[] = [];
    for (let at = Math.max(0, this.edges === "closed" ? Math.ceil(start) : Math.floor(start) + 1); at <= index; at++) {
      const value = recording(at);
      if (value !== undefined) {
        values.push(value);
      }
    }
    return values;
  }

  /** `kpi:value:smoothed`: the KPI over the detection window. */
  smoothed(index: number): number | undefined {
    return remembered(this.smoothedValues, index, () => this.past(index, 0));
  }

  /** The KPI over the detection window `seasonsAgo` seasons before an evaluation. */
  private past(index: number, seasonsAgo: number): number | undefined {
    return this.signalOver(index * this.gridSeconds - seasonsAgo * this.season, this.spec.detection.sustain.seconds, true);
  }

  /** `kpi:growth:ratio`: the smoothed KPI against the same window TREND_SEASONS seasons before, per season. */
  growth(index: number): number | undefined {
    return remembered(this.growths, index, () => {
      const [now, before] = [this.smoothed(index), this.past(index, TREND_SEASONS)];
      return now === undefined || before === undefined ? undefined : growth(now, before);
    });
  }

  /** `kpi:trend:ratio`: the median growth over the last season, within the trend's limits. */
  trend(index: number): number | undefined {
    const growths = this.valuesOver(index, this.season / this.gridSeconds, (at) => this.growth(at));
    return growths.length === 0 ? undefined : trend(growths);
  }

  /** The band at an evaluation, or undefined without seasonality, before the KPI has a value or a past season. */
  band(index: number): BandAt | undefined {
    const smoothed = this.smoothed(index);
    const trendRatio = this.trend(index);
    const samples = Array.from({ length: this.spec.detection.seasons }, (_, k) => this.past(index, k + 1))
      .map((sample, k) => (sample === undefined ? undefined : grownSample(sample, trendRatio, k + 1)))
      .filter((sample): sample is number => sample !== undefined);
    if (this.season === 0 || samples.length === 0 || smoothed === undefined) {
      return undefined;
    }
    const { minimumSpreadPercent, sensitivity } = this.spec.detection;
    const middle = median(samples);
    const spreadValue = spread(samples, middle, minimumSpreadPercent);
    const level = baselineLevel(samples, middle, spreadValue, sensitivity);
    return level === undefined ? undefined : { smoothed, level, spread: spreadValue, ...band(level, spreadValue, sensitivity) };
  }

  /** `anomaly:level` at an evaluation. */
  level(index: number): number | undefined {
    return remembered(this.levels, index, () => this.band(index)?.level);
  }

  /** `kpi:impact:ratio`: the smoothed KPI's average over the relative window against its level's. */
  impact(index: number): number | undefined {
    const span = this.spec.thresholds.relativeWindow.seconds / this.gridSeconds;
    const [values, levels] = [this.valuesOver(index, span, (at) => this.smoothed(at)), this.valuesOver(index, span, (at) => this.level(at))];
    const average = (of: number[]) => of.reduce((sum, value) => sum + value, 0) / of.length;
    return values.length === 0 || levels.length === 0 ? undefined : impact(average(values), average(levels));
  }
}
