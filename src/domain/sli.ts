import type { Duration } from "./duration";
import * as promql from "./promql/builder";
import { SHORTEST_WINDOW } from "./slo-math";
import type { Selector } from "./promql/selector";

/** Bad events over all events, both counters: `errors` and `total`, or `good` and `total`. */
export interface EventRatioSli {
  readonly kind: "events";
  readonly errors?: Selector;
  readonly good?: Selector;
  readonly total: Selector;
}

/** Requests slower than `threshold` over all requests, from a classic Prometheus histogram (in seconds). */
export interface LatencySli {
  readonly kind: "latency";
  /** The histogram's base name and labels: `http_request_duration_seconds{job="api"}`. */
  readonly histogram: Selector;
  readonly threshold: Duration;
}

/** An error ratio the user writes, with `{{.window}}` where the range goes (Sloth's template syntax). */
export interface QuerySli {
  readonly kind: "query";
  readonly errorRatio: string;
  /** The number of events over `{{.window}}`, for the low-traffic guard. */
  readonly totalEvents?: string;
}

export type Sli = EventRatioSli | LatencySli | QuerySli;

/** The placeholder a query SLI uses for the window (the same as Sloth's). */
export const WINDOW_PLACEHOLDER = "{{.window}}";

/** A query template with its window filled in. */
export function fillWindow(template: string, window: Duration): string {
  return template.replaceAll(WINDOW_PLACEHOLDER, window.toString());
}

/** The histogram bucket counter of a latency SLI, limited to the `le` bucket at the threshold. */
export function latencyGoodSelector(sli: LatencySli): Selector {
  return {
    metric: `${sli.histogram.metric}_bucket`,
    matchers: [...sli.histogram.matchers, leMatcher(sli.threshold)],
  };
}

/** The histogram's `_count` counter: all requests of a latency SLI. */
export function latencyTotalSelector(sli: LatencySli): Selector {
  return { metric: `${sli.histogram.metric}_count`, matchers: sli.histogram.matchers };
}

/**
 * The `le` matcher of a threshold in seconds. Prometheus 3 writes whole-number bucket bounds as "1.0" where
 * Prometheus 2 wrote "1", so whole numbers match both spellings.
 */
export function leMatcher(threshold: Duration) {
  const seconds = threshold.seconds;
  return Number.isInteger(seconds)
    ? promql.matcher("le", "=~", `${seconds}|${seconds}\\.0`)
    : promql.matcher("le", "=", promql.num(seconds));
}

/** The selector of the series that must exist for the SLI to mean anything, when the SLI has one. */
export function sliPresenceSelector(sli: Sli): Selector | undefined {
  switch (sli.kind) {
    case "events":
      return sli.total;
    case "latency":
      return latencyTotalSelector(sli);
    case "query":
      return undefined;
  }
}

/** What an absent alert watches: the SLI's total series, or for a query SLI the query over 5 minutes. */
export function sliPresence(sli: Sli): string {
  if (sli.kind === "query") {
    return fillWindow(sli.errorRatio, SHORTEST_WINDOW);
  }
  return promql.selector(sliPresenceSelector(sli) as Selector);
}

/** The ratio of bad events over a window, 0 to 1. Windows without events give no sample rather than NaN. */
export function sliErrorRatio(sli: Sli, window: Duration): string {
  switch (sli.kind) {
    case "events":
      return eventRatio(sli, window);
    case "latency":
      return promql.oneMinus(partOverTotal(latencyGoodSelector(sli), latencyTotalSelector(sli), window));
    case "query":
      return fillWindow(sli.errorRatio, window);
  }
}

function eventRatio(sli: EventRatioSli, window: Duration): string {
  if (sli.errors !== undefined) {
    return partOverTotal(sli.errors, sli.total, window);
  }
  if (sli.good === undefined) {
    throw new Error("an event-ratio SLI needs errors or good events");
  }
  return promql.oneMinus(partOverTotal(sli.good, sli.total, window));
}

function partOverTotal(part: Selector, total: Selector, window: Duration): string {
  const events = promql.sum(promql.rate(total, window));
  return promql.divide(promql.sum(promql.rate(part, window)), promql.greaterThan(events, "0"));
}

/** The number of events in a window, or undefined when the SLI cannot count them. */
export function sliEventCount(sli: Sli, window: Duration): string | undefined {
  switch (sli.kind) {
    case "events":
      return promql.sum(promql.increase(sli.total, window));
    case "latency":
      return promql.sum(promql.increase(latencyTotalSelector(sli), window));
    case "query":
      return sli.totalEvents === undefined ? undefined : fillWindow(sli.totalEvents, window);
  }
}
