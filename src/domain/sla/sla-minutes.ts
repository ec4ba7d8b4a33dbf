import { Duration } from "../duration";
import * as promql from "../promql";
import { aggregate, and, compare, type PromQL } from "../promql";
import { sliErrorRatio, sliEventCount, type Sli } from "../slo/sli";

/**
 * Each minute of an SLA is measured from its dependencies' SLIs, whatever the scrape interval from 15s on:
 *
 * - A rate needs two samples of a counter in its window (a gauge's average, one). At a 1-minute scrape interval, a
 *   1-minute window holds one sample, so `rate(x[1m])` records nothing: every minute would be unmeasured.
 * - So each minute is measured over the shortest of the window, twice it and four times it that holds enough
 *   samples (`or`, in that order): with the default 1m window, the minute itself at scrape intervals up to 30s,
 *   the last scrape interval at 1m (the 2m window holds two samples), and at 2m (or 1m with a scrape missed) the
 *   4m window. Only when even that holds too few samples is the minute unmeasured, and then it records nothing.
 * - A minute whose SLI saw no request (its total counter scraped, standing still) is measured and up: nothing
 *   failed. A minute whose counters were not scraped at all is unmeasured.
 */

/** How many times the window a minute is measured over at most, when shorter windows hold too few samples. */
export const WIDEST_WINDOW_FACTOR = 4;

/** The windows a minute is tried over, shortest first: the window, twice it, four times it. */
export function minuteWindows(window: Duration): Duration[] {
  const windows: Duration[] = [];
  for (let factor = 1; factor <= WIDEST_WINDOW_FACTOR; factor *= 2) {
    windows.push(Duration.ofMilliseconds(window.milliseconds * factor));
  }
  return windows;
}

/**
 * 1 when the SLI's error ratio over `window` reaches the threshold, 0 when it does not or when there was no event
 * (the event count over the window, times 0); nothing when the window holds too few samples to tell.
 */
function downOver(sli: Sli, window: Duration, threshold: number): PromQL {
  const down = compare(sliErrorRatio(sli, window), ">=", threshold, { bool: true });
  const events = sliEventCount(sli, window);
  return events === undefined ? down : promql.anyOf(down, promql.times(events, 0));
}

/** 1 when the dependency's minute is down, 0 when it is up, nothing when none of its windows could measure it. */
export function dependencyMinute(sli: Sli, window: Duration, threshold: number): PromQL {
  return aggregate("max", { by: [] }, promql.anyOf(...minuteWindows(window).map((each) => downOver(sli, each, threshold))));
}

/**
 * The minute of several dependencies from their recorded minutes (`series`, one per dependency): down when any is
 * down; up when all `count` are measured and up; nothing (not measured) when one is missing and none is down.
 */
export function combinedMinute(series: PromQL, count: number): PromQL {
  const worst = aggregate("max", { by: [] }, series);
  return promql.anyOf(and(worst, compare(aggregate("count", { by: [] }, series), "==", count), { on: [] }), compare(worst, "==", 1));
}
