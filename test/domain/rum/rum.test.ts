import { describe, expect, it } from "vitest";
import { Duration } from "../../../src/domain/duration";
import { parseRum } from "../../../src/domain/rum/parse-rum";
import { journeySteps, rumAlerts } from "../../../src/domain/rum/rum-application";
import { parseVitalThresholds, rumNanoseconds, vitalBoundProblem } from "../../../src/domain/rum/vitals";
import { parsing } from "../../support/problems";

describe("RUM durations", () => {
  it("are nanoseconds: the one conversion from a Duration", () => {
    expect(rumNanoseconds(Duration.parse("2500ms"))).toBe(2_500_000_000);
    expect(rumNanoseconds(Duration.parse("4s"))).toBe(4_000_000_000);
    expect(rumNanoseconds(Duration.parse("200ms"))).toBe(200_000_000);
    expect(rumNanoseconds(Duration.parse("1ms"))).toBe(1_000_000);
  });
});

describe("Core Web Vitals thresholds", () => {
  it("default to Google's: LCP 2.5 s / 4 s, INP 200 ms / 500 ms, CLS 0.1 / 0.25, in RUM's units", () => {
    const { parsed } = parsing((problems) => parseRum({ name: "web" }, problems));
    expect(parsed?.vitals.map(({ vital, good, poor }) => ({ vital, good, poor }))).toEqual([
      { vital: "lcp", good: 2_500_000_000, poor: 4_000_000_000 },
      { vital: "inp", good: 200_000_000, poor: 500_000_000 },
      { vital: "cls", good: 0.1, poor: 0.25 },
    ]);
  });

  it("reject a time vital without a unit, a unit on CLS and a bound of minutes, each on its own", () => {
    expect(vitalBoundProblem("lcp", "good", 2500)).toBe('2500 has no unit (RUM measures durations in nanoseconds, so a bare number is ambiguous); write a duration with its unit, e.g. "2500ms"');
    expect(vitalBoundProblem("inp", "poor", "half a second")).toBe('"half a second" is not a duration; write it like 30d, 6h, 1h30m or 500ms');
    expect(vitalBoundProblem("lcp", "poor", "2m")).toBe('"2m" is longer than 1m, the longest this prop takes; use 1m or less');
    expect(vitalBoundProblem("cls", "good", "0.1s")).toBe('"0.1s" is not a layout-shift score; CLS has no unit, write a number like 0.1');
    expect(vitalBoundProblem("cls", "poor", -0.25)).toBe("-0.25 is not a layout-shift score; CLS has no unit, write a number like 0.25");
    expect([vitalBoundProblem("lcp", "good", "2500ms"), vitalBoundProblem("cls", "poor", 0.25)]).toEqual([undefined, undefined]);
  });

  it("reject bounds out of order", () => {
    expect(parseVitalThresholds("lcp", { good: "5s" }).problems).toEqual([
      'vitals.lcp: good (5s) must be below poor (4s); between them is "needs improvement"',
    ]);
  });
});

describe("RUM applications", () => {
  it("keep every session with an error (and a crash on mobile) and sample the rest", () => {
    expect(parsing((problems) => parseRum({ name: "web", sessionSamplePercent: 10 }, problems)).parsed?.sampling).toEqual({ sampleRatePercent: 10, keepAll: ["error"] });
    expect(parsing((problems) => parseRum({ name: "app", type: "ios" }, problems)).parsed?.sampling).toEqual({ sampleRatePercent: 20, keepAll: ["error", "crash"] });
  });

  it("give mobile applications crash-free sessions and no web vitals", () => {
    const { parsed } = parsing((problems) => parseRum({ name: "app", type: "flutter" }, problems));
    expect(parsed?.vitals).toEqual([]);
    expect(parsed?.crashFreeSessions).toEqual({ warning: 99.5, alert: 99 });
    expect(parsing((problems) => parseRum({ name: "app", type: "android", vitals: { lcp: { good: "2s" } } }, problems)).problems).toEqual([
      'vitals: Core Web Vitals are measured in browsers, not in a android application; remove vitals or set type: "browser"',
    ]);
  });

  it("turn a journey into step conversions, each with its own alert", () => {
    const { parsed } = parsing((problems) => parseRum({ name: "web", severity: "page", journeys: [{ name: "Share a plan", steps: ["/login", "/plans/new", "/plans/share"] }] }, problems));
    const journey = parsed!.journeys[0];
    expect(journey).toMatchObject({ id: "share-a-plan", dropPercent: 20 });
    expect(journey.window.toString()).toBe("1h");
    expect(journeySteps(journey)).toEqual([
      { from: "/login", to: "/plans/new", index: 1 },
      { from: "/plans/new", to: "/plans/share", index: 2 },
    ]);
    expect(rumAlerts({ ...parsed!, alertName: "PlannerWeb" })).toEqual([
      { name: "PlannerWebLcpPoor", severities: ["ticket", "page"] },
      { name: "PlannerWebInpPoor", severities: ["ticket", "page"] },
      { name: "PlannerWebClsPoor", severities: ["ticket", "page"] },
      { name: "PlannerWebErrorSessions", severities: ["ticket", "page"] },
      { name: "PlannerWebShareAPlanStep1ConversionDrop", severities: ["page"] },
      { name: "PlannerWebShareAPlanStep2ConversionDrop", severities: ["page"] },
    ]);
  });

  it("report every setting that contradicts another at once", () => {
    const { problems } = parsing((problems) => parseRum({
      name: "web",
      type: "ios",
      vitals: { lcp: { good: "2s" } },
      errorSessionsPercent: { warning: 10, alert: 5 },
      crashFreeSessionsPercent: { warning: 98, alert: 99 },
      journeys: [{ name: "a", steps: ["/a", "/b"] }, { name: "A", steps: ["/a", "/b"] }],
      satisfaction: { atLeast: 6 },
    }, problems));
    expect(problems).toEqual([
      'vitals: Core Web Vitals are measured in browsers, not in a ios application; remove vitals or set type: "browser"',
      'journeys[1].name: "A" is already a journey of this application; give each journey its own name',
      "errorSessionsPercent: the warning (10) must come before the alert (5): below it",
      "crashFreeSessionsPercent: the warning (98) must come before the alert (99): above it",
      "satisfaction.atLeast: 6 is not a score out of 5; use a number above 0 and at most 5, e.g. 4.5",
    ]);
  });
});
