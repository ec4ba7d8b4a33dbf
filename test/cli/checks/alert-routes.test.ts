import { describe, expect, it } from "vitest";
import { receiversInOutput, routeConditions, routeProbes, unroutedReason, type AlertLabels } from "../../../src/cli/checks/alert-routes";

describe("routeConditions", () => {
  const tree = {
    receiver: "default",
    routes: [
      { receiver: "t", matchers: ['team="planner"'], routes: [{ receiver: "p", matchers: ['severity=~"page|critical"', '{env!="dev", region=~"eu.*"}'] }] },
      { receiver: "s", match: { service: "search" }, match_re: { slo: "avail.*" } },
      { receiver: "n", matchers: ['"slo" !~ "lat.*"', 'shard=~"(?P<n>a)"'] },
    ],
  };
  const conditions = routeConditions(tree);
  const answers = (name: string, value: string) => conditions.get(name)?.map((test) => test(value));

  it("collects the labels of matchers, match and match_re through the whole tree", () => {
    expect([...conditions.keys()].sort()).toEqual(["env", "region", "service", "severity", "shard", "slo", "team"]);
  });

  it("answers for a value as Alertmanager's matchers do: equality, and regular expressions anchored", () => {
    expect(answers("severity", "critical")).toEqual([true]);
    expect(answers("severity", "page-ish")).toEqual([false]);
    expect(answers("env", "dev")).toEqual([false]);
    expect(answers("region", "eu-west-1")).toEqual([true]);
    expect(answers("slo", "availability")).toEqual([true, true]);
    expect(answers("slo", "latency")).toEqual([false, false]);
  });

  it("has no tests for a label with a matcher it cannot read", () => {
    expect(conditions.has("shard")).toBe(true);
    expect(conditions.get("shard")).toBeUndefined();
  });
});

describe("routeProbes", () => {
  const tree = {
    receiver: "default",
    routes: [
      { receiver: "heartbeat", matchers: ['alertname="Watchdog"'] },
      { receiver: "t", matchers: ['team="planner"'], routes: [{ receiver: "p", matchers: ['severity=~"page|critical"'] }] },
      { receiver: "x", matchers: ['shard=~"(?P<n>a)"'] },
    ],
  };

  it("asks once for the alerts every matcher of the tree answers alike for, naming only the labels they share", () => {
    const alerts: AlertLabels[] = [
      { alert: "A", labels: { team: "planner", severity: "page", slo: "availability" } },
      { alert: "B", labels: { team: "planner", severity: "critical", slo: "latency" } },
      { alert: "C", labels: { team: "planner", severity: "ticket" } },
      { alert: "Watchdog", labels: { team: "planner", severity: "page" } },
      { alert: "D", labels: { severity: "page" } },
    ];
    expect(routeProbes(alerts, routeConditions(tree))).toEqual([
      { matchers: ['alertname="A"', 'severity="page"', 'team="planner"'], common: ['team="planner"'], alerts: ["A", "B"] },
      { matchers: ['alertname="C"', 'severity="ticket"', 'team="planner"'], common: ['alertname="C"', 'severity="ticket"', 'team="planner"'], alerts: ["C"] },
      { matchers: ['alertname="Watchdog"', 'severity="page"', 'team="planner"'], common: ['alertname="Watchdog"', 'severity="page"', 'team="planner"'], alerts: ["Watchdog"] },
      { matchers: ['alertname="D"', 'severity="page"'], common: ['alertname="D"', 'severity="page"'], alerts: ["D"] },
    ]);
  });

  it("tells apart the values of a label it cannot read the matchers of, and a missing label from any value", () => {
    const alerts: AlertLabels[] = [
      { alert: "A", labels: { team: "planner", shard: "a" } },
      { alert: "B", labels: { team: "planner", shard: "b" } },
      { alert: "C", labels: { team: "planner", shard: "a" } },
      { alert: "D", labels: { team: "planner", shard: "" } },
      { alert: "E", labels: { team: "planner" } },
    ];
    expect(routeProbes(alerts, routeConditions(tree)).map((probe) => probe.alerts)).toEqual([["A", "C"], ["B"], ["D"], ["E"]]);
  });
});

describe("unroutedReason", () => {
  const probe = { matchers: ['team="nobody"'], common: ['team="nobody"'], alerts: ["A"] };

  it("passes an alert that a route of its own sends somewhere, even with the fallback among its receivers", () => {
    expect(unroutedReason(probe, ["planner-page"], "default")).toBeUndefined();
    expect(unroutedReason(probe, ["default", "audit"], "default")).toBeUndefined();
  });

  it("fails alerts that only the root's fallback receiver catches, or that reach nothing", () => {
    expect(unroutedReason(probe, ["default"], "default")).toBe('A (team="nobody") reaches only the fallback receiver "default": no route matches it');
    expect(unroutedReason({ matchers: ['alertname="A"'], common: [], alerts: ["A", "B"] }, [], "default")).toBe("A, B (no routing label) reach no receiver");
  });
});

it("receiversInOutput reads amtool's last line, its warnings aside", () => {
  expect(receiversInOutput("Warning: --config.file flag overrides the --alertmanager.url.\nplanner-page,audit\n")).toEqual(["planner-page", "audit"]);
  expect(receiversInOutput("")).toEqual([]);
});
