import type { StatusPageModel } from "../../src/domain/status-page/model";
import { dayWindows, uptimeDays } from "../../src/domain/status-page/uptime";

/** 2026-11-27T11:30:00Z, the time of the literal model. */
export const MODEL_NOW = Date.UTC(2026, 10, 27, 11, 30) / 1000;

/**
 * A status page model with a component in each state and each kind of day: Checkout healthy for 90 days, Search
 * burning for its last 3 days (degraded, then two outage days), Sign-in (measured by probes) without data for its
 * first 30 days.
 */
export function literalStatusPageModel(): StatusPageModel {
  const windows = dayWindows(MODEL_NOW, 90);
  const ratios = (ratioOf: (index: number) => number | undefined) =>
    new Map(windows.flatMap((window, index) => (ratioOf(index) === undefined ? [] : [[window.end, ratioOf(index) as number] as const])));
  return {
    title: "Example <Status> & Co",
    generatedAt: MODEL_NOW,
    incidentDays: 14,
    components: [
      { name: "Checkout", description: "Paying for an order", state: "operational", measures: "requests", days: uptimeDays(windows, ratios(() => 0.0002), 0.001) },
      {
        name: "Search",
        state: "partial-outage",
        measures: "requests",
        days: uptimeDays(windows, ratios((index) => [0.005, 0.05, 0.2][index - 87] ?? 0.0001), 0.001),
      },
      { name: "Sign-in", description: "Signing in with email", state: "unknown", measures: "probes", days: uptimeDays(windows, ratios((index) => (index < 30 ? undefined : 0)), 0.001) },
    ],
    incidents: [
      { component: "Search", start: MODEL_NOW - 2 * 86_400 },
      { component: "Checkout", start: MODEL_NOW - 5 * 86_400, end: MODEL_NOW - 5 * 86_400 + 65 * 60 },
    ],
  };
}
