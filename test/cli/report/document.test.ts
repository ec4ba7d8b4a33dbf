import { describe, expect, it } from "vitest";
import { budget, percent, reportDocument } from "../../../src/cli/report/document";
import type { ComplianceReport } from "../../../src/cli/report/model";
import type { MonthCompliance } from "../../../src/domain/sla/compliance";
import { renderHtml, renderMarkdown } from "../../../src/cli/report/render";

const report: ComplianceReport = {
  month: "2026-11",
  source: "Prometheus at http://prometheus:9090",
  monthToDate: false,
  slas: [
    {
      name: "planner",
      title: "Planner availability",
      service: "planner",
      targetPercent: 99.9,
      timeZone: "Europe/Berlin",
      creditTiers: [{ belowPercent: 99.9, creditPercent: 10 }, { belowPercent: 99, creditPercent: 25 }],
      minimumOutageMinutes: 2,
      month: {
        minutes: 43200,
        maintenanceMinutes: 120,
        unmeasuredMinutes: 0,
        downtimeMinutes: 90,
        ignoredDownMinutes: 1,
        availabilityPercent: 99.7910863510,
        worstAvailabilityPercent: 99.7910863510,
        allowedDowntimeMinutes: 43.08,
        budgetConsumedPercent: 208.913649025,
        verdict: "missed",
        creditPercent: 10,
        outages: [{ start: Date.parse("2026-11-03T22:00:00Z"), minutes: 90 }],
        worstDays: [{ day: "2026-11-03", downtimeMinutes: 60 }, { day: "2026-11-04", downtimeMinutes: 30 }],
      },
      trend: [{ month: "2026-08" }, { month: "2026-09", percent: 100 }, { month: "2026-10", percent: 99.95 }],
    },
    { name: "search", title: "Search | API", service: "search", targetPercent: 99.5, timeZone: "UTC", creditTiers: [], minimumOutageMinutes: 1, trend: [] },
  ],
  slos: [
    { id: "planner-availability", service: "planner", name: "availability", objectivePercent: 99.9, achievedPercent: 99.95, budgetConsumedPercent: 50, worstDays: [{ day: "2026-11-03", achievedPercent: 95.8333333 }], trend: [{ month: "2026-10", percent: 99.99 }] },
    { id: "planner-error-rate", service: "planner", name: "error-rate", objectivePercent: 99.9, achievedPercent: 99.8, budgetConsumedPercent: 200.00000001, worstDays: [], trend: [{ month: "2026-10" }] },
  ],
};

