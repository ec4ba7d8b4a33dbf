import type { AlertSeverity } from "../routing/routing";
import type { BurnRateWindow } from "../slo/slo-math";

/** A stretch of steady synthetic traffic. */
export interface Phase {
  readonly minutes: number;
  readonly requestsPerMinute: number;
  readonly errorRatio: number;
}

/** What the alert rules compare, for one SLO. */
export interface AlertThresholds {
  readonly windows: readonly BurnRateWindow[];
  readonly budget: number;
  /** Events a page window must hold; 0 when the SLO has no low-traffic guard. */
  readonly minimumEventsForPage: number;
}

/** How far thresholds are moved to check that a prediction does not hang on a rounding. */
const MARGIN = 0.05;

/**
 * The expected behaviour of multiwindow burn-rate alerts on synthetic traffic, computed exactly from the
 * traffic's counters. Generated tests assert these predictions against what Prometheus itself evaluates, at
 * instants where the prediction is robust.
 */
export class TrafficModel {
  private readonly total: number[] = [0];
  private readonly errors: number[] = [0];

  /**
   * @param step minutes between two samples of the series Prometheus reads (every phase lasts a multiple of it): a
   *   prediction must hold with one sample fewer per window and an evaluation one sample earlier or later.
   */
  constructor(readonly phases: readonly Phase[], readonly step = 1) {
    for (const phase of phases) {
      for (let minute = 0; minute < phase.minutes; minute++) {
        this.total.push(this.total.at(-1)! + phase.requestsPerMinute);
        this.errors.push(this.errors.at(-1)! + phase.requestsPerMinute * phase.errorRatio);
      }
    }
  }

  /** The last minute with a sample. */
  get end(): number {
    return this.total.length - 1;
  }

  private window(minute: number, length: number): { events: number; errors: number } {
    const from = Math.max(0, minute - length);
    const to = Math.min(minute, this.end);
    return { events: this.total[to] - this.total[from], errors: this.errors[to] - this.errors[from] };
  }

  /** Whether every condition of a window pair holds; thresholds are multiplied by `scale`. */
  private pairFires(minute: number, shrink: number, scale: number, rules: AlertThresholds, pair: BurnRateWindow) {
    const ratio = (length: number) => {
      const { events, errors } = this.window(minute, Math.max(this.step, length - shrink));
      return events > 0 ? errors / events : undefined;
    };
    const threshold = pair.factor * rules.budget * scale;
    const above = (value: number | undefined, limit: number) => value !== undefined && value > limit;
    const guarded = pair.severity === "page" && rules.minimumEventsForPage > 0;
    return (
      above(ratio(pair.short.minutes), threshold) &&
      above(ratio(pair.long.minutes), threshold) &&
      (!guarded || this.window(minute, pair.long.minutes - shrink).events >= rules.minimumEventsForPage * scale)
    );
  }

  private firing(minute: number, shrink: number, scale: number, rules: AlertThresholds): string {
    const severities = rules.windows
      .filter((pair) => this.pairFires(minute, shrink, scale, rules, pair))
      .map((pair) => pair.severity);
    return (["page", "ticket"] as const).filter((severity) => severities.includes(severity)).join(",");
  }

  /**
   * The severities expected to fire at a minute, or undefined when the prediction is fragile: when it changes
   * one sample earlier or later, with one sample fewer per window, or with every threshold 5% lower or higher.
   */
  predict(minute: number, rules: AlertThresholds): AlertSeverity[] | undefined {
    const expected = this.firing(minute, 0, 1, rules);
    const variants: Array<[number, number, number]> = [
      [minute - this.step, 0, 1],
      [minute + this.step, 0, 1],
      [minute, this.step, 1],
      [minute, 0, 1 - MARGIN],
      [minute, 0, 1 + MARGIN],
    ];
    if (variants.some(([at, shrink, scale]) => this.firing(at, shrink, scale, rules) !== expected)) {
      return undefined;
    }
    return expected === "" ? [] : (expected.split(",") as AlertSeverity[]);
  }
}
