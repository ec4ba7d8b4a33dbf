import { formatMonth, monthRange, monthsBefore, type CalendarMonth } from "../../domain/sla/calendar";
import { monthCompliance, type MonthCompliance } from "../../domain/sla/compliance";
import { SLA_METRICS } from "../../domain/sla/sla-rules";
import { parseCreditTiers } from "../../domain/sla/sla-spec";
import { LABEL, labelledSeries } from "../prometheus-api/series-labels";
import { sloReports } from "./collect-slos";
import { collectErrorTrends } from "./error-trends";
import { declaredSlasQuery, slaMinuteQuery } from "./queries";
import { clipped, type PrometheusReader, type ReportRequest } from "./reader";
import type { ComplianceReport, SlaReport, TrendPoint } from "./model";

const MINUTE_MS = 60_000;
/** Prometheus answers at most 11,000 points per series; a chunk of a week stays well below. */
const CHUNK_MINUTES = 7 * 24 * 60;
/** `[from, to]` instants of the per-minute points in `(start, end]`, at most a week each. */
export function minuteChunks(start: number, end: number): [number, number][] {
  const chunks: [number, number][] = [];
  for (let from = start + MINUTE_MS; from <= end; from += CHUNK_MINUTES * MINUTE_MS) {
    chunks.push([from, Math.min(end, from + (CHUNK_MINUTES - 1) * MINUTE_MS)]);
  }
  return chunks;
}

async function slaMonth(reader: PrometheusReader, sla: Omit<SlaReport, "month" | "trend">, month: CalendarMonth, now: number): Promise<MonthCompliance | undefined> {
  const { start, end } = clipped(monthRange(sla.timeZone, month), now);
  const minutesOf = async (metric: typeof SLA_METRICS.downtime | typeof SLA_METRICS.maintenance) => {
    const values = new Map<number, number>();
    for (const [from, to] of minuteChunks(start, end)) {
      for (const series of await reader.queryRange(slaMinuteQuery(metric, sla.name), new Date(from), new Date(to), 60)) {
        series.values.forEach(([time, value]) => values.set(time * 1000, value));
      }
    }
    return values;
  };
  const downtime = await minutesOf(SLA_METRICS.downtime);
  const maintenance = await minutesOf(SLA_METRICS.maintenance);
  if (downtime.size === 0) {
    return undefined;
  }
  return monthCompliance({ ...sla, start, end, downtime, maintenance });
}

async function declaredSlas(reader: PrometheusReader): Promise<Omit<SlaReport, "month" | "trend">[]> {
  const series = labelledSeries(await reader.query(declaredSlasQuery), declaredSlasQuery, {
    sla: LABEL.present,
    target: LABEL.number,
    time_zone: LABEL.optionalTimeZone,
    minimum_outage_minutes: LABEL.optionalNumber,
  });
  const byName = new Map(series.map(({ labels }) => [labels.sla, labels]));
  return [...byName.values()]
    .sort((a, b) => a.sla.localeCompare(b.sla))
    .map((labels) => ({
      name: labels.sla,
      title: labels.title ?? labels.sla,
      service: labels.service ?? "",
      targetPercent: Number(labels.target),
      timeZone: labels.time_zone ?? "UTC",
      creditTiers: parseCreditTiers(labels.credit_tiers ?? ""),
      minimumOutageMinutes: Number(labels.minimum_outage_minutes ?? "1"),
    }));
}

async function slaReports(reader: PrometheusReader, request: ReportRequest): Promise<SlaReport[]> {
  const reports: SlaReport[] = [];
  for (const sla of await declaredSlas(reader)) {
    const trend: TrendPoint[] = [];
    for (let back = request.trendMonths; back >= 1; back--) {
      const month = monthsBefore(request.month, back);
      const compliance = await slaMonth(reader, sla, month, request.now);
      trend.push({ month: formatMonth(month), percent: compliance?.availabilityPercent, unmeasuredMinutes: compliance?.unmeasuredMinutes });
    }
    reports.push({ ...sla, month: await slaMonth(reader, sla, request.month, request.now), trend });
  }
  return reports;
}

/**
 * Reads a month's compliance from Prometheus (`source` names it in the report: `Prometheus at http://…`): the SLAs
 * found by their `sla:policy:info` series, each measured over the calendar month of its own time zone from the
 * per-minute series (queried with explicit start and end times, since recording rules cannot know month
 * boundaries; a minute without a sample counted as unmeasured), and the SLOs found by `sloth_slo_info`, measured
 * over the UTC calendar month from their recorded error ratio (the time-average of the shortest window's ratio).
 */
export async function collectReport(reader: PrometheusReader, request: ReportRequest, source: string): Promise<ComplianceReport> {
  const { end } = monthRange("UTC", request.month);
  return {
    month: formatMonth(request.month),
    source,
    monthToDate: end > request.now,
    slas: await slaReports(reader, request),
    slos: await sloReports(reader, request),
    errorTrends: await collectErrorTrends(reader, request),
  };
}
