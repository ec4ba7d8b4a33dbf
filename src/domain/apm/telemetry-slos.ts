import type { Duration } from "../duration";
import * as promql from "../promql/builder";
import { spanSelectors } from "./red-rules";
import type { TelemetrySpec } from "./telemetry";

/** The window placeholder of a ServiceSlo query SLI. */
const WINDOW = "[{{.window}}]";

/** The span metrics as ServiceSlo SLIs: failed over all server spans, and spans slower than a latency target. */
export function telemetrySlis(spec: Pick<TelemetrySpec, "service" | "metricNaming">) {
  const selectors = spanSelectors(spec);
  const below = (bound: string) =>
    `sum(rate(${promql.selector({ ...selectors.durations, matchers: [...selectors.durations.matchers, promql.matcher("le", "=", bound)] })}${WINDOW}))`;
  return {
    errors: { errors: promql.selector(selectors.errors), total: promql.selector(selectors.calls) },
    /** The share of spans slower than `threshold`, from the bucket at its bound (the parser requires the bound). */
    slowerThan: (threshold: Duration) => ({
      errorRatio: promql.oneMinus(promql.divide(below(String(threshold.milliseconds)), below("+Inf"))),
      totalEvents: `sum(increase(${promql.selector({ ...selectors.durations, matchers: [...selectors.durations.matchers, promql.matcher("le", "=", "+Inf")] })}${WINDOW}))`,
    }),
  };
}
