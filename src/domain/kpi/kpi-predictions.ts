import type { Duration } from "../duration";
import { relativeLimit } from "./band-math";
import { hasBaseline, type KpiSpec } from "./kpi";
import { kpiAlertNames } from "./kpi-rules";
import { KpiTwin, type SignalSamples } from "./kpi-twin";
import { RANGE_EDGES } from "./sampled-series";

/** Whether a condition holds: robustly yes or no, or too close to call. */
export type Truth = "yes" | "no" | "unsure";

/** How close (relative to the limit) a comparison may come before it is too close to call: floating-point noise. */
const MARGIN = 1e-9;

/** Whether `value` is beyond `limit` on the given side (or at it, when `inclusive`), robustly. */
function beyond(value: number | undefined, limit: number, side: "below" | "above", inclusive = false): Truth {
  if (value === undefined) {
    return "no";
  }
  const past = side === "below" ? limit - value : value - limit;
  if (past === 0) {
    return inclusive ? "yes" : "no";
  }
  const slack = MARGIN * Math.abs(limit);
  return past > slack ? "yes" : past < -slack ? "no" : "unsure";
}

/** Either condition (PromQL's `or` of two filters). */
function either(left: Truth, right: Truth): Truth {
  return left === "yes" || right === "yes" ? "yes" : left === "no" && right === "no" ? "no" : "unsure";
}

/** The same truth under every convention, else unsure. */
function agree(truths: readonly Truth[]): Truth {
  return truths.every((truth) => truth === truths[0]) ? truths[0] : "unsure";
}

/** An alert the predictions know: its name, the condition of its expression, and its `for`. */
export interface PredictedAlert {
  readonly name: string;
  readonly condition: (twin: KpiTwin, index: number) => Truth;
  readonly wait?: Duration;
}

/** The KPI's alerts whose firing the generated tests predict: all but the forecast (its own case predicts it). */
export function predictedAlerts(spec: KpiSpec): PredictedAlert[] {
  const names = kpiAlertNames(spec);
  const bad = spec.direction === "higher" ? "below" : "above";
  const alerts: PredictedAlert[] = [];
  if (hasBaseline(spec)) {
    const watched = spec.detection.direction;
    alerts.push({
      name: names.anomaly,
      condition: (twin, index) => {
        const band = twin.band(index);
        const below = watched === "above" ? "no" : beyond(band?.smoothed, band?.lower ?? 0, "below");
        const above = watched === "below" ? "no" : beyond(band?.smoothed, band?.upper ?? 0, "above");
        return band === undefined ? "no" : either(below, above);
      },
    });
    const limit = relativeLimit(spec.direction, spec.thresholds);
    if (limit !== undefined) {
      alerts.push({ name: names.relative, condition: (twin, index) => beyond(twin.impact(index), limit - 1, bad), wait: spec.detection.sustain });
    }
  }
  const absolute = spec.thresholds.absolute;
  if (absolute !== undefined) {
    alerts.push({ name: names.absolute, condition: (twin, index) => beyond(twin.value(index), absolute, bad), wait: spec.detection.sustain });
  }
  const floor = spec.floor;
  if (floor !== undefined) {
    alerts.push({
      name: names.floor,
      condition: (twin, index) => (twin.value(index) === undefined ? "yes" : beyond(twin.value(index), floor.value, bad, true)),
      wait: floor.for,
    });
  }
  return alerts;
}

/**
 * Predictions of a KPI's alerts on its test inputs, evaluated every `gridSeconds`, under both conventions for
 * ranges' edges (Prometheus 2 and 3): a prediction is made only where both agree and no comparison is too close.
 */
export class KpiPredictions {
  private readonly twins: KpiTwin[];

  constructor(
    readonly spec: KpiSpec,
    signal: SignalSamples,
    readonly gridSeconds: number,
  ) {
    this.twins = RANGE_EDGES.map((edges) => new KpiTwin(spec, signal, gridSeconds, edges));
  }

  /** Whether the alert's condition holds at an evaluation. */
  condition(alert: PredictedAlert, index: number): Truth {
    return agree(this.twins.map((twin) => alert.condition(twin, index)));
  }

  /**
   * Whether the alert fires at an evaluation: its condition held at every evaluation of its `for`, or undefined when
   * that cannot be told.
   */
  firing(alert: PredictedAlert, index: number): boolean | undefined {
    const evaluations = Math.ceil((alert.wait?.seconds ?? 0) / this.gridSeconds);
    const states = Array.from({ length: evaluations + 1 }, (_, back) => this.condition(alert, index - back));
    if (states.includes("no")) {
      return states[0] === "no" || states.every((state) => state !== "unsure") ? false : undefined;
    }
    return states.every((state) => state === "yes") ? true : undefined;
  }
}
