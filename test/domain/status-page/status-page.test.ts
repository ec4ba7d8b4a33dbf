import { describe, expect, it } from "vitest";
import { componentKey, sliMeasure, statusComponentProblems, statusComponentRule } from "../../../src/domain/status-page/component";
import { contrastRatio, relativeLuminance } from "../../../src/domain/status-page/contrast";
import { formatDuration, incidentsFrom, newestFirst } from "../../../src/domain/status-page/incidents";
import { componentState, overallState } from "../../../src/domain/status-page/state";
import { dayLevel, dayWindows, formatUptime, periodUptime, uptimeDays } from "../../../src/domain/status-page/uptime";

const quiet = { pageAlertFiring: false, ticketAlertFiring: false, errorBudget: 0.001 };

describe("a component's state", () => {
  it("is operational within the budget, degraded above it or on a ticket, a partial outage on a page", () => {
    expect(componentState({ ...quiet, errorRatio: 0 })).toBe("operational");
    expect(componentState({ ...quiet, errorRatio: 0.001 })).toBe("operational");
    expect(componentState({ ...quiet, errorRatio: 0.0011 })).toBe("degraded");
    expect(componentState({ ...quiet, ticketAlertFiring: true, errorRatio: 0 })).toBe("degraded");
    expect(componentState({ ...quiet, pageAlertFiring: true, ticketAlertFiring: true, errorRatio: 0.02 })).toBe("partial-outage");
  });

  it("is a major outage from half of the requests failing, whatever the alerts", () => {
    expect(componentState({ ...quiet, errorRatio: 0.4999 })).toBe("degraded");
    expect(componentState({ ...quiet, errorRatio: 0.5 })).toBe("major-outage");
    expect(componentState({ ...quiet, pageAlertFiring: true, errorRatio: 1 })).toBe("major-outage");
  });

  it("is unknown without data unless an alert fires", () => {
    expect(componentState({ ...quiet })).toBe("unknown");
    expect(componentState({ ...quiet, errorRatio: Number.NaN })).toBe("unknown");
    expect(componentState({ ...quiet, pageAlertFiring: true, errorRatio: Number.NaN })).toBe("partial-outage");
  });

  it("makes the page's state the worst known one", () => {
    expect(overallState(["operational", "unknown", "degraded"])).toBe("degraded");
    expect(overallState(["major-outage", "partial-outage"])).toBe("major-outage");
    expect(overallState(["unknown"])).toBe("unknown");
    expect(overallState([])).toBe("unknown");
  });
});

describe("the uptime bars", () => {
  // 2026-11-27T11:30:00Z
  const now = Date.UTC(2026, 10, 27, 11, 30) / 1000;

  it("cover the last days up to today, each evaluated at the day's end in UTC", () => {
    const windows = dayWindows(now, 3);
    expect(windows).toEqual([
      { date: "2026-11-25", end: Date.UTC(2026, 10, 26) / 1000 },
      { date: "2026-11-26", end: Date.UTC(2026, 10, 27) / 1000 },
      { date: "2026-11-27", end: Date.UTC(2026, 10, 28) / 1000 },
    ]);
    expect(dayWindows(now, 90)).toHaveLength(90);
    expect(dayWindows(now, 90)[0].date).toBe("2026-08-30");
  });

  it("mark a day by its error ratio against the budget: good, degraded, outage from ten times, or no data", () => {
    expect(dayLevel(0.001, 0.001)).toBe("good");
    expect(dayLevel(0.00101, 0.001)).toBe("degraded");
    expect(dayLevel(0.00999, 0.001)).toBe("degraded");
    expect(dayLevel(0.01, 0.001)).toBe("outage");
    expect(dayLevel(undefined, 0.001)).toBe("no-data");
    expect(dayLevel(Number.NaN, 0.001)).toBe("no-data");
  });

  it("keep days without data as such and average the others", () => {
    const windows = dayWindows(now, 3);
    const ratios = new Map([
      [windows[0].end, 0.0005],
      [windows[2].end, 0.02],
    ]);
    const days = uptimeDays(windows, ratios, 0.001);
    expect(days).toEqual([
      { date: "2026-11-25", level: "good", uptimePercent: 99.95 },
      { date: "2026-11-26", level: "no-data" },
      { date: "2026-11-27", level: "outage", uptimePercent: 98 },
    ]);
    expect(periodUptime(days)).toBeCloseTo(98.975, 10);
    expect(periodUptime([days[1]])).toBeUndefined();
  });

  it("print an uptime rounded down, so that a bad day never reads 100%", () => {
    expect(formatUptime(99.9567)).toBe("99.95%");
    expect(formatUptime(99.999)).toBe("99.99%");
    expect(formatUptime(100)).toBe("100.00%");
    expect(formatUptime(98)).toBe("98.00%");
    expect(formatUptime(undefined)).toBe("no data");
  });
});

