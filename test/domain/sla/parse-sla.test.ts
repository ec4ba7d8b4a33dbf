import { describe, expect, it } from "vitest";
import { Duration } from "../../../src/domain/duration";
import { parseSla, type SlaInput } from "../../../src/domain/sla/parse-sla";
import { parsing } from "../../support/problems";

const valid: SlaInput = {
  name: "planner-api",
  targetPercent: 99.9,
  timeZone: "Europe/Berlin",
  downErrorPercent: 50,
  degradedErrorPercent: 5,
  minimumOutage: "1m",
  window: "1m",
  weeklyMaintenance: [{ day: "sunday", start: "02:00", durationMinutes: 120 }],
  datedMaintenance: [{ start: "2026-11-14T22:00", end: "2026-11-15T02:00" }],
  creditTiers: [
    { belowPercent: 99.9, creditPercent: 10 },
    { belowPercent: 99, creditPercent: 25 },
  ],
  internalObjectives: [{ name: "planner-availability", objectivePercent: 99.95 }],
  dependencyCount: 1,
};

describe("parseSla", () => {
  it("accepts valid terms and places dated windows in the SLA's zone", () => {
    expect(parsing((problems) => parseSla(valid, problems))).toEqual({
      parsed: {
        name: "planner-api",
        minimumOutageMinutes: 1,
        window: Duration.parse("1m"),
        datedMaintenance: [{ start: Date.parse("2026-11-14T21:00:00Z"), end: Date.parse("2026-11-15T01:00:00Z") }],
        creditTiers: valid.creditTiers,
      },
      problems: [],
    });
  });

  it("reports every problem at once, each with its fix", () => {
    const { parsed, problems } = parsing((problems) => parseSla({
      ...valid,
      name: "Planner API",
      timeZone: "Europe/Berlinn",
      internalObjectives: [{ name: "planner-availability", objectivePercent: 99.9 }],
      downErrorPercent: 5,
      degradedErrorPercent: 10,
      minimumOutage: "90s",
      window: "30s",
      weeklyMaintenance: [{ day: "sundy" as "sunday", start: "2:00", durationMinutes: 0 }],
      creditTiers: [
        { belowPercent: 99, creditPercent: 25 },
        { belowPercent: 99.9, creditPercent: 10 },
        { belowPercent: 99.9, creditPercent: 150 },
      ],
      dependencyCount: 0,
    }, problems));
    expect(parsed).toBeUndefined();
    expect(problems).toEqual([
      'name "Planner API" is not a slug (it names series and files); use "planner-api"',
      'timeZone "Europe/Berlinn" is not an IANA time zone this platform knows; use e.g. UTC, Europe/Berlin or America/New_York',
      "internal objective planner-availability (99.9%) is not stricter than the SLA's targetPercent 99.9%: the team would learn of a breach from the customer; raise the objective above the target (e.g. 99.95) or lower the target",
      "downtime.degradedErrorPercent 10 is above downErrorPercent 5; degraded is the milder state, give it the lower threshold",
      "downtime measures nothing: name at least one ServiceSlo in downtime.slos or CriticalUserFlow in downtime.flows",
      "creditTiers[1] (below 99.9%) is out of order after creditTiers[0] (below 99%); list the tiers from the highest threshold down, each threshold once, e.g. [{ belowPercent: 99.9, creditPercent: 10 }, { belowPercent: 99, creditPercent: 25 }]",
      "creditTiers[2].creditPercent 150 is out of range; use a percentage above 0 and at most 100, e.g. 10",
      "creditTiers[2] (below 99.9%) overlaps creditTiers[1] (below 99.9%); list the tiers from the highest threshold down, each threshold once, e.g. [{ belowPercent: 99.9, creditPercent: 10 }, { belowPercent: 99, creditPercent: 25 }]",
      'maintenance.weekly[0].day "sundy" is not a weekday; use one of monday, tuesday, wednesday, thursday, friday, saturday, sunday',
      'maintenance.weekly[0].start "2:00" is not a time of day; write it as HH:MM, e.g. 02:00',
      "maintenance.weekly[0].durationMinutes 0 must be a whole number of minutes from 1 to 10079, e.g. 120",
      'downtime.minimumOutage "90s" must be whole minutes from 1m to 1d; downtime is measured per minute',
      'downtime.window "30s" must be from 1m to 1h: each minute\'s error ratio is measured over it',
    ]);
  });

  it("rejects a target out of range, tiers above the target, credits that fall, and dated windows that end first", () => {
    const { problems } = parsing((problems) => parseSla({
      ...valid,
      targetPercent: 100,
      internalObjectives: [],
      creditTiers: [
        { belowPercent: 100.5, creditPercent: 10 },
        { belowPercent: 99, creditPercent: 5 },
      ],
      datedMaintenance: [{ start: "2026-11-15T02:00", end: "2026-11-14T22:00" }, { start: "2026-02-30T00:00", end: "2026-03-01T00:00" }],
    }, problems));
    expect(problems).toEqual([
      "targetPercent: 100 is not a percentage between 0 and 100 (exclusive); use e.g. 99.9",
      "no internal objective: name at least one ServiceSlo stricter than the target in internalObjectives",
      "creditTiers[0].belowPercent 100.5 is out of range; use a percentage above 0 and at most 100, e.g. 99.9",
      "creditTiers[1] credits 5% for a worse month than creditTiers[0] (10%); a lower threshold must owe a larger credit",
      "maintenance.dated[0] ends (2026-11-14T22:00) before it starts (2026-11-15T02:00); give the end after the start",
      'maintenance.dated[1].start "2026-02-30T00:00" is not a local date and time; write it as YYYY-MM-DDTHH:MM, e.g. 2026-11-14T22:00',
    ]);
    expect(parsing((problems) => parseSla({ ...valid, creditTiers: [{ belowPercent: 99.95, creditPercent: 10 }] }, problems)).problems).toEqual([
      "creditTiers[0].belowPercent 99.95 is above targetPercent 99.9: credits would be owed in a month that met the SLA; use at most 99.9",
    ]);
  });
});
