import type { Duration } from "../duration";
import * as promql from "../promql";
import type { LabelMatcher } from "../promql";

/**
 * How a classic histogram's bucket bound (`le`, in seconds) is spelled, and which bounds a latency threshold may use.
 *
 * Spellings: client libraries write a whole-number bound as "1" (Go's text format) or "1.0" (Python, Java, Go's
 * OpenMetrics format); Prometheus 2 stores what it scrapes, Prometheus 3 normalises `le` on ingestion to the float
 * form ("1.0", "0.5", "100.0"), and Datadog's OpenMetrics check tags buckets `upper_bound:` with the same form
 * (Python's `str(float(le))`). Fractional bounds are spelled the same everywhere ("0.25"). The rules therefore match
 * both spellings of a whole number, and everything Watchkeeper writes itself (test series, Datadog filters) uses the
 * float form. The forms agree for bounds from 0.0001s to below 1000000s, so thresholds are limited to 11d (950400s).
 */

/** A bound in seconds spelled as Prometheus 3 stores it and Datadog tags it: "1.0", "0.5", "100.0". */
export function leLabelValue(seconds: number): string {
  return Number.isInteger(seconds) ? `${seconds}.0` : promql.num(seconds);
}

/** The `le` matcher of a threshold: exact for a fraction, both spellings ("1" and "1.0") for a whole number. */
export function leMatcher(threshold: Duration): LabelMatcher {
  const seconds = threshold.seconds;
  return Number.isInteger(seconds)
    ? promql.matcher("le", "=~", `${seconds}|${seconds}\\.0`)
    : promql.matcher("le", "=", promql.num(seconds));
}

/**
 * What is wrong with a latency threshold against the histogram's bucket bounds when declared (in seconds, without
 * +Inf; the ServiceSlo schema checks each on its own: a threshold up to 11d, bounds above 0): bounds must be sorted
 * and unique, and the threshold must be one of them. Empty when fine.
 */
export function latencyBucketProblems(threshold: Duration, bounds?: readonly number[]): string[] {
  const problems: string[] = [];
  if (bounds === undefined) {
    return problems;
  }
  const listed = bounds.map((bound) => `${bound}`).join(", ");
  bounds.forEach((bound, index) => {
    if (index > 0 && !(bound > bounds[index - 1])) {
      problems.push(`buckets[${index}]: ${bound} does not come after ${bounds[index - 1]}; list the bounds in increasing order, each once`);
    }
  });
  if (bounds.length > 0 && !bounds.includes(threshold.seconds)) {
    problems.push(
      `threshold: ${threshold} (le="${leLabelValue(threshold.seconds)}") is not a bucket bound of the histogram: no ` +
        `series has it, and the SLO would be blind; use one of the buckets (in seconds): ${listed}`,
    );
  }
  return problems;
}
