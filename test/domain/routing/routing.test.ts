import { describe, expect, it } from "vitest";
import { alertRoutingProblems, teamReceivers, type AlertOwner, type RoutedAlert, type TeamContacts } from "../../../src/domain/routing/routing";

/** An owner whose receivers derive from its contacts, as an OnCallTeam's do. */
function owner(contacts: TeamContacts): AlertOwner {
  return { teamName: contacts.team, receivers: (severity, service) => teamReceivers(contacts, severity, service) };
}

const paymentsServices = [{ name: "payments", vendorName: "Payments" }, { name: "refunds", vendorName: "Refunds" }];
const payments = owner({ team: "payments", pagerDutyServices: paymentsServices, slackChannel: "#payments" });
const chatOnly = owner({ team: "web", pagerDutyServices: [], slackChannel: "#web" });
const pagerOnly = owner({ team: "core", pagerDutyServices: [{ name: "core", vendorName: "Core" }] });
const mailOnly = owner({ team: "billing", pagerDutyServices: [], email: "billing@example.com" });

describe("teamReceivers", () => {
  it("pages the PagerDuty service of the alert's service, else the team's first", () => {
    expect(payments.receivers("page", "refunds")).toEqual([{ kind: "pagerduty", service: "Refunds" }]);
    expect(payments.receivers("page", "checkout")).toEqual([{ kind: "pagerduty", service: "Payments" }]);
    expect(payments.receivers("page")).toEqual([{ kind: "pagerduty", service: "Payments" }]);
    expect(chatOnly.receivers("page")).toEqual([]);
  });

  it("sends a ticket to the team's Slack channel and its address, each that it has", () => {
    const both = owner({ team: "shop", pagerDutyServices: [], slackChannel: "#shop", email: "shop@example.com" });
    expect(both.receivers("ticket")).toEqual([{ kind: "slack", channel: "#shop" }, { kind: "email", address: "shop@example.com" }]);
    expect(mailOnly.receivers("ticket")).toEqual([{ kind: "email", address: "billing@example.com" }]);
    expect(pagerOnly.receivers("ticket")).toEqual([]);
  });
});

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

  it("accepts a ticket of a team that has an address but no chat channel", () => {
    expect(alertRoutingProblems([{ ...base, severity: "ticket", owner: mailOnly }])).toEqual([]);
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
    expect(problems[0]).toContain("team core has no chat channel or email address; give the team one or choose another owner");
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
