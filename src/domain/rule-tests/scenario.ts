import type { AlertSeverity } from "../routing/routing";
import { TrafficModel, type AlertThresholds, type Phase } from "./traffic-model";

/** An expected alert state at a minute of a scenario. */
export interface Expectation {
  readonly minute: number;
  readonly firing: readonly AlertSeverity[];
}

/** Synthetic traffic and the alert states it must produce. */
export interface Scenario {
  readonly name: string;
  readonly phases: readonly Phase[];
  readonly expectations: readonly Expectation[];
  /** How often the rules are evaluated; every expectation falls on an evaluation. */
  readonly evaluationMinutes: number;
  /** Minutes between two samples of the input series; every phase lasts a multiple of it. */
  readonly inputMinutes: number;
}

/** Rule tests evaluate every 5 minutes, unless a scenario is long. */
export const EVALUATION_MINUTES = 5;

/** A busy service: 10 requests a second. */
export const BUSY = 600;

/** Healthy traffic: no failed request. */
export function healthy(minutes: number, requestsPerMinute = BUSY): Phase {
  return { minutes, requestsPerMinute, errorRatio: 0 };
}

/** Traffic failing `burnRate` times as fast as the budget allows (a full outage at most). */
export function burning(minutes: number, burnRate: number, budget: number, requestsPerMinute = BUSY): Phase {
  return { minutes, requestsPerMinute, errorRatio: Math.min(1, burnRate * budget) };
}

/** Every evaluation after `from` up to `to`. */
export function evaluations(from: number, to: number, evaluation: number): number[] {
  const minutes: number[] = [];
  for (let minute = from + evaluation; minute <= to; minute += evaluation) minutes.push(minute);
  return minutes;
}

/** Whether two robust predictions tell the rules apart. */
function differ(left: readonly AlertSeverity[] | undefined, right: readonly AlertSeverity[] | undefined): boolean {
  return left !== undefined && right !== undefined && left.join() !== right.join();
}

/**
 * The robust expectations of a traffic at the evaluations after `from`: the first, each change of state and the
 * evaluation before it (so that an alert is checked not to fire early), the last, and every instant at which
 * one of `telling` (broken variants of the rules) predicts otherwise, so that the test would catch it.
 */
export function expectations(model: TrafficModel, rules: AlertThresholds, from: number, evaluation: number, telling: readonly AlertThresholds[] = []): Expectation[] {
  const robust = evaluations(from, model.end, evaluation).flatMap((minute) => {
    const firing = model.predict(minute, rules);
    return firing === undefined ? [] : [{ minute, firing }];
  });
  const changed = (index: number) => index > 0 && robust[index - 1].firing.join() !== robust[index].firing.join();
  return robust.filter(
    (item, index) =>
      index === 0 ||
      index === robust.length - 1 ||
      changed(index) ||
      changed(index + 1) ||
      telling.some((variant) => differ(item.firing, model.predict(item.minute, variant))),
  );
}

/** The evaluations at which a broken variant of the rules robustly predicts other alerts than the rules. */
export function tellingApart(model: TrafficModel, rules: AlertThresholds, variant: AlertThresholds, from: number, evaluation: number): number[] {
  return evaluations(from, model.end, evaluation).filter((minute) => differ(model.predict(minute, rules), model.predict(minute, variant)));
}

/** How a scenario is sampled and evaluated: minutes between evaluations, and between input samples. */
export interface Grid {
  readonly evaluation: number;
  readonly input: number;
}

/** Every 5 minutes, from a sample a minute. */
export const FINE: Grid = { evaluation: EVALUATION_MINUTES, input: 1 };

/** A scenario with its robust expectations from `from` on. */
export function scenario(name: string, phases: Phase[], rules: AlertThresholds, from: number, grid: Grid = FINE, telling: readonly AlertThresholds[] = []): Scenario {
  const model = new TrafficModel(phases, grid.input);
  return { name, phases, expectations: expectations(model, rules, from, grid.evaluation, telling), evaluationMinutes: grid.evaluation, inputMinutes: grid.input };
}

/** The first evaluation after `from` at which a severity robustly fires, searching up to `limit` minutes. */
export function firstFiring(phases: Phase[], rules: AlertThresholds, from: number, limit: number, severity: AlertSeverity, grid: Grid): number | undefined {
  const model = new TrafficModel(phases, grid.input);
  return evaluations(from, Math.min(model.end, from + limit), grid.evaluation).find((minute) => model.predict(minute, rules)?.includes(severity));
}
