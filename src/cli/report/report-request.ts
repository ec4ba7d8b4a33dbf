import { formatMonth, monthOf, monthRange, parseMonth } from "../../domain/sla/calendar";
import type { ReportRequest } from "./reader";

/** How many months before the reported one the trend shows. */
export const TREND_MONTHS = 3;

/**
 * The month to report, from `--month` (default: the current UTC month, to date), or the problem with it: not a
 * month, or one that has not begun anywhere yet (its first instant in UTC+14, the earliest zone, is after `now`).
 */
export function reportRequest(monthText: string | undefined, now: number): { request?: ReportRequest; problem?: string } {
  const month = monthText === undefined ? monthOf("UTC", now) : parseMonth(monthText);
  if (month === undefined) {
    return { problem: `--month "${monthText}" is not a month; write it as YYYY-MM, e.g. ${formatMonth(monthOf("UTC", now))}` };
  }
  if (monthRange("Etc/GMT-14", month).start > now) {
    return { problem: `--month ${formatMonth(month)} is in the future; the latest month with data is ${formatMonth(monthOf("UTC", now))}` };
  }
  return { request: { month, trendMonths: TREND_MONTHS, now } };
}
