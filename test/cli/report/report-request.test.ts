import { describe, expect, it } from "vitest";
import { reportRequest } from "../../../src/cli/report/report-request";

const now = Date.parse("2026-11-27T11:00:00Z");

describe("reportRequest", () => {
  it("reports the current month by default, and past months with a three-month trend", () => {
    expect(reportRequest(undefined, now)).toEqual({ request: { month: { year: 2026, month: 11 }, trendMonths: 3, now } });
    expect(reportRequest("2026-08", now).request?.month).toEqual({ year: 2026, month: 8 });
  });

  it("refuses a month that has not begun in any time zone, and text that is not a month", () => {
    expect(reportRequest("2026-12", now)).toEqual({ problem: "--month 2026-12 is in the future; the latest month with data is 2026-11" });
    expect(reportRequest("2026-12", Date.parse("2026-11-30T10:00:00Z")).request?.month).toEqual({ year: 2026, month: 12 });
    expect(reportRequest("11/2026", now)).toEqual({ problem: '--month "11/2026" is not a month; write it as YYYY-MM, e.g. 2026-11' });
  });
});
