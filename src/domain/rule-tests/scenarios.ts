import type { AlertSeverity } from "../slo-math";
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
}

/** Rule tests evaluate every 5 minutes; expectations fall on evaluations. */
export const EVALUATION_MINUTES = 5;

/** A busy service: 10 requests a second. */
const BUSY = 600;

function healthy(minutes: number, requestsPerMinute = BUSY): Phase {
  return { minutes, requestsPerMinute, errorRatio: 0 };
}

function burning(minutes: number, burnRate: number, budget: number, requestsPerMinute = BUSY): Phase {
  return { minutes, requestsPerMinute, errorRatio: Math.min(1, burnRate * budget) };
}

/** Instants to check after `from`: every 5 minutes for an hour, then every 30 minutes, then every 6 hours. */
function checkpoints(from: number, to: number): number[] {
  const minutes: number[] = [];
  for (let minute = from + EVALUATION_MINUTES; minute <= to; ) {
    minutes.push(minute);
    const elapsed = minute - from;
    minute += elapsed < 60 ? EVALUATION_MINUTES : elapsed < 1440 ? 30 : 360;
  }
  return minutes;
}

/** The robust expectations of a traffic, keeping each change of state and the last instant. */
function expectations(model: TrafficModel, rules: AlertThresholds, from: number): Expectation[] {
  const robust = checkpoints(from, model.end).flatMap((minute) => {
    const firing = model.predict(minute, rules);
    return firing === undefined ? [] : [{ minute, firing }];
  });
  return robust.filter((item, index) => {
    const previous = robust[index - 1];
    return index === robust.length - 1 || previous === undefined || previous.firing.join() !== item.firing.join();
  });
}

/** The first instant after `from` at which a severity robustly fires, searching up to `limit` minutes. */
function firstFiring(phases: Phase[], rules: AlertThresholds, from: number, limit: number, severity: AlertSeverity) {
  const model = new TrafficModel(phases);
  return checkpoints(from, Math.min(model.end, from + limit)).find((minute) =>
    model.predict(minute, rules)?.includes(severity),
  );
}

function scenario(name: string, phases: Phase[], rules: AlertThresholds, from: number): Scenario {
  return { name, phases, expectations: expectations(new TrafficModel(phases), rules, from) };
}

/**
 * The scenarios every SLO is tested with. Each starts with healthy traffic as long as the longest window of the
 * alerts it is about, so that the windows, not the start of the data, decide when those alerts fire:
 * - a burn at the fastest page factor pages, and not at once;
 * - a full outage pages within minutes;
 * - a burn at half the budget rate stays quiet;
 * - one failed request on a service with one request a minute (the low-traffic guard keeps it from paging);
 * - a sustained burn 1.2 times the slowest ticket factor (at least 1.2x) opens a ticket without paging.
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
  const result: Scenario[] = [];

  if (pages.length > 0) {
    const fastest = Math.max(...pages.map((window) => window.factor));
    const search = [healthy(pageHistory), burning(2 * pageHistory, fastest, budget)];
    const paged = firstFiring(search, rules, pageHistory, 2 * pageHistory, "page");
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
    scenario("stays quiet at a 0.5x burn", [burning(longest + 60, 0.5, budget)], rules, 0),
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
    const opened = firstFiring(search, rules, longest, longest, "ticket");
    if (opened === undefined) {
      throw new Error(`a sustained ${rate}x burn never opens a ticket: the ticket windows cannot fire`);
    }
    result.push(
      scenario(`opens a ticket on a sustained ${rate}x burn`, [healthy(longest), burning(opened - longest, rate, budget)], rules, longest),
    );
  }
  return result;
}