describe("the report document", () => {
  it("cuts achievements instead of rounding them up, and rounds budgets to one decimal", () => {
    expect([percent(99.99999), percent(99.9), percent(100), percent(99.7910863510)]).toEqual(["99.999%", "99.9%", "100%", "99.791%"]);
    expect([budget(208.913649025), budget(0), budget(Infinity)]).toEqual(["208.9%", "0%", "all (the target leaves none)"]);
  });

  it("renders as Markdown: the executive summary first, then each SLA and the SLOs", () => {
    expect(renderMarkdown(reportDocument(report))).toBe(`# Compliance report 2026-11

## Executive summary

- SLAs: 0 of 2 met their target; missed: Planner availability (99.791% of 99.9%).
- Credits owed: Planner availability 10%.
- SLOs: 1 of 2 met their objective; missed: planner-error-rate (99.8% of 99.9%).
- Longest outage: Planner availability, 90 min from 2026-11-03 23:00 (Europe/Berlin).
- Without data this month: 1 (search).

## SLAs

| SLA | Target | Achieved | Downtime | Budget consumed | Breaches | Credit owed |
|---|---|---|---|---|---|---|
| Planner availability | 99.9% | 99.791% (missed) | 90 min of 43.08 allowed | 208.9% | 1 | 10% |
| Search \\| API | 99.5% | no data |  |  |  |  |

### Planner availability (planner, service planner)

- Measured in Europe/Berlin: 43200 minutes, 120 in maintenance (excluded), every other minute measured.
- Breaches (outages of at least 2 min): 2026-11-03 23:00 (90 min). 1 down minute in shorter runs not counted.
- Worst days: 2026-11-03 (60 min), 2026-11-04 (30 min).
- Credit tiers: below 99.9% → 10%, below 99% → 25%.
- Trend: 2026-08 no data · 2026-09 100% · 2026-10 99.95%.

### Search | API (search, service search)

- No minute of the month was measured.
- Trend: no earlier months.

## SLOs

| SLO | Objective | Achieved (UTC month) | Budget consumed | Worst days | Trend |
|---|---|---|---|---|---|
| planner-availability | 99.9% | 99.95% (met) | 50% | 2026-11-03 (95.833%) | 2026-10 99.99% |
| planner-error-rate | 99.9% | 99.8% (missed) | 200% |  | 2026-10 no data |
`);
  });

  it("renders as one self-contained HTML page with escaped text and marked verdicts", () => {
    const html = renderHtml(reportDocument({ ...report, slas: [report.slas[1]], slos: [report.slos[1]], monthToDate: true }));
    expect(html).toContain("<title>Compliance report 2026-11 (month to date)</title>");
    expect(html).toContain("<tr><td>Search | API</td><td>99.5%</td><td>no data</td><td></td><td></td><td></td><td></td></tr>");
    expect(html).toContain('<tr><td>planner-error-rate</td><td>99.9%</td><td class="bad">99.8% (missed)</td><td>200%</td><td></td><td>2026-10 no data</td></tr>');
    expect(html).toContain("<li>SLAs: 0 of 1 met their target.</li>");
    expect(html).not.toMatch(/(src|href)=|@import|url\(/);
  });

  it("never calls a month with unmeasured minutes met: not known, its range, the least credit, and a warning", () => {
    const month = report.slas[0].month as MonthCompliance;
    const unmeasured = { ...month, downtimeMinutes: 0, outages: [], worstDays: [], unmeasuredMinutes: 7900, availabilityPercent: 100, worstAvailabilityPercent: 81.6, verdict: "unknown" as const, creditPercent: 0 };
    const markdown = renderMarkdown(reportDocument({ ...report, slas: [{ ...report.slas[0], month: unmeasured, trend: [{ month: "2026-10", percent: 99.95, unmeasuredMinutes: 1200 }] }] }));
    expect(markdown).toContain("- SLAs: 0 of 1 met their target; not known: Planner availability (7,900 minutes unmeasured).\n- Credits owed: none known.\n");
    expect(markdown).toContain("- Warning: unmeasured minutes (no sample of sla:downtime:minute) in Planner availability: 7,900 of 43,080. They count neither as up nor as down");
    expect(markdown).toContain("| Planner availability | 99.9% | 81.6% to 100% (not known: 7,900 min unmeasured) | 0 min of 43.08 allowed | 208.9% | 0 | none known |");
    expect(markdown).toContain("120 in maintenance (excluded), 7900 unmeasured (no sample: neither up nor down; the availability is between 81.6% and 100%).");
    expect(markdown).toContain("- Trend: 2026-10 at most 99.95% (1,200 min unmeasured).");
    expect(markdown).not.toMatch(/\(met\)[^\n]*Planner|Planner[^\n]*\(met\)/);
    const missed = renderHtml(reportDocument({ ...report, slas: [{ ...report.slas[0], month: { ...month, unmeasuredMinutes: 60 } }] }));
    expect(missed).toContain('<td class="bad">at most 99.791% (missed; 60 min unmeasured)</td>');
    expect(missed).toContain('<td class="bad">at least 10%</td>');
    expect(renderHtml(reportDocument({ ...report, slas: [{ ...report.slas[0], month: unmeasured }] }))).toContain('<td class="warn">81.6% to 100% (not known: 7,900 min unmeasured)</td>');
  });

  it("says plainly what Prometheus does not declare: no SLA, no SLO, or neither", () => {
    const source = "Prometheus at http://prometheus:9090";
    const summary = (slas: ComplianceReport["slas"], slos: ComplianceReport["slos"]) => reportDocument({ month: "2026-11", source, monthToDate: false, slas, slos })[2];
    expect(summary([], report.slos)).toEqual({
      kind: "list",
      items: [
        "No SLA is declared in Prometheus at http://prometheus:9090 (no sla:policy:info series in the last day); the report covers SLOs only.",
        "SLOs: 1 of 2 met their objective; missed: planner-error-rate (99.8% of 99.9%).",
      ],
    });
    expect(summary([report.slas[1]], [])).toEqual({
      kind: "list",
      items: [
        "SLAs: 0 of 1 met their target.",
        "Credits owed: none.",
        "No SLO is declared in Prometheus at http://prometheus:9090 (no sloth_slo_info series in the last day); the report covers SLAs only.",
        "Without data this month: 1 (search).",
      ],
    });
    expect(renderMarkdown(reportDocument({ month: "2026-11", source, monthToDate: false, slas: [], slos: [] }))).toBe(`# Compliance report 2026-11

## Executive summary

- Neither an SLA nor an SLO is declared in Prometheus at http://prometheus:9090 (no sla:policy:info or sloth_slo_info series in the last day): nothing to report.

## SLAs

No SLA is declared in Prometheus at http://prometheus:9090: no sla:policy:info series in the last day. Declare an SlaPolicy and load its rules.

## SLOs

No SLO is declared in Prometheus at http://prometheus:9090: no sloth_slo_info series in the last day.
`);
  });
});
