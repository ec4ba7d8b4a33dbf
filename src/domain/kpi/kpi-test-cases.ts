import { hasBaseline, seasonLength, type KpiSpec } from "./kpi";
import { KpiPredictions, predictedAlerts, type PredictedAlert } from "./kpi-predictions";
import { kpiAlertNames, kpiAlerts } from "./kpi-rules";
import { anomalyOf, minuteText, testLayout, testProfile, type Instance } from "./kpi-scenarios";
import { signalInputs, signalSamples, type InputSeries } from "./kpi-traffic";
import { anomalyFactor, generateKpi, QUIETEST_SHARE, seasonalShare, type Anomaly } from "./seasonal-traffic";

/**
 * Generated tests of a KPI's alerts on generated seasonal traffic (seasonal-traffic.ts), evaluated every two hours:
 * the anomaly alert reads only what each evaluation records, so its state does not depend on how often the rules
 * run, and promtool's cost is in the evaluations (weeks of history). Each expectation is predicted with the rules'
 * plain-TypeScript twin (kpi-twin.ts) under both Prometheus 2's and 3's range edges, and kept only where both agree
 * and no comparison is within floating-point noise.
 */
export const KPI_EVALUATION_HOURS = 2;

/** The input series are sampled every 5 minutes, the input interval of the generated test files. */
export const INPUT_STEP_MINUTES = 5;

const GRID_SECONDS = KPI_EVALUATION_HOURS * 3600;
const STEPS_PER_HOUR = 60 / INPUT_STEP_MINUTES;

/** One alert's expected state at an hour. */
export interface KpiCheck {
  readonly hour: number;
  readonly alert: string;
  readonly firing: boolean;
}

/** Traffic and the checks it must pass. */
export interface KpiTestCase {
  readonly name: string;
  readonly series: readonly InputSeries[];
  readonly checks: readonly KpiCheck[];
}

/** Sessions a second at the busiest hour, the denominator of a ratio KPI's generated traffic. */
const BUSIEST_SESSIONS = 10;

/**
 * The busiest value of the generated traffic: far enough from every limit that a normal week, quiet nights
 * included, stays clear of them (higher is better: above them; lower is better: below them).
 */
function busiestValue(spec: KpiSpec): number {
  const limits = [spec.thresholds.absolute, spec.floor?.value, spec.forecast?.threshold].filter((limit): limit is number => limit !== undefined);
  if (spec.direction === "lower") {
    const positive = limits.filter((limit) => limit > 0);
    return positive.length === 0 ? 1 : Math.min(...positive) / 4;
  }
  const { absolute = 0 } = spec.thresholds;
  return Math.max(1, (2 * Math.max(absolute, spec.floor?.value ?? 0)) / QUIETEST_SHARE, 4 * (spec.forecast?.threshold ?? 0));
}

/** Generated traffic with anomalies applied on top, and its input series and predictions. */
class Traffic {
  readonly values: number[];

  private constructor(
    readonly spec: KpiSpec,
    private readonly normal: readonly number[],
    private readonly sessions: readonly number[],
    readonly anomalies: readonly Anomaly[],
  ) {
    this.values = normal.map((value, step) => value * anomalyFactor(anomalies, step * INPUT_STEP_MINUTES));
  }

  /** `hours` of the KPI's normal traffic. */
  static normal(spec: KpiSpec, hours: number): Traffic {
    const profile = testProfile(spec, busiestValue(spec));
    const values = generateKpi(profile, INPUT_STEP_MINUTES, hours * STEPS_PER_HOUR);
    const sessions = values.map((_, step) => BUSIEST_SESSIONS * seasonalShare(step * INPUT_STEP_MINUTES, profile.seasonality));
    return new Traffic(spec, values, sessions, []);
  }

  with(anomaly: Anomaly): Traffic {
    return new Traffic(this.spec, this.normal, this.sessions, [...this.anomalies, anomaly]);
  }