describe("incidents", () => {
  it("are runs of firing samples at most one step apart; the last one ongoing when it fires at the end", () => {
    const incidents = incidentsFrom("Checkout", [600, 0, 120, 60, 3000, 3060, 3120], 60, 3120);
    expect(incidents).toEqual([
      { component: "Checkout", start: 3000 },
      { component: "Checkout", start: 600, end: 600 },
      { component: "Checkout", start: 0, end: 120 },
    ]);
    expect(incidentsFrom("Checkout", [0, 60], 60, 600)).toEqual([{ component: "Checkout", start: 0, end: 60 }]);
    expect(incidentsFrom("Checkout", [], 60, 600)).toEqual([]);
  });

  it("are listed newest first across components", () => {
    const list = newestFirst([
      { component: "Search", start: 10, end: 20 },
      { component: "Checkout", start: 30 },
      { component: "Billing", start: 10, end: 15 },
    ]);
    expect(list.map((incident) => incident.component)).toEqual(["Checkout", "Billing", "Search"]);
  });

  it("last as people say it", () => {
    expect(formatDuration(0)).toBe("1 min");
    expect(formatDuration(45 * 60)).toBe("45 min");
    expect(formatDuration(7200)).toBe("2 h");
    expect(formatDuration(86_400 + 3 * 3600 + 5 * 60)).toBe("1 d 3 h 5 min");
  });
});

describe("public components", () => {
  it("need customer-facing text: not empty, one line, no stray spaces, short", () => {
    expect(statusComponentProblems("statusPage", { component: "Checkout", description: "Paying for an order" })).toEqual([]);
    expect(statusComponentProblems("statusPage", { component: " ", description: "" })).toEqual([
      'statusPage.component: customers read this text on the status page; it must not be empty, e.g. "Checkout"',
      'statusPage.description: customers read this text on the status page; it must not be empty, e.g. "Paying for an order"',
    ]);
    expect(statusComponentProblems("statusPage", { component: " Check  out" })).toEqual([
      'statusPage.component: " Check  out" has leading, trailing or repeated spaces; write it as customers should read it, e.g. "Check out"',
    ]);
    expect(statusComponentProblems("statusPage", { component: "Check\tout" })).toEqual([
      'statusPage.component: "Check\\tout" contains line breaks or control characters; write one line of plain text',
    ]);
    expect(statusComponentProblems("statusPage", { component: "x".repeat(61) })[0]).toMatch(/is 61 characters long; keep it to 60/);
  });

  it("collide when they differ only in case, spaces or punctuation", () => {
    expect(componentKey("Sign-in & Boards")).toBe(componentKey("sign in boards"));
    expect(componentKey("Zahlungen Ü")).toBe("zahlungenü");
  });

  it("are marked by an info recording rule beside the SLO's identity, saying what the uptime counts", () => {
    expect(statusComponentRule({ component: "Checkout", description: "Paying" }, { sloth_id: "checkout-availability" })).toEqual({
      record: "watchkeeper_status_component_info",
      expr: "vector(1)",
      labels: { sloth_id: "checkout-availability", component: "Checkout", description: "Paying", measures: "requests" },
    });
    expect(statusComponentRule({ component: "API" }, {}, '1 - avg(max by (location) (avg_over_time(probe_success{job="x"}[{{.window}}])))').labels).toEqual({ component: "API", measures: "probes" });
  });

  it("count probes when their SLI reads only probe series, requests otherwise", () => {
    expect(sliMeasure(undefined)).toBe("requests");
    expect(sliMeasure("1 - avg(avg_over_time(probe_success[{{.window}}]))")).toBe("probes");
    expect(sliMeasure('1 - avg_over_time(flow:probe_success:max{flow="checkout-api"}[{{.window}}])')).toBe("probes");
    expect(sliMeasure("sum(rate(errors_total[{{.window}}])) / sum(rate(requests_total[{{.window}}]))")).toBe("requests");
    expect(sliMeasure("1 - avg(avg_over_time(probe_success[{{.window}}])) * on () group_left avg(up)")).toBe("requests");
    expect(sliMeasure("not promql (")).toBe("requests");
  });
});

describe("contrast", () => {
  it("follows WCAG 2: black on white is 21, a colour on itself 1", () => {
    expect(relativeLuminance("#ffffff")).toBe(1);
    expect(relativeLuminance("#000000")).toBe(0);
    expect(contrastRatio("#000000", "#ffffff")).toBe(21);
    expect(contrastRatio("#ffffff", "#000000")).toBe(21);
    expect(contrastRatio("#777777", "#777777")).toBe(1);
    // WebAIM's checker: #767676 on white is 4.54:1.
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
    expect(() => relativeLuminance("red")).toThrow('"red" is not a #rrggbb colour');
  });
});
