import { describe, expect, it } from "vitest";
import { alertRoutingProblems, type AlertOwner, type RoutedAlert } from "../../src/domain/routing";
import type { AlertSeverity } from "../../src/domain/slo-math";

function owner(teamName: string, receivers: Partial<Record<AlertSeverity, string>>): AlertOwner {
  return {
    teamName,
    receiverFor: (severity) => receivers[severity],
    notificationHandles: (severity) => (receivers[severity] === undefined ? [] : [`@${receivers[severity]}`]),
  };
}

const payments = owner("payments", { page: "pagerduty:Payments", ticket: "slack:#payments" });
const chatOnly = owner("web", { ticket: "slack:#web" });
const pagerOnly = owner("core", { page: "pagerduty:Core" });

const base: RoutedAlert = {
  name: "CheckoutAvailabilityErrorBudgetBurn",
  severity: "page",
  path: "shop/checkout/availability",
  system: "prometheus",
  owner: payments,
  runbookUrl: "https://runbooks.example.com/checkout",
};

describe("alertRoutingProblems", () => {
  it("accepts a routed page with a runbook and a routed ticket without one", () => {
    expect(
      alertRoutingProblems([base, { ...base, severity: "ticket", runbookUrl: undefined }, { ...base, severity: "ticket", owner: chatOnly }]),
    ).toEqual([]);
  });

  it("reports an alert without an owner", () => {
    expect(alertRoutingProblems([{ ...base, owner: undefined }])).toEqual([
      "shop/checkout/availability: prometheus alert CheckoutAvailabilityErrorBudgetBurn (page) has no owner; set owner, or defaultOwner on the stack",
    ]);
  });

  it("reports a page whose owner has no PagerDuty service", () => {
    expect(alertRoutingProblems([{ ...base, owner: chatOnly, system: "datadog" }])).toEqual([
      "shop/checkout/availability: datadog alert CheckoutAvailabilityErrorBudgetBurn (page) has no route: team web has no " +
        "PagerDuty service; give the team one or choose another owner",
    ]);
  });

  it("reports a ticket whose owner has no chat channel", () => {
    const problems = alertRoutingProblems([{ ...base, severity: "ticket", owner: pagerOnly, path: "shop/core/latency" }]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^shop\/core\/latency: prometheus alert CheckoutAvailabilityErrorBudgetBurn \(ticket\) has no route: /);
    expect(problems[0]).toContain("team core has no chat channel; give the team one or choose another owner");
  });

  it("reports a page without a runbook, an empty string included", () => {
    const expected =
      "shop/checkout/availability: prometheus alert CheckoutAvailabilityErrorBudgetBurn (page) has no runbook; " +
      "set runbookUrl so that whoever is paged knows what to do";
    expect(alertRoutingProblems([{ ...base, runbookUrl: undefined }])).toEqual([expected]);
    expect(alertRoutingProblems([{ ...base, runbookUrl: "" }])).toEqual([expected]);
  });

  it("reports one problem per alert, owner first, in the order of the alerts", () => {
    const problems = alertRoutingProblems([
      { ...base, path: "a", owner: undefined, runbookUrl: undefined },
      { ...base, path: "b" },
      { ...base, path: "c", owner: chatOnly, runbookUrl: "" },
    ]);
    expect(problems.map((problem) => problem.split(":")[0])).toEqual(["a", "c"]);
    expect(problems[0]).toContain("has no owner");
    expect(problems[1]).toContain("has no route");
  });
});
