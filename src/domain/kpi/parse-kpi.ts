import { Duration } from "../duration";
import type { Problems } from "../problems";
import { retentionProblem } from "./history";
import {
  badSide,
  defaultForecastWindow,
  type KpiDetection,
  type KpiFloor,
  type KpiForecast,
  type KpiSignal,
  type KpiThresholds,
} from "./kpi";
import { parseSelector } from "../promql";
import type { BusinessKpiProps, KpiSignalProps } from "./business-kpi-props";

/** The props of a BusinessKpi, checked and turned into domain values. */
export interface ParsedKpi {
  readonly signal: KpiSignal;
  readonly rateWindow: Duration;
  readonly detection: KpiDetection;
  readonly thresholds: KpiThresholds;
  readonly floor?: KpiFloor;
  readonly forecast?: KpiForecast;
  /** The Datadog anomaly monitor's rollup interval, when given. */
  readonly datadogInterval?: Duration;
}

const duration = (problems: Problems, what: string, text: string) => problems.attempt(what, () => Duration.parse(text));
const selector = (problems: Problems, what: string, text: string) => problems.attempt(what, () => parseSelector(text));

function parseSignal(props: KpiSignalProps, problems: Problems): KpiSignal | undefined {
  const kinds = (["counter", "ratio", "gauge"] as const).filter((kind) => props[kind] !== undefined);
  if (kinds.length !== 1) {
    problems.add(`signal: give exactly one of counter, ratio or gauge (got ${kinds.length === 0 ? "none" : kinds.join(" and ")})`);
    return undefined;
  }
  if (props.counter !== undefined) {
    const counter = selector(problems, "signal.counter", props.counter);
    return counter === undefined ? undefined : { kind: "counter", counter };
  }
  if (props.ratio !== undefined) {
    const numerator = selector(problems, "signal.ratio.numerator", props.ratio.numerator);
    const denominator = selector(problems, "signal.ratio.denominator", props.ratio.denominator);
    return numerator === undefined || denominator === undefined ? undefined : { kind: "ratio", numerator, denominator };
  }
  const given = props.gauge as NonNullable<KpiSignalProps["gauge"]>;
  const gauge = selector(problems, "signal.gauge.selector", given.selector);
  return gauge === undefined ? undefined : { kind: "gauge", gauge, aggregation: given.aggregation ?? "avg", canBeZero: given.canBeZero ?? true };
}

function parseDetection(props: BusinessKpiProps, problems: Problems): KpiDetection | undefined {
  const given = props.detection ?? {};
  const sensitivity = given.sensitivity ?? 3;
  const seasons = given.seasons ?? 3;
  const minimumSpreadPercent = given.minimumSpreadPercent ?? 1.75;
  const sustain = duration(problems, "detection.sustain", given.sustain ?? "20m");
  const direction = given.direction ?? badSide(props.direction ?? "higher");
  return sustain === undefined ? undefined : { sensitivity, sustain, direction, minimumSpreadPercent, seasons };
}

function parseThresholds(props: BusinessKpiProps, problems: Problems): KpiThresholds | undefined {
  const given = props.thresholds ?? {};
  const relative = (["percentOfBaseline", "maxImpactPercent"] as const).filter((key) => given[key] !== undefined);
  if (relative.length > 0 && (props.seasonality ?? "weekly") === "none") {
    problems.add(
      `thresholds.${relative[0]}: a relative threshold needs a baseline, and a KPI with seasonality "none" has none; ` +
        `set seasonality to "daily" or "weekly", or use thresholds.absolute`,
    );
  }
  if (relative.length > 1) {
    problems.add("thresholds: give percentOfBaseline or maxImpactPercent, not both (they are the same limit in two words)");
  }
  const relativeWindow = duration(problems, "thresholds.relativeWindow", given.relativeWindow ?? "1h");
  return relativeWindow === undefined ? undefined : { ...given, relativeWindow };
}

function parseFloor(props: BusinessKpiProps, signal: KpiSignal | undefined, problems: Problems): KpiFloor | undefined {
  if (props.floor === undefined) {
    return undefined;
  }
  const value = props.floor.value ?? 0;
  if (signal?.kind === "gauge" && signal.canBeZero && value <= 0 && (props.direction ?? "higher") === "higher") {
    problems.add(
      `floor: gauge ${props.signal.gauge?.selector} can legitimately be 0 (signal.gauge.canBeZero), so a floor at ${value} ` +
        "would alert on normal readings; set canBeZero: false if 0 means an outage, or use thresholds.absolute instead",
    );
  }
  const wait = duration(problems, "floor.for", props.floor.for);
  return wait === undefined ? undefined : { value, for: wait };
}

function parseForecast(props: BusinessKpiProps, problems: Problems): KpiForecast | undefined {
  if (props.forecast === undefined) {
    return undefined;
  }
  const given = props.forecast;
  const window = given.window === undefined ? defaultForecastWindow(props.seasonality ?? "weekly") : duration(problems, "forecast.window", given.window);
  const horizon = duration(problems, "forecast.horizon", given.horizon ?? "7d");
  return window === undefined || horizon === undefined ? undefined : { window, horizon, threshold: given.threshold };
}

/**
 * Checks a BusinessKpi's props (already matching businessKpiSchema) against each other, and against the stack's Prometheus retention unless it is undefined (a KPI
 * not written to Prometheus), recording every problem; returns the parsed KPI when there is none.
 */
export function parseKpi(props: BusinessKpiProps, retention: Duration | undefined, problems: Problems): ParsedKpi | undefined {
  const signal = parseSignal(props.signal, problems);
  const rateWindow = duration(problems, "rateWindow", props.rateWindow ?? "10m");
  const detection = parseDetection(props, problems);
  const thresholds = parseThresholds(props, problems);
  const floor = parseFloor(props, signal, problems);
  const forecast = parseForecast(props, problems);
  const interval = props.datadogAnomaly?.interval;
  const datadogInterval = interval === undefined ? undefined : duration(problems, "datadogAnomaly.interval", interval);
  if (detection !== undefined && rateWindow !== undefined && detection.sustain.milliseconds < rateWindow.milliseconds) {
    problems.add(
      `detection.sustain: ${detection.sustain} is shorter than the rate window (${rateWindow}); the KPI is averaged over the sustain ` +
        `time before it is compared with its band, which takes at least the rate window; use ${rateWindow} or more, e.g. 20m`,
    );
  }
  if (signal === undefined || rateWindow === undefined || detection === undefined || thresholds === undefined || !problems.none) {
    return undefined;
  }
  const history = { seasonality: props.seasonality ?? "weekly", detection, forecast, rateWindow };
  const retentionIssue = retention === undefined ? undefined : retentionProblem(history, retention);
  if (retentionIssue !== undefined) {
    problems.add(`seasonality: ${retentionIssue}`);
    return undefined;
  }
  return { signal, rateWindow, detection, thresholds, floor, forecast, datadogInterval };
}
