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

  it("reports every problem of the terms against each other at once, each with its fix", () => {
    const { parsed, problems } = parsing((problems) => parseSla({
      ...valid,
      internalObjectives: [{ name: "planner-availability", objectivePercent: 99.9 }],
      downErrorPercent: 5,
      degradedErrorPercent: 10,
      creditTiers: [
        { belowPercent: 99, creditPercent: 25 },
        { belowPercent: 99.9, creditPercent: 10 },
        { belowPercent: 99.9, creditPercent: 50 },
      ],
      dependencyCount: 0,
    }, problems));
    expect(parsed).toBeUndefined();
    expect(problems).toEqual([
      "internal objective planner-availability (99.9%) is not stricter than the SLA's targetPercent 99.9%: the team would learn of a breach from the customer; raise the objective above the target (e.g. 99.95) or lower the target",
      "downtime.degradedErrorPercent 10 is above downErrorPercent 5; degraded is the milder state, give it the lower threshold",
      "downtime measures nothing: name at least one ServiceSlo in downtime.slos or CriticalUserFlow in downtime.flows",
      "creditTiers[1] (below 99.9%) is out of order after creditTiers[0] (below 99%); list the tiers from the highest threshold down, each threshold once, e.g. [{ belowPercent: 99.9, creditPercent: 10 }, { belowPercent: 99, creditPercent: 25 }]",
      "creditTiers[2] (below 99.9%) overlaps creditTiers[1] (below 99.9%); list the tiers from the highest threshold down, each threshold once, e.g. [{ belowPercent: 99.9, creditPercent: 10 }, { belowPercent: 99, creditPercent: 25 }]",
    ]);
  });

  it("rejects no internal objective, tiers above the target, credits that fall, and dated windows that end first", () => {
    const { problems } = parsing((problems) => parseSla({
      ...valid,
      internalObjectives: [],
      creditTiers: [
        { belowPercent: 99.9, creditPercent: 10 },
        { belowPercent: 99, creditPercent: 5 },
      ],
      datedMaintenance: [{ start: "2026-11-15T02:00", end: "2026-11-14T22:00" }],
    }, problems));
    expect(problems).toEqual([
      "no internal objective: name at least one ServiceSlo stricter than the target in internalObjectives",
      "creditTiers[1] credits 5% for a worse month than creditTiers[0] (10%); a lower threshold must owe a larger credit",
      "maintenance.dated[0] ends (2026-11-14T22:00) before it starts (2026-11-15T02:00); give the end after the start",
    ]);
    expect(parsing((problems) => parseSla({ ...valid, creditTiers: [{ belowPercent: 99.95, creditPercent: 10 }] }, problems)).problems).toEqual([
      "creditTiers[0].belowPercent 99.95 is above targetPercent 99.9: credits would be owed in a month that met the SLA; use at most 99.9",
    ]);
  });
});
