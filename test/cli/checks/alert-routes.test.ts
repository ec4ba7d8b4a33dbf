import { describe, expect, it } from "vitest";
import { receiversInOutput, routeLabelNames, routeProbes, unroutedReason, type AlertLabels } from "../../../src/cli/checks/alert-routes";

describe("routeLabelNames", () => {
  it("collects the label names of matchers, match and match_re through the whole tree, sorted", () => {
    const tree = {
      receiver: "default",
      routes: [
        { receiver: "t", matchers: ['team="planner"'], routes: [{ receiver: "p", matchers: ['severity=~"page|critical"', "{env!=\"dev\", region=~\"eu.*\"}"] }] },
        { receiver: "s", match: { service: "search" }, match_re: { slo: "avail.*" } },
      ],
    };
    expect(routeLabelNames(tree)).toEqual(["env", "region", "service", "severity", "slo", "team"]);
  });

  it("finds none in a tree of only a root", () => {
    expect(routeLabelNames({ receiver: "default" })).toEqual([]);
  });
});

describe("routeProbes", () => {
  it("groups alerts by the values of the routed labels only, alertname included when routed on", () => {
    const alerts: AlertLabels[] = [
      { alert: "A", labels: { team: "planner", severity: "page", slo: "availability" } },
      { alert: "B", labels: { team: "planner", severity: "page", slo: "latency" } },
      { alert: "C", labels: { team: "planner", severity: "ticket" } },
      { alert: "D", labels: { severity: "page" } },
    ];
    expect(routeProbes(alerts, ["severity", "team"])).toEqual([
      { matchers: ['severity="page"', 'team="planner"'], alerts: ["A", "B"] },
      { matchers: ['severity="ticket"', 'team="planner"'], alerts: ["C"] },
      { matchers: ['severity="page"'], alerts: ["D"] },
    ]);
    expect(routeProbes(alerts.slice(0, 2), ["alertname", "team"]).map((probe) => probe.matchers)).toEqual([
      ['alertname="A"', 'team="planner"'],
      ['alertname="B"', 'team="planner"'],
    ]);
  });
});

describe("unroutedReason", () => {
  const probe = { matchers: ['team="nobody"'], alerts: ["A"] };

  it("passes an alert that a route of its own sends somewhere, even with the fallback among its receivers", () => {
    expect(unroutedReason(probe, ["planner-page"], "default")).toBeUndefined();
    expect(unroutedReason(probe, ["default", "audit"], "default")).toBeUndefined();
  });

  it("fails alerts that only the root's fallback receiver catches, or that reach nothing", () => {
    expect(unroutedReason(probe, ["default"], "default")).toBe('A (team="nobody") reaches only the fallback receiver "default": no route matches it');
    expect(unroutedReason({ matchers: [], alerts: ["A", "B"] }, [], "default")).toBe("A, B (no routing label) reach no receiver");
  });
});

it("receiversInOutput reads amtool's last line, its warnings aside", () => {
  expect(receiversInOutput("Warning: --config.file flag overrides the --alertmanager.url.\nplanner-page,audit\n")).toEqual(["planner-page", "audit"]);
  expect(receiversInOutput("")).toEqual([]);
});
