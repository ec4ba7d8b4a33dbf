import type { Backfill, BackfillSeries } from "../../support/open-metrics";
import { DEMO_ROUTES } from "./demo-service";
import { RequestMetrics } from "./request-metrics";

/** How a demo service behaved before the suite started, steadily. */
export interface TrafficHistory {
  readonly service: string;
  /** Requests a second, spread over the routes as the load generator spreads them. */
  readonly perSecond: number;
  /** The share of requests answered 500. @default 0 */
  readonly errorRatio?: number;
  /** The share of the other requests that took `slowSeconds`. @default 0 */
  readonly slowRatio?: number;
  /** @default 0.3 */
  readonly slowSeconds?: number;
}

/** How long a fast request takes, in seconds: in the first bucket, as the live services' answers are. */
const FAST_SECONDS = 0.003;

/**
 * The request metrics the demo services would have exported over `minutes` before `end` (unix milliseconds), one
 * sample every `stepSeconds`, labelled as the live scrape labels them (`scrapeLabels`). Backfilled, they give the
 * burn-rate windows a past, so that a fault starting now moves each window as it would in production, and a slow
 * burn can be under way before the suite starts.
 */
export function trafficBackfill(
  histories: readonly TrafficHistory[],
  options: { end: number; minutes: number; stepSeconds: number; scrapeLabels: (service: string) => Record<string, string> },
): Backfill {
  const families = new Map<string, BackfillSeries[]>();
  const steps = Math.floor((options.minutes * 60) / options.stepSeconds);
  for (const history of histories) {
    const metrics = new RequestMetrics(history.service, DEMO_ROUTES);
    const perRoute = (history.perSecond * options.stepSeconds) / DEMO_ROUTES.length;
    const errors = perRoute * (history.errorRatio ?? 0);
    const slow = (perRoute - errors) * (history.slowRatio ?? 0);
    const series = new Map<string, { name: string; labels: Record<string, string>; points: Array<[number, number]> }>();
    for (let step = 0; step <= steps; step++) {
      const time = options.end - (steps - step) * options.stepSeconds * 1000;
      for (const sample of metrics.samples()) {
        const labels = { ...sample.labels, ...options.scrapeLabels(history.service) };
        const key = `${sample.name}${JSON.stringify(labels)}`;
        const entry = series.get(key) ?? { name: sample.name, labels, points: [] };
        entry.points.push([time, sample.value]);
        series.set(key, entry);
      }
      for (const route of DEMO_ROUTES) {
        metrics.observe(route, "500", FAST_SECONDS, errors);
        metrics.observe(route, "200", history.slowSeconds ?? 0.3, slow);
        metrics.observe(route, "200", FAST_SECONDS, perRoute - errors - slow);
      }
    }
    for (const { name, labels, points } of series.values()) {
      families.set(name, [...(families.get(name) ?? []), { labels, points }]);
    }
  }
  return families;
}