  /** The input series, with the steps between what the evaluations read averaged (the notation stays short). */
  inputs() {
    const window = Math.max(this.spec.detection.sustain.minutes, this.spec.rateWindow.minutes);
    const read = { every: KPI_EVALUATION_HOURS * STEPS_PER_HOUR, last: Math.ceil(window / INPUT_STEP_MINUTES) + 1 };
    return signalInputs(this.spec.signal, this.values, this.sessions, INPUT_STEP_MINUTES, read);
  }

  /** Predictions on the written samples, or, `quick`, on the samples before they are written short. */
  predictions(quick = false): KpiPredictions {
    const samples = quick ? signalSamples(this.spec.signal, this.values, this.sessions, INPUT_STEP_MINUTES) : this.inputs().samples;
    return new KpiPredictions(this.spec, samples, GRID_SECONDS);
  }
}

/** An instance's scenario put in the traffic `delay` minutes before its hour, and its check when predictable. */
interface Placed {
  readonly traffic: Traffic;
  readonly delay: number;
  readonly check?: KpiCheck;
}

/**
 * Puts an instance's scenario in the traffic: `fires` starts it so that the anomaly alert first fires at the
 * instance's hour (the shortest delay, in input steps, that fires); `not-yet` starts it one step later than that, so
 * that it has not fired yet; `quiet` starts it `within` before, on a side the KPI does not watch. When nothing
 * fires within three times the scenario's `within` (or its length), the check is that it has not fired by then.
 */
function place(traffic: Traffic, instance: Instance, alert: PredictedAlert): Placed {
  const { scenario, hour } = instance;
  const at = (delay: number) => {
    const moved = traffic.with(anomalyOf(scenario, hour * 60 - delay));
    return { traffic: moved, delay, truth: moved.predictions(true).condition(alert, hour / KPI_EVALUATION_HOURS) };
  };
  const placed = ({ traffic: moved, delay, truth }: ReturnType<typeof at>): Placed => ({
    traffic: moved,
    delay,
    check: truth === "unsure" ? undefined : { hour, alert: alert.name, firing: truth === "yes" },
  });
  const longest = Math.min(scenario.minutes, 3 * scenario.within.minutes);
  if (instance.role === "quiet") {
    return placed(at(scenario.within.minutes));
  }
  let quiet: ReturnType<typeof at> | undefined;
  for (let delay = 0; delay <= longest; delay += INPUT_STEP_MINUTES) {
    const state = at(delay);
    if (state.truth === "yes") {
      return placed(instance.role === "fires" || quiet === undefined ? state : quiet);
    }
    quiet = state.truth === "no" ? state : quiet;
  }
  return placed(at(longest));
}

/** What a placed instance's check says, for the test's name. */
function describe(instance: Instance, placed: Placed): string {
  const when = `${placed.delay}m after it starts (at ${minuteText(instance.hour * 60)})`;
  return `${instance.scenario.name} ${placed.check?.firing ? "alerts" : "has not alerted"} ${when}`;
}

/**
 * The case of a seasonal KPI: its seasons of history, then a quiet week that raises nothing (checked at every evaluation,
 * the Sunday-night trough, the Monday ramp-up and every midnight included), then the scenarios of its watched
 * sides, each checked when it first alerts and, started 5 minutes later, just before; an unwatched side's largest
 * scenario stays quiet. One case, so that promtool evaluates the weeks of history once. Throws when the quiet week
 * would alert: thresholds tighter than a normal week's noise.
 */
