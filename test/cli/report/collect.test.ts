import { describe, expect, it } from "vitest";
import { collectReport, minuteChunks } from "../../../src/cli/report/collect";
import type { PrometheusReader } from "../../../src/cli/report/reader";

const MINUTE = 60_000;

describe("minuteChunks", () => {
  it("covers the minutes ending in (start, end] in chunks of at most a week of points", () => {
    const start = Date.parse("2026-11-01T00:00:00Z");
    const chunks = minuteChunks(start, Date.parse("2026-12-01T00:00:00Z"));
    expect(chunks.map(([from, to]) => [new Date(from).toISOString(), (to - from) / MINUTE + 1])).toEqual([
      ["2026-11-01T00:01:00.000Z", 10080],
      ["2026-11-08T00:01:00.000Z", 10080],
      ["2026-11-15T00:01:00.000Z", 10080],
      ["2026-11-22T00:01:00.000Z", 10080],
      ["2026-11-29T00:01:00.000Z", 2880],
    ]);
    expect(minuteChunks(start, start)).toEqual([]);
  });
});

describe("collectReport", () => {
  it("finds SLAs and SLOs by their info series and measures the month to the report's time", async () => {
    const calls: string[] = [];
    const now = Date.parse("2026-11-02T00:30:20Z");
    const reader: PrometheusReader = {
      async query(expr, at) {
        calls.push(`query ${expr} @${at?.toISOString() ?? "now"}`);
        if (expr.includes("sla:policy:info")) {
          return [{ labels: { sla: "api", title: "API", service: "api", target: "99.9", time_zone: "UTC", credit_tiers: "99.9:10", minimum_outage_minutes: "1" }, value: 1 }];
        }
        if (expr.includes("sloth_slo_info")) {
          return [{ labels: { sloth_id: "api-availability", sloth_service: "api", sloth_slo: "availability", sloth_objective: "99.5" }, value: 1 }];
        }
        if (expr.startsWith("group by")) {
          return [
            { labels: { sloth_id: "api-availability", sloth_window: "30d" }, value: 1 },
            { labels: { sloth_id: "api-availability", sloth_window: "5m" }, value: 1 },
          ];
        }
        const current = at?.getTime() === Date.parse("2026-11-02T00:30:00Z");
        return current ? [{ labels: { sloth_id: "api-availability", sloth_window: "5m" }, value: 0.002 }] : [];
      },
      async queryRange(expr, start, end, step) {
        calls.push(`range ${expr} ${start.toISOString()} ${end.toISOString()} ${step}`);
        if (expr.includes("sla:")) {
          const minutes = (end.getTime() - start.getTime()) / MINUTE + 1;
          const times = Array.from({ length: minutes }, (_, index) => start.getTime() / 1000 + index * 60);
          const down = start.getTime() >= Date.parse("2026-11-01T00:00:00Z") ? times.map((time, index) => [time, index < 3 ? 1 : 0] as const) : [];
          return down.length === 0 || !expr.includes("sla:downtime:minute") ? [] : [{ labels: { sla: "api" }, values: down }];
        }
        return [{ labels: { sloth_window: "5m" }, values: [[Date.parse("2026-11-02T00:00:00Z") / 1000, 0.004]] }];
      },
    };
    const report = await collectReport(reader, { month: { year: 2026, month: 11 }, trendMonths: 1, now }, "Prometheus at http://prometheus:9090");
    expect(report.source).toBe("Prometheus at http://prometheus:9090");
    expect(report.monthToDate).toBe(true);
    expect(report.slas[0].month).toMatchObject({ minutes: 1470, downtimeMinutes: 3, creditPercent: 10, verdict: "missed" });
    expect(report.slas[0].trend).toEqual([{ month: "2026-10", percent: undefined, unmeasuredMinutes: undefined }]);
    expect(report.slos).toEqual([
      { id: "api-availability", service: "api", name: "availability", objectivePercent: 99.5, achievedPercent: 99.8, budgetConsumedPercent: 40, worstDays: [{ day: "2026-11-01", achievedPercent: 99.6 }], trend: [{ month: "2026-10", percent: undefined }] },
    ]);
    expect(calls).toContain('range last_over_time(sla:downtime:minute{sla="api"}[1m]) 2026-11-01T00:01:00.000Z 2026-11-02T00:30:00.000Z 60');
    expect(calls).toContain('range last_over_time(sla:maintenance:minute{sla="api"}[1m]) 2026-11-01T00:01:00.000Z 2026-11-02T00:30:00.000Z 60');
    expect(calls).toContain('query group by (sloth_id, sloth_window) (last_over_time({__name__=~"slo:sli_error:ratio_rate.+"}[1d])) @now');
    expect(calls).toContain("query avg_over_time(slo:sli_error:ratio_rate5m[1d30m]) @2026-11-02T00:30:00.000Z");
    expect(calls).toContain('range avg_over_time(slo:sli_error:ratio_rate5m{sloth_id="api-availability"}[1d]) 2026-11-02T00:00:00.000Z 2026-11-02T00:30:00.000Z 86400');
  });
});
