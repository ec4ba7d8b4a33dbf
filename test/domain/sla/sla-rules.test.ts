import { describe, expect, it } from "vitest";
import { Duration } from "../../../src/domain/duration";
import { promqlError } from "../../../src/domain/promql";
import { downExpression, maintenanceExpression, slaRuleGroup, weeklyRanges } from "../../../src/domain/sla/sla-rules";
import type { SlaSpec } from "../../../src/domain/sla/sla-spec";

const probe = { id: "planner-availability", sli: { kind: "query" as const, errorRatio: "1 - avg(avg_over_time(probe_success[{{.window}}]))" } };
const requests = {
  id: "planner-error-rate",
  sli: { kind: "events" as const, errors: { metric: "http_requests_total", matchers: [{ name: "code", operator: "=~" as const, value: "5.." }] }, total: { metric: "http_requests_total", matchers: [] } },
};
const spec: SlaSpec = {
  name: "planner-api",
  title: "Planner API",
  service: "planner",
  targetPercent: 99.9,
  timeZone: "UTC",
  dependencies: [probe],
  downErrorRatio: 0.5,
  degradedErrorRatio: 0.05,
  degradedCounts: false,
  minimumOutageMinutes: 2,
  weeklyMaintenance: [],
  datedMaintenance: [],
  creditTiers: [{ belowPercent: 99.9, creditPercent: 10 }, { belowPercent: 99, creditPercent: 25 }],
  labels: { tier: "1" },
  window: Duration.parse("1m"),
};

describe("SLA rules", () => {
  it("one dependency: down when its error ratio reaches the threshold, over the window or, with too few samples, twice or four times it", () => {
    const over = (window: string, threshold: number) => `((1 - avg(avg_over_time(probe_success[${window}]))) >= bool ${threshold})`;
    expect(downExpression(spec)).toBe(`max by () (${over("1m", 0.5)}\nor\n${over("2m", 0.5)}\nor\n${over("4m", 0.5)})`);
    expect(downExpression({ ...spec, degradedCounts: true, window: Duration.parse("2m") })).toBe(`max by () (${over("2m", 0.05)}\nor\n${over("4m", 0.05)}\nor\n${over("8m", 0.05)})`);
  });

  it("a request SLI's minute without requests is measured and up: its event count over the window, times 0", () => {
    expect(downExpression({ ...spec, dependencies: [requests] }).split("\nor\n").slice(0, 2)).toEqual([
      'max by () ((((sum(rate(http_requests_total{code=~"5.."}[1m])) / (sum(rate(http_requests_total[1m])) > 0)) >= bool 0.5)',
      "(sum(increase(http_requests_total[1m])) * 0))",
    ]);
  });

  it("several dependencies: each one's minute recorded, then down when one is down, measured when all are", () => {
    const group = slaRuleGroup({ ...spec, dependencies: [probe, requests] });
    const [first, second, downtime] = group.rules;
    expect(["record" in first && first.record, first.labels, second.labels?.dependency]).toEqual([
      "sla:dependency_down:minute",
      { tier: "1", sla: "planner-api", dependency: "planner-availability" },
      "planner-error-rate",
    ]);
    expect(first.expr).toBe(downExpression(spec));
    const each = 'sla:dependency_down:minute{sla="planner-api"}';
    expect(downtime.expr).toBe(`((max by () (${each})) and on () ((count by () (${each})) == 2))\nor\n((max by () (${each})) == 1)`);
  });

  it("weekly windows count seconds from Monday 00:00 and split at the week's end", () => {
    expect(weeklyRanges({ day: "monday", start: "00:30", durationMinutes: 30 })).toEqual([[1800, 3600]]);
    expect(weeklyRanges({ day: "sunday", start: "23:00", durationMinutes: 120 })).toEqual([[601200, 604800], [0, 3600]]);
  });

  it("maintenance: weekly windows at the zone's standard offset, dated windows as instants", () => {
    expect(maintenanceExpression(spec)).toBeUndefined();
    const windows = { weeklyMaintenance: [{ day: "sunday" as const, start: "02:00", durationMinutes: 120 }], datedMaintenance: [{ start: 1794700800000, end: 1794704400000 }] };
    expect(maintenanceExpression({ ...spec, ...windows, timeZone: "America/New_York" })).toBe(
      "((((vector(time()) + 241140) % 604800) >= 525600) and (((vector(time()) + 241140) % 604800) < 532800))\nor\n" +
        "((vector(time()) >= 1794700860) and (vector(time()) < 1794704460))",
    );
  });

  it("records downtime, maintenance, the trailing 30 days and the contract, at the server's interval, all parsing", () => {
    const group = slaRuleGroup({ ...spec, weeklyMaintenance: [{ day: "sunday", start: "02:00", durationMinutes: 120 }] });
    expect(group.name).toBe("sla-planner-api");
    expect(group.interval).toBeUndefined();
    expect(group.rules.map((rule) => ("record" in rule ? rule.record : ""))).toEqual([
      "sla:downtime:minute",
      "sla:maintenance:minute",
      "sla:availability:ratio_30d",
      "sla:policy:info",
    ]);
    const down = downExpression(spec);
    const window = "(((vector(time()) + 259140) % 604800) >= 525600) and (((vector(time()) + 259140) % 604800) < 532800)";
    expect(group.rules[0].expr).toBe(`((${down}) unless on () (${window}))\nor\n((${window}) * 0)`);
    expect(group.rules[1].expr).toBe(`(vector(1) and on () (${window}))\nor\nvector(0)`);
    expect(group.rules[2].expr).toBe(
      '1 - (sum_over_time(sla:downtime:minute{sla="planner-api"}[30d]) / (count_over_time(sla:downtime:minute{sla="planner-api"}[30d]) - sum_over_time(sla:maintenance:minute{sla="planner-api"}[30d])))',
    );
    expect(group.rules[3].labels).toEqual({
      tier: "1",
      sla: "planner-api",
      title: "Planner API",
      service: "planner",
      target: "99.9",
      time_zone: "UTC",
      credit_tiers: "99.9:10,99:25",
      minimum_outage_minutes: "2",
    });
    expect(group.rules.map((rule) => promqlError(rule.expr))).toEqual([undefined, undefined, undefined, undefined]);
  });
});
