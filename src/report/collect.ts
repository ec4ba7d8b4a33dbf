import { formatMonth, monthRange, monthsBefore, type CalendarMonth } from "../domain/sla/calendar";
import { monthCompliance, type MonthCompliance } from "../domain/sla/compliance";
import { SLA_METRICS } from "../domain/sla/sla-rules";
import { parseCreditTiers } from "../domain/sla/sla-spec";
import { SLO_METRICS } from "../domain/slo-rules";
import { Duration } from "../domain/duration";
import { cleanNumber } from "../domain/numbers";
import type { ComplianceReport, SloReport, SlaReport, TrendPoint } from "./model";

/** The part of the Prometheus HTTP API client the report reads with. */
export interface PrometheusReader {
  query(expr: string, at?: Date): Promise<ReadonlyArray<{ readonly labels: Readonly<Record<string, string>>; readonly value: number }>>;
  queryRange(
    expr: string,
    start: Date,
    end: Date,
    stepSeconds: number,
  ): Promise<ReadonlyArray<{ readonly labels: Readonly<Record<string, string>>; readonly values: ReadonlyArray<readonly [number, number]> }>>;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Prometheus answers at most 11,000 points per series; a chunk of a week stays well below. */
const CHUNK_MINUTES = 7 * 24 * 60;
/** How far back the terms are looked up: SLAs and SLOs declared at the report's time. */
const DECLARED_WITHIN = "1d";

/** What to report: a month, how many months before it the trend shows, and the report's time. */
export interface ReportRequest {
  readonly month: CalendarMonth;
  readonly trendMonths: number;
  readonly now: number;
}

/** `[from, to]` instants of the per-minute points in `(start, end]`, at most a week each. */
export function minuteChunks(start: number, end: number): [number, number][] {
  const chunks: [number, number][] = [];
  for (let from = start + MINUTE_MS; from <= end; from += CHUNK_MINUTES * MINUTE_MS) {
    chunks.push([from, Math.min(end, from + (CHUNK_MINUTES - 1) * MINUTE_MS)]);
  }
  return chunks;
}

function clipped(range: { start: number; end: number }, now: number): { start: number; end: number } {
  return { start: range.start, end: Math.min(range.end, Math.floor(now / MINUTE_MS) * MINUTE_MS) };
}

async function slaMonth(reader: PrometheusReader, sla: Omit<SlaReport, "month" | "trend">, month: CalendarMonth, now: number): Promise<MonthCompliance | undefined> {
  const { start, end } = clipped(monthRange(sla.timeZone, month), now);
  const downtime = new Map<number, number>();
  const maintenance = new Map<number, number>();
  const selector = `{__name__=~"${SLA_METRICS.downtime}|${SLA_METRICS.maintenance}",sla="${sla.name}"}`;
  for (const [from, to] of minuteChunks(start, end)) {
    for (const series of await reader.queryRange(selector, new Date(from), new Date(to), 60)) {
      const into = series.labels.__name__ === SLA_METRICS.downtime ? downtime : maintenance;
      series.values.forEach(([time, value]) => into.set(time * 1000, value));
    }
  }
  if (downtime.size === 0) {
    return undefined;
  }
  return monthCompliance({ ...sla, start, end, downtime, maintenance });
}

async function declaredSlas(reader: PrometheusReader): Promise<Omit<SlaReport, "month" | "trend">[]> {
  const series = await reader.query(`last_over_time(${SLA_METRICS.info}[${DECLARED_WITHIN}])`);
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
      trend.push({ month: formatMonth(month), percent: (await slaMonth(reader, sla, month, request.now))?.availabilityPercent });
    }
    reports.push({ ...sla, month: await slaMonth(reader, sla, request.month, request.now), trend });
  }
  return reports;
}

type Labels = Readonly<Record<string, string>>;

/** The length of an SLO error-ratio series' window (the period's series is the longest). */
function windowSeconds(labels: Labels): number {
  return Duration.parse(labels.sloth_window ?? "30d").seconds;
}

/** The error ratio each SLO recorded at its shortest window, averaged over `(end - seconds, end]`, by `sloth_id`. */
async function sloErrorRatios(reader: PrometheusReader, seconds: number, end: number): Promise<Map<string, number>> {
  const series = await reader.query(`avg_over_time({__name__=~"slo:sli_error:ratio_rate.+"}[${seconds}s])`, new Date(end));
  const ratios = new Map<string, number>();
  for (const { labels, value } of [...series].sort((a, b) => windowSeconds(b.labels) - windowSeconds(a.labels))) {
    if (Number.isFinite(value)) {
      ratios.set(labels.sloth_id, value);
    }
  }
  return ratios;
}

async function sloWorstDays(reader: PrometheusReader, id: string, start: number, end: number): Promise<SloReport["worstDays"]> {
  if (end - start < DAY_MS) {
    return [];
  }
  const expr = `avg_over_time({__name__=~"slo:sli_error:ratio_rate.+",sloth_id="${id}"}[1d])`;
  const series = await reader.queryRange(expr, new Date(start + DAY_MS), new Date(end), DAY_MS / 1000);
  const shortest = [...series].sort((a, b) => windowSeconds(a.labels) - windowSeconds(b.labels))[0];
  return (shortest?.values ?? [])
    .filter(([, ratio]) => Number.isFinite(ratio) && ratio > 0)
    .map(([time, ratio]) => ({ day: new Date(time * 1000 - DAY_MS).toISOString().slice(0, 10), achievedPercent: cleanNumber(100 * (1 - ratio)) }))
    .sort((a, b) => a.achievedPercent - b.achievedPercent || a.day.localeCompare(b.day))
    .slice(0, 3);
}

async function sloReports(reader: PrometheusReader, request: ReportRequest): Promise<SloReport[]> {
  const declared = await reader.query(`last_over_time(${SLO_METRICS.info}[${DECLARED_WITHIN}])`);
  const ratiosOf = async (month: CalendarMonth) => {
    const { start, end } = clipped(monthRange("UTC", month), request.now);
    return end <= start ? new Map<string, number>() : sloErrorRatios(reader, (end - start) / 1000, end);
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
    reports.push({
      id: labels.sloth_id,
      service: labels.sloth_service,
      name: labels.sloth_slo,
      objectivePercent,
      achievedPercent: ratio === undefined ? undefined : cleanNumber(100 * (1 - ratio)),
      budgetConsumedPercent: ratio === undefined ? undefined : cleanNumber((100 * ratio) / (1 - objectivePercent / 100)),
      worstDays: ratio === undefined ? [] : await sloWorstDays(reader, labels.sloth_id, start, end),
      trend: previous.map(([month, ratios]) => {
        const past = ratios.get(labels.sloth_id);
        return { month, percent: past === undefined ? undefined : cleanNumber(100 * (1 - past)) };
      }),
    });
  }
  return reports;
}

/**
 * Reads a month's compliance from Prometheus: the SLAs found by their `sla:policy:info` series, each measured over
 * the calendar month of its own time zone from the per-minute series (queried with explicit start and end times,
 * since recording rules cannot know month boundaries), and the SLOs found by `sloth_slo_info`, measured over the
 * UTC calendar month from their recorded error ratio (the time-average of the shortest window's ratio).
 */
export async function collectReport(reader: PrometheusReader, request: ReportRequest): Promise<ComplianceReport> {
  const { end } = monthRange("UTC", request.month);
  return {
    month: formatMonth(request.month),
    monthToDate: end > request.now,
    slas: await slaReports(reader, request),
    slos: await sloReports(reader, request),
  };
}
