import { Duration } from "../duration";

/**
 * Durations as each consumer parses them. Prometheus, Alertmanager and the Prometheus operator read Prometheus
 * durations (`30d`, `4w`: Duration's own syntax); Argo Rollouts and Flagger read Go's `time.ParseDuration`, which
 * knows no days, weeks or years (`24h`, not `1d`). Declared durations are bounded per prop so that output stays sane.
 */

/** Go's `time.ParseDuration` units, largest first. */
const GO_UNITS = [
  ["h", 3_600_000],
  ["m", 60_000],
  ["s", 1_000],
  ["ms", 1],
] as const;

/** A duration in Go syntax, largest units first, hours at most: 24h, 1h30m, 90s is 1m30s, 500ms. */
export function goDuration(duration: Duration): string {
  let rest = duration.milliseconds;
  let text = "";
  for (const [unit, size] of GO_UNITS) {
    const amount = Math.floor(rest / size);
    if (amount > 0) {
      text += `${amount}${unit}`;
      rest -= amount * size;
    }
  }
  return text;
}

/** The bounds of a declared duration, in Prometheus syntax; and the unit it must be a whole number of, if any. */
export interface DurationBounds {
  readonly min?: string;
  readonly max?: string;
  /** A unit (`1m`) the duration is a whole number of, for a consumer that counts in that unit. */
  readonly step?: string;
}

/** What is wrong with a declared duration: not one, or outside its bounds; or undefined. */
export function durationProblem(text: string, bounds: DurationBounds = {}): string | undefined {
  return boundedProblem(text, bounds, Duration.parse);
}

/**
 * What is wrong with a declared latency (a threshold or a histogram's bucket bound: a duration, or one decimal
 * amount of a unit such as 2.5s): not one, or outside its bounds; or undefined.
 */
export function latencyProblem(text: string, bounds: DurationBounds = {}): string | undefined {
  return boundedProblem(text, bounds, Duration.parseLatency);
}

function boundedProblem(text: string, bounds: DurationBounds, read: (text: string) => Duration): string | undefined {
  let duration: Duration;
  try {
    duration = read(text);
  } catch (error) {
    return (error as Error).message;
  }
  const min = bounds.min === undefined ? undefined : Duration.parse(bounds.min);
  const max = bounds.max === undefined ? undefined : Duration.parse(bounds.max);
  if (min !== undefined && duration.milliseconds < min.milliseconds) {
    return `"${text}" is shorter than ${min}, the shortest this prop takes; use ${min} or more`;
  }
  if (max !== undefined && duration.milliseconds > max.milliseconds) {
    return `"${text}" is longer than ${max}, the longest this prop takes; use ${max} or less`;
  }
  const step = bounds.step === undefined ? undefined : Duration.parse(bounds.step);
  if (step !== undefined && duration.milliseconds % step.milliseconds !== 0) {
    const rounded = Duration.ofMilliseconds(Math.ceil(duration.milliseconds / step.milliseconds) * step.milliseconds);
    return `"${text}" is not a whole number of ${step}, the unit this prop counts in; use e.g. ${rounded}`;
  }
  return undefined;
}
