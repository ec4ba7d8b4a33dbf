import { describe, expect, it } from "vitest";
import { monthCompliance, type MonthMinutes } from "../../../src/domain/sla/compliance";
import { monthRange } from "../../../src/domain/sla/calendar";
import { creditOwed, formatCreditTiers, parseCreditTiers } from "../../../src/domain/sla/sla-spec";

const MINUTE = 60_000;
const tiers = [
  { belowPercent: 99.9, creditPercent: 10 },
  { belowPercent: 99, creditPercent: 25 },
];

/** November 2026 in UTC (43200 minutes), every minute measured up, then the given minutes (by start) set. */
function november(set: { down?: [string, number][]; maintenance?: [string, number][]; unmeasured?: [string, number][] }, minimumOutageMinutes = 1): MonthMinutes {
  const { start, end } = monthRange("UTC", { year: 2026, month: 11 });
  const downtime = new Map<number, number>();
  const maintenance = new Map<number, number>();
  for (let at = start + MINUTE; at <= end; at += MINUTE) {
    downtime.set(at, 0);
    maintenance.set(at, 0);
  }
  const each = (ranges: [string, number][] | undefined, apply: (end: number) => void) =>
    ranges?.forEach(([from, minutes]) => {
      for (let index = 1; index <= minutes; index++) apply(Date.parse(from) + index * MINUTE);
    });
  each(set.down, (at) => downtime.set(at, 1));
  each(set.maintenance, (at) => maintenance.set(at, 1));
  each(set.unmeasured, (at) => downtime.delete(at));
  return { start, end, timeZone: "UTC", targetPercent: 99.9, minimumOutageMinutes, creditTiers: tiers, downtime, maintenance };
}

describe("monthCompliance", () => {
  it("a clean month: 100%, nothing consumed, no credit", () => {
    const month = monthCompliance(november({}));
    expect(month).toMatchObject({ minutes: 43200, downtimeMinutes: 0, availabilityPercent: 100, allowedDowntimeMinutes: 43.2, budgetConsumedPercent: 0, verdict: "met", creditPercent: 0 });
    expect(month.outages).toEqual([]);
  });

  it("90 minutes down: 99.7916666667%, 208% of the budget, the 10% tier; worst days per calendar day", () => {
    const month = monthCompliance(november({ down: [["2026-11-03T23:00:00Z", 90]] }));
    expect(month.downtimeMinutes).toBe(90);
    expect(month.availabilityPercent).toBe(99.7916666667);
    expect(month.budgetConsumedPercent).toBe(208.333333333);
    expect([month.verdict, month.creditPercent]).toEqual(["missed", 10]);
    expect(month.outages).toEqual([{ start: Date.parse("2026-11-03T23:00:00Z"), minutes: 90 }]);
    expect(month.worstDays).toEqual([
      { day: "2026-11-03", downtimeMinutes: 60 },
      { day: "2026-11-04", downtimeMinutes: 30 },
    ]);
  });

  it("leaves maintenance out of both downtime and the month: 60 of 90 down minutes in a window", () => {
    const month = monthCompliance(november({ down: [["2026-11-08T01:30:00Z", 90]], maintenance: [["2026-11-08T02:00:00Z", 120]] }));
    expect(month).toMatchObject({ maintenanceMinutes: 120, downtimeMinutes: 30, allowedDowntimeMinutes: 43.08, verdict: "met", creditPercent: 0 });
    expect(month.availabilityPercent).toBe(99.9303621170);
  });

  it("ignores runs shorter than the minimum outage, and says how many minutes it ignored", () => {
    const month = monthCompliance(november({ down: [["2026-11-10T10:00:00Z", 4], ["2026-11-10T12:00:00Z", 5], ["2026-11-20T00:00:00Z", 600]] }, 5));
    expect(month.outages.map((outage) => outage.minutes)).toEqual([5, 600]);
    expect([month.downtimeMinutes, month.ignoredDownMinutes]).toEqual([605, 4]);
    expect(month.availabilityPercent).toBe(98.599537037);
    expect(month.creditPercent).toBe(25);
    expect(month.worstDays).toEqual([
      { day: "2026-11-20", downtimeMinutes: 600 },
      { day: "2026-11-10", downtimeMinutes: 5 },
    ]);
  });

  it("counts unmeasured minutes apart, never as met: the availability between all of them down and all up; an unmeasured minute ends an outage", () => {
    const month = monthCompliance(november({ down: [["2026-11-15T00:00:00Z", 10]], unmeasured: [["2026-11-15T00:04:00Z", 1], ["2026-11-16T00:00:00Z", 60]] }, 5));
    expect([month.unmeasuredMinutes, month.downtimeMinutes, month.ignoredDownMinutes]).toEqual([61, 5, 4]);
    // 5 of 43200 minutes down is 99.988%, met if the 61 unmeasured were up, missed if they were down: not known.
    expect([month.availabilityPercent, month.worstAvailabilityPercent, month.verdict]).toEqual([99.9884259259, 99.8472222222, "unknown"]);
    expect(monthCompliance(november({ unmeasured: [["2026-11-16T00:00:00Z", 1]] })).verdict).toBe("unknown");
  });

  it("misses a month that falls short even with its unmeasured minutes up; unmeasured maintenance minutes do not count", () => {
    const missed = monthCompliance(november({ down: [["2026-11-03T23:00:00Z", 90]], unmeasured: [["2026-11-16T00:00:00Z", 60]] }));
    expect([missed.verdict, missed.availabilityPercent, missed.creditPercent]).toEqual(["missed", 99.7916666667, 10]);
    const inMaintenance = monthCompliance(november({ maintenance: [["2026-11-08T02:00:00Z", 60]], unmeasured: [["2026-11-08T02:00:00Z", 60]] }));
    expect([inMaintenance.unmeasuredMinutes, inMaintenance.verdict]).toEqual([0, "met"]);
  });
});

describe("credit tiers", () => {
  it("owes the lowest tier the availability is below", () => {
    expect([99.95, 99.9, 99.89, 99, 98.99, 0].map((value) => creditOwed(tiers, value))).toEqual([0, 0, 10, 10, 25, 25]);
  });

  it("round-trips through the info series' label", () => {
    expect(formatCreditTiers(tiers)).toBe("99.9:10,99:25");
    expect(parseCreditTiers("99.9:10,99:25")).toEqual(tiers);
    expect(parseCreditTiers("")).toEqual([]);
  });
});
