import { Duration } from "../../domain/duration";
import * as promql from "../../domain/promql";
import { aggregate, overTime, selector, type PromQL } from "../../domain/promql";
import { SLA_METRICS } from "../../domain/sla/sla-rules";
import { SLO_METRICS } from "../../domain/slo/slo-rules";

/**
 * The PromQL `watchkeeper report` asks, built with the project's PromQL builder (and parse-checked by its tests).
 * Terms are looked up over the last day before the report's time: the SLAs and SLOs declared then.
 */
const DECLARED_WITHIN = Duration.days(1);

/** Every SLO declared at the report's time: its `sloth_slo_info` series. */
export const declaredSlosQuery = overTime("last_over_time", selector(SLO_METRICS.info), DECLARED_WITHIN);

/** Every SLA declared at the report's time: its `sla:policy:info` series, carrying its terms. */
export const declaredSlasQuery = overTime("last_over_time", selector(SLA_METRICS.info), DECLARED_WITHIN);

/** The start of the recorded error ratios' names: `slo:sli_error:ratio_rate` (then the window, e.g. `5m`). */
const ERROR_RATIO_PREFIX = SLO_METRICS.errorRatio(Duration.minutes(5)).slice(0, -"5m".length);

/** One series per SLO and recorded error-ratio window (`slo:sli_error:ratio_rate5m`, `…_rate30m`, …). */
export const errorRatioWindowsQuery = aggregate(
  "group",
  { by: ["sloth_id", "sloth_window"] },
  overTime("last_over_time", { metric: "", matchers: [promql.matcher("__name__", "=~", `${ERROR_RATIO_PREFIX}.+`)] }, DECLARED_WITHIN),
);

/** A recorded error ratio averaged over the `seconds` before the query's time. */
export function averageRatioQuery(metric: string, seconds: number): PromQL {
  return overTime("avg_over_time", selector(metric), Duration.ofMilliseconds(Math.round(seconds * 1000)));
}

/** One SLO's recorded error ratio averaged over the day before each point of a range query. */
export function dailyRatioQuery(metric: string, sloId: string): string {
  return overTime("avg_over_time", { metric, matchers: promql.equals({ sloth_id: sloId }) }, Duration.days(1));
}

/**
 * One of an SLA's per-minute series (`sla:downtime:minute` or `sla:maintenance:minute`), each minute the sample
 * recorded in it: the last of the minute before each point of a range query, so that a minute without a sample is
 * seen as such instead of through Prometheus's 5-minute lookback.
 */
export function slaMinuteQuery(metric: typeof SLA_METRICS.downtime | typeof SLA_METRICS.maintenance, sla: string): string {
  return overTime("last_over_time", { metric, matchers: promql.equals({ sla }) }, Duration.minutes(1));
}
