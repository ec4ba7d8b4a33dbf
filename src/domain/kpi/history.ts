import { Duration } from "../duration";
import { seasonLength, type KpiSpec } from "./kpi";
import { TREND_SEASONS } from "./band-math";

/** Prometheus' own default retention (`--storage.tsdb.retention.time`), assumed when a stack declares none. */
export const DEFAULT_PROMETHEUS_RETENTION = Duration.days(15);

/** One reason a KPI needs history, and how much. */
export interface HistoryNeed {
  readonly reason: string;
  readonly history: Duration;
}

/**
 * What the KPI's rules read from the past. Its baseline takes the same detection window (`detection.sustain`) in
 * each of the last `seasons` seasons, from the signal's own series (so the oldest sample reaches `seasons` seasons
 * and the window back); the trend is the median over the last season of the growth against TREND_SEASONS seasons
 * before (so it reaches that many seasons and one more back); the forecast fits a line to the seasonal average over
 * its window, which itself spans a season.
 */
export function historyNeeds(spec: Pick<KpiSpec, "seasonality" | "detection" | "forecast" | "rateWindow">): HistoryNeed[] {
  const season = seasonLength(spec.seasonality);
  const needs: HistoryNeed[] = [];
  if (season !== undefined) {
    const { seasons, sustain } = spec.detection;
    const unit = spec.seasonality === "weekly" ? "weeks" : "days";
    needs.push({
      reason: `a ${spec.seasonality} baseline over ${seasons} ${unit}`,
      history: Duration.ofMilliseconds(seasons * season.milliseconds + sustain.milliseconds),
    });
    needs.push({
      reason: `the ${spec.seasonality} trend`,
      history: Duration.ofMilliseconds((TREND_SEASONS + 1) * season.milliseconds + sustain.milliseconds),
    });
  }
  if (spec.forecast !== undefined) {
    const averaged = season?.milliseconds ?? 0;
    needs.push({
      reason: `a forecast over ${spec.forecast.window}`,
      history: Duration.ofMilliseconds(spec.forecast.window.milliseconds + averaged + spec.rateWindow.milliseconds),
    });
  }
  return needs;
}

/** The longest history the KPI needs, or undefined when it needs none beyond its rate window. */
export function requiredHistory(spec: Parameters<typeof historyNeeds>[0]): HistoryNeed | undefined {
  return historyNeeds(spec).reduce<HistoryNeed | undefined>(
    (longest, need) => (longest === undefined || need.history.milliseconds > longest.history.milliseconds ? need : longest),
    undefined,
  );
}

/** Why the declared retention cannot serve the KPI, or undefined. */
export function retentionProblem(spec: Parameters<typeof historyNeeds>[0], retention: Duration): string | undefined {
  const need = requiredHistory(spec);
  if (need === undefined || need.history.milliseconds <= retention.milliseconds) {
    return undefined;
  }
  return (
    `${need.reason} needs ${need.history} of Prometheus history, more than the stack's retention of ${retention}; ` +
    `set prometheusRetention on the stack to at least ${need.history} (and Prometheus' --storage.tsdb.retention.time with it), ` +
    `or ask for less (fewer seasons, a shorter forecast window)`
  );
}
