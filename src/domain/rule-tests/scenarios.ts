import { pairScenarios } from "./pair-scenarios";
import { burning, healthy, scenario, type Grid, type Scenario } from "./scenario";
import type { AlertThresholds } from "./traffic-model";

export { EVALUATION_MINUTES, type Expectation, type Scenario } from "./scenario";

/** The coarsest grid the long scenarios are checked on: every 6 hours. */
const LONG_GRID_LIMIT = 360;

/** The most samples of one series a long scenario's longest window holds: 3 days, a sample a minute. */
const SAMPLES_PER_WINDOW = 4320;

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * How a long scenario (days of traffic, checked every few hours) is evaluated and sampled.
 *
 * It is evaluated on the largest divisor of 6 hours that also divides the longest window, so that every checkpoint
 * falls on an evaluation. Prometheus evaluates rules step by step up to the last checkpoint, and each step costs the
 * same whatever the input, so this is what makes a scenario of days cheap. It changes no checked result: the
 * burn-rate alerts have no `for`, so their state at an instant depends only on the evaluation at that instant, and
 * the window ratios they read are computed from the input series at that evaluation (only the period-long
 * recordings, which no alert reads, average fewer samples).
 *
 * Its input has a sample every minute, or every few minutes when the longest window would otherwise hold more than
 * `SAMPLES_PER_WINDOW` samples of a series (the windows of a 90-day SLO): promtool refuses a query that loads too
 * many samples. The step divides every window, so that each window starts and ends on a sample and its ratio is
 * the same as from a sample a minute, and leaves every window at least 3 samples.
 */
function longGrid(windows: readonly number[]): Grid {
  const longest = Math.max(...windows);
  const evaluation = gcd(longest, LONG_GRID_LIMIT);
  const common = windows.reduce(gcd, gcd(evaluation, 60));
  const steps = Array.from({ length: common }, (_, index) => index + 1).filter((step) => common % step === 0 && Math.min(...windows) / step >= 3);
  return { evaluation, input: steps.find((step) => longest / step <= SAMPLES_PER_WINDOW) ?? steps.at(-1) ?? 1 };
}

/**
 * The scenarios every SLO is tested with:
 * - each window pair on its own (`pairScenarios`): quiet until its long window crosses its threshold on a burn 1.2
 *   times its factor, firing then, and quiet again one short window after a sharp burn ends;
 * - a full outage pages within minutes;
 * - a burn at half the budget rate stays quiet;
 * - one failed request on a service with one request a minute (the low-traffic guard keeps it from paging).
 * Ticket pairs and the quiet burn run for days and are checked every few hours (`longGrid`).
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
  const long = longGrid(rules.windows.flatMap((window) => [window.long.minutes, window.short.minutes]));
  const pageHistory = Math.max(0, ...rules.windows.filter((window) => window.severity === "page").map((window) => window.long.minutes));
  const { budget } = rules;
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
    ),
  ];
}
