import { describe, expect, it } from "vitest";
import { isTimeZone } from "../../../src/domain/oncall/time";
import { formatMonth, localDay, monthOf, monthRange, monthsBefore, parseMonth, standardOffsetMinutes, zonedInstant } from "../../../src/domain/sla/calendar";

const iso = (at: number) => new Date(at).toISOString();

describe("calendar months in a time zone", () => {
  it("starts a month at local midnight: Berlin's October has 31 days and the hour DST gives back", () => {
    const { start, end } = monthRange("Europe/Berlin", { year: 2026, month: 10 });
    expect([iso(start), iso(end)]).toEqual(["2026-09-30T22:00:00.000Z", "2026-10-31T23:00:00.000Z"]);
    expect((end - start) / 60_000).toBe(31 * 1440 + 60);
  });

  it("measures UTC months as they are: February 2026 has 40320 minutes", () => {
    const { start, end } = monthRange("UTC", { year: 2026, month: 2 });
    expect([iso(start), (end - start) / 60_000]).toEqual(["2026-02-01T00:00:00.000Z", 40320]);
  });

  it("resolves a wall-clock time skipped by the spring jump to the instant after it", () => {
    expect(iso(zonedInstant("Europe/Berlin", 2026, 3, 29, 2, 30))).toBe("2026-03-29T01:30:00.000Z");
    expect(iso(zonedInstant("America/New_York", 2026, 7, 1, 9, 0))).toBe("2026-07-01T13:00:00.000Z");
  });

  it("knows standard offsets in both hemispheres", () => {
    expect(standardOffsetMinutes("America/New_York", 2026)).toBe(-300);
    expect(standardOffsetMinutes("Australia/Sydney", 2026)).toBe(600);
    expect(standardOffsetMinutes("UTC", 2026)).toBe(0);
  });

  it("parses, prints and steps months, and finds an instant's month and day in the zone", () => {
    expect(parseMonth("2026-11")).toEqual({ year: 2026, month: 11 });
    expect([parseMonth("2026-13"), parseMonth("2026-1"), parseMonth("november")]).toEqual([undefined, undefined, undefined]);
    expect(formatMonth(monthsBefore({ year: 2026, month: 1 }, 3))).toBe("2025-10");
    expect(formatMonth(monthsBefore({ year: 2026, month: 11 }, -2))).toBe("2027-01");
    expect(monthOf("Asia/Tokyo", Date.UTC(2026, 10, 30, 15))).toEqual({ year: 2026, month: 12 });
    expect(localDay("Asia/Tokyo", Date.UTC(2026, 10, 30, 14, 59))).toBe("2026-11-30");
  });

  it("tells known zones from unknown ones", () => {
    expect([isTimeZone("UTC"), isTimeZone("Europe/Berlin"), isTimeZone("Mars/Olympus_Mons"), isTimeZone("CEST+2")]).toEqual([true, true, false, false]);
  });
});
