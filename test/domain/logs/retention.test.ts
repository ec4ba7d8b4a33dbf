import { describe, expect, it } from "vitest";
import { parseRetention, retentionMinimumProblems } from "../../../src/domain/logs/retention";
import { datadogRetentionProblems, DATADOG_STANDARD_RETENTION_DAYS } from "../../../src/domain/logs/log-policy";

const rollover = { maxAgeDays: 1, maxPrimaryShardSizeGb: 50 };

describe("retention phases", () => {
  it("keeps 30 days as hot for 7, warm until deletion", () => {
    expect(parseRetention({ retentionDays: 30 })).toEqual({
      problems: [],
      retention: {
        retentionDays: 30,
        phases: [
          { phase: "hot", minAgeDays: 0, rollover },
          { phase: "warm", minAgeDays: 7 },
          { phase: "delete", minAgeDays: 30 },
        ],
      },
    });
  });

  it("keeps audit logs 365 days, cold after 30", () => {
    expect(parseRetention({ retentionDays: 365, coldAfterDays: 30 }).retention?.phases).toEqual([
      { phase: "hot", minAgeDays: 0, rollover },
      { phase: "warm", minAgeDays: 7 },
      { phase: "cold", minAgeDays: 30 },
      { phase: "delete", minAgeDays: 365 },
    ]);
  });

  it("keeps debug logs 7 days hot, with no warm phase", () => {
    expect(parseRetention({ retentionDays: 7 }).retention?.phases).toEqual([
      { phase: "hot", minAgeDays: 0, rollover },
      { phase: "delete", minAgeDays: 7 },
    ]);
  });

  it("goes cold straight from hot when cold starts where hot ends, with its own rollover", () => {
    expect(parseRetention({ retentionDays: 90, hotDays: 3, coldAfterDays: 3, rollover: { maxPrimaryShardSizeGb: 30 } }).retention?.phases).toEqual([
      { phase: "hot", minAgeDays: 0, rollover: { maxAgeDays: 1, maxPrimaryShardSizeGb: 30 } },
      { phase: "cold", minAgeDays: 3 },
      { phase: "delete", minAgeDays: 90 },
    ]);
  });

  it("rejects a retention shorter than the hot phase", () => {
    expect(parseRetention({ retentionDays: 3, hotDays: 7 }).problems).toEqual([
      "retentionDays: 3 days is shorter than the hot phase (7 days); keep logs at least 7 days or shorten hotDays",
    ]);
  });

  it("rejects phases out of order", () => {
    expect(parseRetention({ retentionDays: 30, coldAfterDays: 60 }).problems).toEqual([
      "coldAfterDays: phases out of order: cold at 60 days must come after hot (7 days) and before delete (30 days)",
    ]);
    expect(parseRetention({ retentionDays: 30, hotDays: 10, coldAfterDays: 5 }).problems).toHaveLength(1);
  });
});

describe("retention minimums", () => {
  const retention = (days: number) => ({ retentionDays: days, phases: [] });

  it("reports a category kept shorter than its minimum, and only that one", () => {
    const minimums = [{ category: "audit", minimumDays: 365, reason: "SOC 2" }];
    expect(retentionMinimumProblems("audit", retention(90), minimums)).toEqual([
      "audit logs are kept 90 days, below the declared minimum of 365 days (SOC 2); set retentionDays to at least 365",
    ]);
    expect(retentionMinimumProblems("debug", retention(7), minimums)).toEqual([]);
    expect(retentionMinimumProblems("audit", retention(365), minimums)).toEqual([]);
  });
});

describe("Datadog index retention", () => {
  it("accepts an allowed retention, and a shorter one with an archive", () => {
    expect(datadogRetentionProblems(30, 30, DATADOG_STANDARD_RETENTION_DAYS, false)).toEqual([]);
    expect(datadogRetentionProblems(15, 365, DATADOG_STANDARD_RETENTION_DAYS, true)).toEqual([]);
  });

  it("rejects a retention the contract does not allow, naming the nearest allowed one", () => {
    expect(datadogRetentionProblems(20, 20, [7, 15, 30], false)).toEqual([
      "datadog.indexRetentionDays: 20 is not a retention the stack's Datadog contract allows (7, 15, 30); use e.g. 30, with an archive for the rest",
    ]);
  });

  it("rejects an index shorter than the retention without an archive, and one longer than the retention", () => {
    expect(datadogRetentionProblems(15, 365, DATADOG_STANDARD_RETENTION_DAYS, false)).toHaveLength(1);
    expect(datadogRetentionProblems(30, 7, DATADOG_STANDARD_RETENTION_DAYS, false)).toEqual([
      "datadog.indexRetentionDays: 30 keeps logs longer than the 7 days of retention; use at most 7",
    ]);
  });
});
