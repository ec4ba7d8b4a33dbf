import { formatMonth, monthRange, monthsBefore, type CalendarMonth } from "../../domain/sla/calendar";
import { Duration } from "../../domain/duration";
import { cleanNumber } from "../../domain/numbers";
import { SLO_METRICS } from "../../domain/slo/slo-rules";
import { averageRatioQuery, dailyRatioQuery, declaredSlosQuery, errorRatioWindowsQuery } from "./queries";
import { LABEL, labelledSeries } from "../prometheus-api/series-labels";
import { clipped, type PrometheusReader, type ReportRequest } from "./reader";
import type { SloReport } from "./model";

const DAY_MS = 86_400_000;

/**
 * Each SLO's shortest recorded error-ratio series (`slo:sli_error:ratio_rate5m` for a 30-day period), by `sloth_id`:
 * the finest record of its SLI, and the cheapest to average over a month.
 */
async function shortestRatioMetrics(reader: PrometheusReader): Promise<Map<string, string>> {
  const series = labelledSeries(await reader.query(errorRatioWindowsQuery), errorRatioWindowsQuery, { sloth_id: LABEL.present, sloth_window: LABEL.duration });
  const shortest = new Map<string, Duration>();
  for (const { labels } of series) {
    const window = Duration.parse(labels.sloth_window);
    const known = shortest.get(labels.sloth_id);
    if (known === undefined || window.seconds < known.seconds) {
      shortest.set(labels.sloth_id, window);
    }
  }
  return new Map([...shortest].map(([id, window]) => [id, SLO_METRICS.errorRatio(window)]));
}

/** The SLOs' error ratios averaged over `(start, end]` (NaN, a quiet service, left out), by `sloth_id`. */
async function errorRatios(reader: PrometheusReader, metrics: Map<string, string>, start: number, end: number): Promise<Map<string, number>> {
  const ratios = new Map<string, number>();
  if (end <= start) {
    return ratios;
  }
  for (const metric of new Set(metrics.values())) {
    for (const { labels, value } of await reader.query(averageRatioQuery(metric, (end - start) / 1000), new Date(end))) {
      if (metrics.get(labels.sloth_id) === metric && Number.isFinite(value)) {
        ratios.set(labels.sloth_id, value);
      }
    }
  }
  return ratios;
}

/** Up to three UTC days of the month with errors, the lowest achievement first. */
async function worstDays(reader: PrometheusReader, id: string, metric: string, start: number, end: number): Promise<SloReport["worstDays"]> {
  if (end - start < DAY_MS) {
    return [];
  }
  const series = await reader.queryRange(dailyRatioQuery(metric, id), new Date(start + DAY_MS), new Date(end), DAY_MS / 1000);
  return (series[0]?.values ?? [])
    .filter(([, ratio]) => Number.isFinite(ratio) && ratio > 0)
    .map(([time, ratio]) => ({ day: new Date(time * 1000 - DAY_MS).toISOString().slice(0, 10), achievedPercent: cleanNumber(100 * (1 - ratio)) }))
    .sort((a, b) => a.achievedPercent - b.achievedPercent || a.day.localeCompare(b.day))
    .slice(0, 3);
}

const achieved = (ratio: number | undefined) => (ratio === undefined ? undefined : cleanNumber(100 * (1 - ratio)));

/**
 * The SLOs found by `sloth_slo_info`, each measured over the UTC calendar month as the time-average of its shortest
 * recorded error ratio (an approximation of the month's event ratio: each window counts the same whatever its
 * traffic), with its worst days and the previous months.
 */
export async function sloReports(reader: PrometheusReader, request: ReportRequest): Promise<SloReport[]> {
  const declared = labelledSeries(await reader.query(declaredSlosQuery), declaredSlosQuery, {
    sloth_id: LABEL.present,
    sloth_service: LABEL.present,
    sloth_slo: LABEL.present,
    sloth_objective: LABEL.number,
  });
  const metrics = await shortestRatioMetrics(reader);
  const ratiosOf = (month: CalendarMonth) => {
    const { start, end } = clipped(monthRange("UTC", month), request.now);
    return errorRatios(reader, metrics, start, end);
  };
  const current = await ratiosOf(request.month);
  const previous: [string, Map<string, number>][] = [];
  for (let back = request.trendMonths; back >= 1; back--) {
    const month = monthsBefore(request.month, back);
    previous.push([formatMonth(month), await ratiosOf(month)]);
  }
  const { start, end } = clipped(monthRange("UTC", request.month), request.now);
  const unique = new Map(declared.map(({ labels }) => [labels.sloth_id, labels]));
  const reports: SloReport[] = [];
  for (const labels of [...unique.values()].sort((a, b) => a.sloth_id.localeCompare(b.sloth_id))) {
    const objectivePercent = Number(labels.sloth_objective);
    const ratio = current.get(labels.sloth_id);
    const metric = metrics.get(labels.sloth_id);
    reports.push({
      id: labels.sloth_id,
      service: labels.sloth_service,
      name: labels.sloth_slo,
      objectivePercent,
      achievedPercent: achieved(ratio),
      budgetConsumedPercent: ratio === undefined ? undefined : cleanNumber((100 * ratio) / (1 - objectivePercent / 100)),
      worstDays: ratio === undefined || metric === undefined ? [] : await worstDays(reader, labels.sloth_id, metric, start, end),
      trend: previous.map(([month, ratios]) => ({ month, percent: achieved(ratios.get(labels.sloth_id)) })),
    });
  }
  return reports;
}
