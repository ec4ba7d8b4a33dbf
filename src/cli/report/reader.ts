import type { CalendarMonth } from "../../domain/sla/calendar";

const MINUTE_MS = 60_000;

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

/** What to report: a month, how many months before it the trend shows, and the report's time. */
export interface ReportRequest {
  readonly month: CalendarMonth;
  readonly trendMonths: number;
  readonly now: number;
}

/** A month's range cut at the report's time (to the minute): a running month is reported to date. */
export function clipped(range: { start: number; end: number }, now: number): { start: number; end: number } {
  return { start: range.start, end: Math.min(range.end, Math.floor(now / MINUTE_MS) * MINUTE_MS) };
}
