import { Duration } from "../../domain/duration";
import * as promql from "../../domain/promql";
import { overTime } from "../../domain/promql";
import type { Selector } from "../../domain/promql";
import { SLO_METRICS, SLOTH_SEVERITY_LABEL } from "../../domain/slo/slo-rules";
import { STATUS_COMPONENT_INFO } from "../../domain/status-page/component";

/** The PromQL the status page asks Prometheus, built with the project's PromQL builder. */

/** The public marks: one series per public SLO. */
export const PUBLIC_MARKS = promql.selector({ metric: STATUS_COMPONENT_INFO, matchers: [] });

/** A recording of the given SLOs, selected by their `sloth_id`. */
export function ofSlos(metric: string, ids: readonly string[]): string {
  return promql.selector(sloSelector(metric, ids));
}

function sloSelector(metric: string, ids: readonly string[]): Selector {
  const alternatives = ids.map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  return { metric, matchers: [promql.matcher("sloth_id", "=~", alternatives)] };
}

/** The daily average of the SLOs' error ratio over `window` (their shortest alert window), at each evaluation. */
export function dailyErrorRatio(window: Duration, ids: readonly string[]): string {
  return overTime("avg_over_time", sloSelector(SLO_METRICS.errorRatio(window), ids), Duration.days(1));
}

/** The firing burn-rate alerts (those carrying Sloth's `sloth_severity`, unlike the absent alert), of one severity or all. */
export function burnAlerts(severity?: "page"): string {
  const bySeverity = severity === undefined ? promql.matcher(SLOTH_SEVERITY_LABEL, "=~", ".+") : promql.matcher(SLOTH_SEVERITY_LABEL, "=", severity);
  const matchers = [promql.matcher("alertstate", "=", "firing"), bySeverity];
  return promql.selector({ metric: "ALERTS", matchers });
}
