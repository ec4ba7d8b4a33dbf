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
}

/** Rule tests evaluate every 5 minutes, unless a scenario is long (see `longScenarioEvaluationMinutes`). */
export const EVALUATION_MINUTES = 5;

/** The coarsest grid the long scenarios are checked on: every 6 hours. */
const LONG_GRID_LIMIT = 360;

/**
 * How often a long scenario (days of traffic, checked every 6 hours) is evaluated: the largest divisor of 6 hours
 * that also divides the longest window, so that every checkpoint falls on an evaluation. Prometheus evaluates rules
 * step by step up to the last checkpoint, and each step costs the same whatever the input, so this is what makes a
 * scenario of days cheap. It changes no checked result: the burn-rate alerts have no `for`, so their state at an
 * instant depends only on the evaluation at that instant, and the window ratios they read are computed from the
 * input series at that evaluation (only the period-long recordings, which no alert reads, average fewer samples).
 */
function longScenarioEvaluationMinutes(longest: number): number {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  return gcd(longest, LONG_GRID_LIMIT);
}

/** A busy service: 10 requests a second. */
const BUSY = 600;

function healthy(minutes: number, requestsPerMinute = BUSY): Phase {
  return { minutes, requestsPerMinute, errorRatio: 0 };
}

function burning(minutes: number, burnRate: number, budget: number, requestsPerMinute = BUSY): Phase {
  return { minutes, requestsPerMinute, errorRatio: Math.min(1, burnRate * budget) };
}

/**
 * Instants to check after `from`: every 5 minutes for an hour, then every 30 minutes, then every 6 hours, each step
 * rounded up to a multiple of the evaluation interval (`from` is one).
 */
function checkpoints(from: number, to: number, evaluation: number): number[] {
  const step = (minutes: number) => Math.ceil(minutes / evaluation) * evaluation;
  const minutes: number[] = [];
  for (let minute = from + step(EVALUATION_MINUTES); minute <= to; ) {
    minutes.push(minute);
    const elapsed = minute - from;
    minute += step(elapsed < 60 ? EVALUATION_MINUTES : elapsed < 1440 ? 30 : LONG_GRID_LIMIT);
  }
  return minutes;
}

/** The robust expectations of a traffic, keeping each change of state and the last instant. */
function expectations(model: TrafficModel, rules: AlertThresholds, from: number, evaluation: number): Expectation[] {
  const robust = checkpoints(from, model.end, evaluation).flatMap((minute) => {
    const firing = model.predict(minute, rules);
    return firing === undefined ? [] : [{ minute, firing }];
  });
  return robust.filter((item, index) => {
    const previous = robust[index - 1];
    return index === robust.length - 1 || previous === undefined || previous.firing.join() !== item.firing.join();
  });
}

/** The first instant after `from` at which a severity robustly fires, searching up to `limit` minutes. */
function firstFiring(
  phases: Phase[],
  rules: AlertThresholds,
  from: number,
  limit: number,
  severity: AlertSeverity,
  evaluation: number,
) {
  const model = new TrafficModel(phases);
  return checkpoints(from, Math.min(model.end, from + limit), evaluation).find((minute) =>
    model.predict(minute, rules)?.includes(severity),
  );
}

function scenario(name: string, phases: Phase[], rules: AlertThresholds, from: number, evaluation = EVALUATION_MINUTES): Scenario {
  return { name, phases, expectations: expectations(new TrafficModel(phases), rules, from, evaluation), evaluationMinutes: evaluation };
}

/**
 * The scenarios every SLO is tested with. Each starts with healthy traffic as long as the longest window of the
 * alerts it is about, so that the windows, not the start of the data, decide when those alerts fire:
 * - a burn 1.2 times the fastest page factor pages, and not at once (at the factor itself a lone page pair, whose
 *   threshold is crossed only above it, would never fire);
 * - a full outage pages within minutes;
 * - a burn at half the budget rate stays quiet;
 * - one failed request on a service with one request a minute (the low-traffic guard keeps it from paging);
 * - a sustained burn 1.2 times the slowest ticket factor (at least 1.2x) opens a ticket without paging.
 * The last two run for days and are checked every 6 hours (`longScenarioEvaluationMinutes`).
 */
export function sloScenarios(rules: AlertThresholds): readonly Scenario[] {
  const key = JSON.stringify({
    budget: rules.budget,
    minimum: rules.minimumEventsForPage,
    windows: rules.windows.map((w) => [w.severity, w.factor, w.long.milliseconds, w.short.milliseconds]),
  });
  let scenarios = cache.get(key);
  if (scenarios === undefined) {
    scenarios = designScenarios(rules);
    cache.set(key, scenarios);
  }
  return scenarios;
}

/** Scenarios depend only on the thresholds, which most SLOs of an organisation share. */
const cache = new Map<string, readonly Scenario[]>();

function designScenarios(rules: AlertThresholds): Scenario[] {
  const longest = Math.max(...rules.windows.map((window) => window.long.minutes));
  const pages = rules.windows.filter((window) => window.severity === "page");
  const pageHistory = Math.max(0, ...pages.map((window) => window.long.minutes));
  const tickets = rules.windows.filter((window) => window.severity === "ticket");
  const { budget } = rules;
  const long = longScenarioEvaluationMinutes(longest);
  const result: Scenario[] = [];

  if (pages.length > 0) {
    const fastest = Number((1.2 * Math.max(...pages.map((window) => window.factor))).toPrecision(6));
    const search = [healthy(pageHistory), burning(2 * pageHistory, fastest, budget)];
    const paged = firstFiring(search, rules, pageHistory, 2 * pageHistory, "page", EVALUATION_MINUTES);
    if (paged === undefined) {
      throw new Error(`a ${fastest}x burn never pages: the page windows cannot fire`);
    }
    const fastBurn = [healthy(pageHistory), burning(paged - pageHistory, fastest, budget)];
    const outage = [healthy(pageHistory), burning(30, 1 / budget, budget)];
    result.push(
      scenario(`pages on a ${fastest}x burn`, fastBurn, rules, pageHistory),
      scenario("pages within minutes of a full outage", outage, rules, pageHistory),
    );
  }
  result.push(
    scenario("stays quiet at a 0.5x burn", [burning(longest + 60, 0.5, budget)], rules, 0, long),
    scenario(
      "one failed request at 1 request/minute",
      // The failure lands mid-way between two evaluations, so that the 5-minute window sees it at an evaluation.
      [healthy(pageHistory + 2, 1), burning(1, 1 / budget, budget, 1), healthy(120, 1)],
      rules,
      pageHistory,
    ),
  );
  if (tickets.length > 0) {
    const rate = Math.round(1.2 * Math.max(1, Math.min(...tickets.map((window) => window.factor))) * 100) / 100;
    const search = [healthy(longest), burning(longest, rate, budget)];
    const opened = firstFiring(search, rules, longest, longest, "ticket", long);
    if (opened === undefined) {
      throw new Error(`a sustained ${rate}x burn never opens a ticket: the ticket windows cannot fire`);
    }
    result.push(
      scenario(
        `opens a ticket on a sustained ${rate}x burn`,
        [healthy(longest), burning(opened - longest, rate, budget)],
        rules,
        longest,
        long,
      ),
    );
  }
  return result;
}