function seasonalCase(spec: KpiSpec): KpiTestCase {
  const layout = testLayout(spec);
  const anomaly = predictedAlerts(spec)[0];
  let traffic = Traffic.normal(spec, layout.end);
  const placed = layout.instances.map((instance) => {
    const found = place(traffic, instance, anomaly);
    traffic = found.traffic;
    return { instance, found };
  });
  const predictions = traffic.predictions();
  const confirmed = placed.filter(({ found }) => found.check !== undefined && predictions.firing(anomaly, found.check.hour / KPI_EVALUATION_HOURS) === found.check.firing);
  const checks: KpiCheck[] = confirmed.map(({ found }) => found.check as KpiCheck);
  for (let hour = layout.quietFrom; hour < layout.quietUntil; hour += KPI_EVALUATION_HOURS) {
    for (const alert of predictedAlerts(spec)) {
      const firing = predictions.firing(alert, hour / KPI_EVALUATION_HOURS);
      if (firing === true) {
        throw new Error(
          `the generated quiet week would raise ${alert.name} at ${minuteText(hour * 60)}: its limits are tighter than a normal ` +
            "week's noise (±5% a minute, ±1% from hour to hour and day to day); widen them (detection.sensitivity, " +
            "detection.minimumSpreadPercent, the thresholds)",
        );
      }
      if (firing === false) {
        checks.push({ hour, alert: alert.name, firing });
      }
    }
  }
  return {
    name: `${spec.id}: a quiet week raises nothing, checked every ${KPI_EVALUATION_HOURS} hours (the Sunday-night trough, the Monday ramp-up, every midnight); ${confirmed.map(({ instance, found }) => describe(instance, found)).join("; ")}`,
    series: traffic.inputs().series,
    checks: checks.sort((a, b) => a.hour - b.hour),
  };
}

/** Traffic of one value an hour, as input series sampled every 5 minutes. */
function hourlyInputs(spec: KpiSpec, perHour: readonly number[]) {
  const steps = perHour.flatMap((value) => Array<number>(STEPS_PER_HOUR).fill(value));
  return signalInputs(spec.signal, steps, steps.map(() => BUSIEST_SESSIONS), INPUT_STEP_MINUTES);
}

/** An evaluation's hour at or after `hour`. */
const evaluationAfter = (hour: number) => Math.ceil(hour / KPI_EVALUATION_HOURS) * KPI_EVALUATION_HOURS;

/**
 * A day of steady traffic, then none: the floor alert is pending from the first evaluation that reads none, and
 * fires at the first evaluation once the floor's wait has passed.
 */
function floorCase(spec: KpiSpec): KpiTestCase[] {
  if (spec.floor === undefined) {
    return [];
  }
  const stop = 38;
  const firing = stop + KPI_EVALUATION_HOURS + evaluationAfter(spec.floor.for.hours);
  const values = Array.from({ length: firing + 1 }, (_, hour) => (hour >= stop ? 0 : busiestValue(spec)));
  const alert = kpiAlertNames(spec).floor;
  return [{
    name: `${spec.id}: a drop to zero hits the floor after ${spec.floor.for}`,
    series: hourlyInputs(spec, values).series,
    checks: [{ hour: stop, alert, firing: false }, { hour: firing, alert, firing: true }],
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
  const quietAt = evaluationAfter(start + season + window.hours);
  const firesAt = evaluationAfter(quietAt + horizon.hours);
  const values = Array.from({ length: firesAt + 2 }, (_, hour) => steady - slope * Math.max(0, hour - start));
  const names = kpiAlertNames(spec);
  const checks: KpiCheck[] = [
    { hour: quietAt, alert: names.forecast, firing: false },
    { hour: firesAt, alert: names.forecast, firing: true },
  ];
  if (spec.thresholds.absolute !== undefined && values[firesAt - 1] > spec.thresholds.absolute * 1.02) {
    checks.push({ hour: firesAt, alert: names.absolute, firing: false });
  }
  return [{
    name: `${spec.id}: a slow decline trips the forecast before the threshold is crossed`,
    series: hourlyInputs(spec, values).series,
    checks,
  }];
}

/**
 * The generated test cases of a KPI, leaving out the cases of alerts the KPI does not have: the seasonal case for
 * either direction; the floor and forecast cases of a KPI whose higher values are better.
 */
export function kpiTestCases(spec: KpiSpec): KpiTestCase[] {
  const seasonal = hasBaseline(spec) ? [seasonalCase(spec)] : [];
  return spec.direction === "higher" ? [...seasonal, ...floorCase(spec), ...forecastCase(spec)] : seasonal;
}

/** The alerting rules the checks name, for their expected labels and annotations. */
export function checkedAlerts(spec: KpiSpec) {
  return new Map(kpiAlerts(spec).map((rule) => [rule.alert, rule]));
}
