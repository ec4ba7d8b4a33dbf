import type { Duration } from "../duration";
import * as promql from "../promql";
import { spanSelectors } from "./red-rules";
import type { TelemetrySpec } from "./telemetry";

/** The span metrics as ServiceSlo SLIs: failed over all server spans, and spans slower than a latency target. */
export function telemetrySlis(spec: Pick<TelemetrySpec, "service" | "metricNaming">) {
  const selectors = spanSelectors(spec);
  const bucket = (bound: string) => ({ ...selectors.durations, matchers: [...selectors.durations.matchers, promql.matcher("le", "=", bound)] });
  const below = (bound: string) => promql.aggregate("sum", promql.rate(bucket(bound), promql.WINDOW_PLACEHOLDER));
  return {
    errors: { errors: promql.selector(selectors.errors), total: promql.selector(selectors.calls) },
    /** The share of spans slower than `threshold`, from the bucket at its bound (the parser requires the bound). */
    slowerThan: (threshold: Duration) => ({
      errorRatio: promql.minus(1, promql.divide(below(String(threshold.milliseconds)), below("+Inf"))),
      totalEvents: promql.aggregate("sum", promql.increase(bucket("+Inf"), promql.WINDOW_PLACEHOLDER)),
    }),
  };
}
