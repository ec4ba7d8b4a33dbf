/**
 * Incidents from the history of a component's page-level alerts: Prometheus' `ALERTS` series, sampled at a fixed
 * step, become runs of firing samples; each run is one incident.
 */

/** One period during which a component's page-level alert fired. Times in Unix seconds. */
export interface Incident {
  readonly component: string;
  readonly start: number;
  /** The last sample seen firing; undefined while the incident is still going on. */
  readonly end?: number;
}

/**
 * The incidents of one component from the times (Unix seconds) at which any of its page alerts was seen firing,
 * sampled every `stepSeconds` up to `until`: samples at most one step apart belong to one incident, and an
 * incident still firing at the last sample is ongoing. Newest first.
 */
export function incidentsFrom(component: string, firingTimes: readonly number[], stepSeconds: number, until: number): Incident[] {
  const times = [...new Set(firingTimes)].sort((a, b) => a - b);
  const runs: Array<{ start: number; last: number }> = [];
  for (const time of times) {
    const run = runs.at(-1);
    if (run !== undefined && time - run.last <= stepSeconds) {
      run.last = time;
    } else {
      runs.push({ start: time, last: time });
    }
  }
  return runs
    .map(({ start, last }) => (until - last < stepSeconds ? { component, start } : { component, start, end: last }))
    .reverse();
}

/** Every component's incidents, newest first (ties by component name). */
export function newestFirst(incidents: readonly Incident[]): Incident[] {
  return [...incidents].sort((a, b) => b.start - a.start || a.component.localeCompare(b.component));
}

/** A duration in whole minutes as people say it: "45 min", "2 h", "1 d 3 h 5 min"; at least "1 min". */
export function formatDuration(seconds: number): string {
  const minutes = Math.max(1, Math.round(seconds / 60));
  const parts = [
    [Math.floor(minutes / 1440), "d"],
    [Math.floor((minutes % 1440) / 60), "h"],
    [minutes % 60, "min"],
  ] as const;
  return parts
    .filter(([value]) => value > 0)
    .map(([value, unit]) => `${value} ${unit}`)
    .join(" ");
}
