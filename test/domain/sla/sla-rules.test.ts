import { describe, expect, it } from "vitest";
import { Duration } from "../../../src/domain/duration";
import { promqlError } from "../../../src/domain/promql/check";
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
  it("one dependency: down when its error ratio over the window reaches the threshold, degraded when that counts", () => {
    expect(downExpression(spec)).toBe("max by () ((1 - avg(avg_over_time(probe_success[1m]))) >= bool 0.5)");
    expect(downExpression({ ...spec, degradedCounts: true, window: Duration.parse("2m") })).toBe("max by () ((1 - avg(avg_over_time(probe_success[2m]))) >= bool 0.05)");
  });

  it("several dependencies: the worst of them, each told apart before `or` so that none is dropped", () => {
    expect(downExpression({ ...spec, dependencies: [probe, requests] })).toBe(
      'max without (dependency) (label_replace(max by () ((1 - avg(avg_over_time(probe_success[1m]))) >= bool 0.5), "dependency", "planner-availability", "", "")\nor\n' +
        'label_replace(max by () ((sum(rate(http_requests_total{code=~"5.."}[1m])) / (sum(rate(http_requests_total[1m])) > 0)) >= bool 0.5), "dependency", "planner-error-rate", "", ""))',
    );
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
    const down = "max by () ((1 - avg(avg_over_time(probe_success[1m]))) >= bool 0.5)";
    const window = "(((vector(time()) + 259140) % 604800) >= 525600) and (((vector(time()) + 259140) % 604800) < 532800)";
    expect(group.rules[0].expr).toBe(`((${down}) unless on () (${window}))\nor\n((${down}) * 0)`);
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
