import { pairScenarios } from "./pair-scenarios";
import { burning, EVALUATION_MINUTES, healthy, scenario, type Scenario } from "./scenario";
import type { AlertThresholds } from "./traffic-model";

export { EVALUATION_MINUTES, type Expectation, type Scenario } from "./scenario";

/** The coarsest grid the long scenarios are checked on: every 6 hours. */
const LONG_GRID_LIMIT = 360;

/**
 * How often a long scenario (days of traffic, checked every few hours) is evaluated: the largest divisor of 6 hours
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

/**
 * The scenarios every SLO is tested with:
 * - each window pair on its own (`pairScenarios`): quiet until its long window crosses its threshold on a burn 1.2
 *   times its factor, firing then, and quiet again one short window after a sharp burn ends;
 * - a full outage pages within minutes;
 * - a burn at half the budget rate stays quiet;
 * - one failed request on a service with one request a minute (the low-traffic guard keeps it from paging).
 * Ticket pairs and the quiet burn run for days and are checked every few hours (`longScenarioEvaluationMinutes`).
 * Throws when a pair can never fire on a busy service.
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
  const pageHistory = Math.max(0, ...rules.windows.filter((window) => window.severity === "page").map((window) => window.long.minutes));
  const { budget } = rules;
  const long = longScenarioEvaluationMinutes(longest);
  const outage = pageHistory === 0 ? [] : [scenario("pages within minutes of a full outage", [healthy(pageHistory), burning(30, 1 / budget, budget)], rules, pageHistory)];
  return [
    ...pairScenarios(rules, long),
    ...outage,
    scenario("stays quiet at a 0.5x burn", [burning(longest + 60, 0.5, budget)], rules, 0, long),
    scenario(
      "one failed request at 1 request/minute",
      // The failure lands mid-way between two evaluations, so that the 5-minute window sees it at an evaluation.
      [healthy(pageHistory + 2, 1), burning(1, 1 / budget, budget, 1), healthy(120, 1)],
      rules,
      pageHistory,
      EVALUATION_MINUTES,
    ),
  ];
}
