import { Duration } from "../duration";
import * as promql from "../promql";
import { SLO_METRICS, sloIdentity } from "../slo/slo-rules";
import { hasBaseline, type KpiDependency, type KpiSpec } from "./kpi";
import { KPI_METRICS, kpiSeries } from "./kpi-rules";

/** How far back the week-over-week change compares. */
export const WEEK = Duration.days(7);

/** The queries a KPI's dashboards show, each reading the KPI's recordings. */
export interface KpiViews {
  readonly value: promql.PromQL;
  /** The baseline and the band around it; undefined without seasonality. */
  readonly band?: { readonly level: promql.PromQL; readonly upper: promql.PromQL; readonly lower: promql.PromQL };
  /** The change against the same moment a week before, as a ratio: -0.05 is 5% lower. */
  readonly weekOverWeek: promql.PromQL;
  /** The value a week before, for drawing beside the value. */
  readonly weekBefore: promql.PromQL;
  /** The forecast at the end of its horizon; undefined without a forecast. */
  readonly forecast?: promql.PromQL;
}

/** The queries of a KPI's value, band, week-over-week change and forecast. */
export function kpiViews(spec: KpiSpec): KpiViews {
  const series = (metric: string) => kpiSeries(spec, metric);
  const value = series(KPI_METRICS.value);
  const weekBefore = promql.offset(value, WEEK);
  return {
    value,
    band: hasBaseline(spec) ? { level: series(KPI_METRICS.level), upper: series(KPI_METRICS.upperBand), lower: series(KPI_METRICS.lowerBand) } : undefined,
    weekOverWeek: promql.minus(promql.divide(value, weekBefore), 1),
    weekBefore,
    forecast: spec.forecast === undefined ? undefined : series(KPI_METRICS.forecast),
  };
}

/** The current burn rate of an SLO the KPI depends on (1 spends the budget exactly over the period), or undefined. */
export function dependencyBurnRate(dependency: KpiDependency): promql.PromQL | undefined {
  return dependency.slo === undefined ? undefined : promql.selector({ metric: SLO_METRICS.currentBurnRate, matchers: promql.equals(sloIdentity(dependency.slo)) });
}
