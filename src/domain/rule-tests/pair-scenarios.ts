import { Duration } from "../duration";
import type { BurnRateWindow } from "../slo/slo-math";
import { BUSY, burning, FINE, firstFiring, healthy, scenario, tellingApart, type Grid, type Scenario } from "./scenario";
import { TrafficModel, type AlertThresholds, type Phase } from "./traffic-model";

/**
 * A scenario for each burn-rate window pair on its own, so that a pair whose factor or windows were wrong could not
 * hide behind another pair of the same severity:
 * - a burn 1.2 times the pair's factor, after healthy traffic as long as the longest window of its severity: the
 *   alert must be quiet one evaluation before the pair's long window crosses its threshold and fire at it, while
 *   no other pair of the severity fires (a factor twice as high, or a long window twice as long, fires later or
 *   never);
 * - then a sharp burn (2.5 times the factor) that ends: the alert must stop one short window after the end (a
 *   short window twice as long would still see the burn).
 * When another pair of the severity would fire first on steady traffic (the workbook's 1d/2h ticket pair fires
 * only when the 3d/6h pair does), the healthy history is busier before the pair's long window, as a service with
 * a busy day before a quieter one is: that traffic dilutes the longer windows and not the pair's own.
 */
export function pairScenarios(rules: AlertThresholds, long: Grid): Scenario[] {
  return rules.windows.map((pair) => pairScenario(rules, pair, pair.severity === "page" ? pageGrid(pair) : long));
}

/**
 * A page pair's scenario is evaluated as often as its short window needs: every 5 minutes for the 1h/5m pair, every
 * 30 for the 6h/30m pair (a divisor of 6 hours, at least 5 minutes), from a sample a minute.
 */
function pageGrid(pair: BurnRateWindow): Grid {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  return { ...FINE, evaluation: Math.max(FINE.evaluation, gcd(pair.short.minutes, 360)) };
}

/** How much busier the history before a pair's long window may be, tried in this order. */
const BUSIER = [1, 2, 4];

/** The rules with one pair changed. */
function changed(rules: AlertThresholds, pair: BurnRateWindow, change: Partial<BurnRateWindow>): AlertThresholds {
  return { ...rules, windows: rules.windows.map((window) => (window === pair ? { ...window, ...change } : window)) };
}

/** The pair broken the ways the scenario must catch: its factor, long window or short window doubled. */
function brokenPair(rules: AlertThresholds, pair: BurnRateWindow): AlertThresholds[] {
  const doubled = (window: Duration) => Duration.minutes(window.minutes * 2);
  return [
    changed(rules, pair, { factor: pair.factor * 2 }),
    changed(rules, pair, { long: doubled(pair.long) }),
    changed(rules, pair, { short: doubled(pair.short) }),
  ];
}

const round = (value: number) => Number(value.toPrecision(6));

interface Design {
  readonly phases: Phase[];
  readonly onset: number;
  readonly caught: number;
}

function pairScenario(rules: AlertThresholds, pair: BurnRateWindow, grid: Grid): Scenario {
  const { evaluation } = grid;
  const history = Math.max(...rules.windows.filter((window) => window.severity === pair.severity).map((window) => window.long.minutes));
  const rate = round(1.2 * pair.factor);
  const sharp = round(Math.min(1 / rules.budget, 2.5 * pair.factor));
  const short = pair.short.minutes;
  // The sharp burn lasts at least a short window and ends one short window before an evaluation.
  const sharpMinutes = Math.ceil((2 * short) / evaluation) * evaluation - short;
  const broken = brokenPair(rules, pair);
  let best: Design | undefined;
  for (const busier of BUSIER) {
    if (busier > 1 && history <= pair.long.minutes) break;
    const before = busier === 1 ? [healthy(history)] : [healthy(history - pair.long.minutes, busier * BUSY), healthy(pair.long.minutes)];
    const onset = firstFiring([...before, burning(2 * history, rate, rules.budget)], rules, history, 2 * history, pair.severity, grid);
    if (onset === undefined) continue;
    const phases = [...before, burning(onset - history, rate, rules.budget), burning(sharpMinutes, sharp, rules.budget), healthy(short + grid.input)];
    const model = new TrafficModel(phases, grid.input);
    const caught = broken.filter((variant) => tellingApart(model, rules, variant, history, evaluation).length > 0).length;
    if (best === undefined || caught > best.caught) best = { phases, onset, caught };
    if (caught === broken.length) break;
  }
  const verb = pair.severity === "page" ? "pages" : "opens a ticket";
  if (best === undefined) {
    throw new Error(`a ${rate}x burn never ${verb}: the ${pair.long}/${pair.short} window pair cannot fire`);
  }
  const busy = best.phases[0].requestsPerMinute > BUSY ? ` after a busier day` : "";
  const name =
    `the ${pair.long}/${pair.short} ${pair.severity} pair: ${verb} ${Duration.minutes(best.onset - history)} into a ${rate}x burn${busy}, ` +
    `and stops ${pair.short} after a ${sharp}x burn ends`;
  return scenario(name, best.phases, rules, history, grid, broken);
}
