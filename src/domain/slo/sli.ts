import type { Duration } from "../duration";
import { leMatcher } from "./latency-buckets";
import * as promql from "../promql";
import { SHORTEST_WINDOW } from "./slo-math";
import type { PromQL, Selector } from "../promql";

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
  /** A bucket bound of the histogram: the `le` series at it counts the good requests. */
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

/** A query template with its window filled in. */
export function fillWindow(template: string, window: Duration): string {
  return template.replaceAll(promql.WINDOW_PLACEHOLDER, window.toString());
}

/** A query SLI's expression over a window: the user's text, parsed before it is used (parseSlo reports it first). */
function queryOver(template: string, window: Duration): PromQL {
  return promql.declared(fillWindow(template, window), "a query SLI");
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
 * The series that must exist for the SLI to mean anything: an event SLI's total; a latency SLI's `_count` and its
 * bucket at the threshold (without it, a threshold that is not a bucket bound leaves the SLO blind); none for a
 * query SLI.
 */
export function sliPresenceSelectors(sli: Sli): readonly Selector[] {
  switch (sli.kind) {
    case "events":
      return [sli.total];
    case "latency":
      return [latencyTotalSelector(sli), latencyGoodSelector(sli)];
    case "query":
      return [];
  }
}

/** What an absent alert watches: the SLI's presence selectors, or for a query SLI the query over 5 minutes. */
export function sliPresence(sli: Sli): readonly PromQL[] {
  return sli.kind === "query" ? [queryOver(sli.errorRatio, SHORTEST_WINDOW)] : sliPresenceSelectors(sli).map(promql.selector);
}

/**
 * An expression with a sample when any of the SLI's presence series is missing, labelled like `absent()` of the
 * first one: `absent()` labels its sample with the selector's equality matchers, so the bucket's `le` is dropped to
 * keep one alert, with the same labels, whichever series is missing.
 */
export function sliAbsence(sli: Sli): PromQL {
  const absences = sliPresence(sli).map(promql.absent);
  return absences.length === 1 ? absences[0] : promql.aggregate("max", { without: ["le"] }, promql.anyOf(...absences));
}

/** The ratio of bad events over a window, 0 to 1. Windows without events give no sample rather than NaN. */
export function sliErrorRatio(sli: Sli, window: Duration): PromQL {
  switch (sli.kind) {
    case "events":
      return eventRatio(sli, window);
    case "latency":
      return promql.minus(1, partOverTotal(latencyGoodSelector(sli), latencyTotalSelector(sli), window));
    case "query":
      return queryOver(sli.errorRatio, window);
  }
}

function eventRatio(sli: EventRatioSli, window: Duration): PromQL {
  if (sli.errors !== undefined) {
    return partOverTotal(sli.errors, sli.total, window);
  }
  if (sli.good === undefined) {
    throw new Error("an event-ratio SLI needs errors or good events");
  }
  return promql.minus(1, partOverTotal(sli.good, sli.total, window));
}

function partOverTotal(part: Selector, total: Selector, window: Duration): PromQL {
  const events = promql.aggregate("sum", promql.rate(total, window));
  return promql.divide(promql.aggregate("sum", promql.rate(part, window)), promql.compare(events, ">", 0));
}

/** The number of events in a window, or undefined when the SLI cannot count them. */
export function sliEventCount(sli: Sli, window: Duration): PromQL | undefined {
  switch (sli.kind) {
    case "events":
      return promql.aggregate("sum", promql.increase(sli.total, window));
    case "latency":
      return promql.aggregate("sum", promql.increase(latencyTotalSelector(sli), window));
    case "query":
      return sli.totalEvents === undefined ? undefined : queryOver(sli.totalEvents, window);
  }
}
