import { describe, expect, it } from "vitest";
import { MonitoringStack, OnCallTeam, ServiceSlo } from "../../constructs";
import { availabilityProps, synthProblems, team, testApp, testStack } from "../support/app";

/** The problems synth reports for an app; fails the test when synth succeeds. */
function problemsOf(declare: (stack: MonitoringStack) => void): string[] {
  const test = testApp();
  declare(testStack(test.app, "production"));
  return synthProblems(test.app);
}

describe("bad input", () => {
  it("reports every problem at once, each with the construct path and the fix", () => {
    const problems = problemsOf((stack) => {
      const owner = team(stack);
      new ServiceSlo(stack, "too-strict", { ...availabilityProps({ name: "a" }), owner, objective: 100 });
      new ServiceSlo(stack, "negative", { ...availabilityProps({ name: "b" }), owner, objective: -1 });
      new ServiceSlo(stack, "bad-period", { ...availabilityProps({ name: "c" }), owner, period: "a month" });
      new ServiceSlo(stack, "long-window", {
        ...availabilityProps({ name: "d" }),
        owner,
        period: "7d",
        outputs: { datadog: false },
        burnRateWindows: [{ severity: "page", budgetConsumedPercent: 2, long: "10d", short: "1h" }],
      });
      new ServiceSlo(stack, "bad-selector", {
        ...availabilityProps({ name: "e" }),
        owner,
        sli: { events: { errors: 'http_requests_total{code=~"5.."', total: "http_requests_total" } },
      });
      new ServiceSlo(stack, "no-errors", { ...availabilityProps({ name: "f" }), owner, sli: { events: { total: "http_requests_total" } } });
      new ServiceSlo(stack, "datadog-28d", { ...availabilityProps({ name: "g" }), owner, period: "28d" });
    });
    expect(problems).toEqual([
      "production/too-strict: objective: 100 is not a percentage above 0 and below 100; e.g. 99.9 for 99.9%",
      "production/negative: objective: -1 is not a percentage above 0 and below 100; e.g. 99.9 for 99.9%",
      'production/bad-period: period: "a month" is not a duration; write it like 30d, 6h, 1h30m or 500ms',
      "production/long-window: burnRateWindows[0].long: 10d is longer than the period 7d; use a window within the period",
      expect.stringMatching(
        /^production\/bad-selector: sli\.events\.errors: "http_requests_total\{code=~"5\.\."" is not valid PromQL \(syntax error at column \d+.*\); write a selector like/,
      ),
      "production/no-errors: sli.events: give either errors or good (the failed or the successful events), not both or neither",
      "production/datadog-28d: Datadog measures SLOs over 7d, 30d, 90d only, not 28d; use one of those periods or set outputs.datadog to false",
    ]);
  });

  it("rejects duplicate SLO names in a stack, naming both declarations", () => {
    const problems = problemsOf((stack) => {
      const owner = team(stack);
      new ServiceSlo(stack, "first", { ...availabilityProps(), owner });
      new ServiceSlo(stack, "second", { ...availabilityProps(), owner });
    });
    expect(problems).toEqual([
      "production: SLO checkout-availability is declared 2 times (production/first, production/second); names must be unique in a stack",
    ]);
  });

  it("rejects a page alert with no owner, no route or no runbook", () => {
    const problems = problemsOf((stack) => {
      const chatOnly = new OnCallTeam(stack, "chat-only", { name: "chat-only", slackChannel: "#chat-only" });
      new ServiceSlo(stack, "unowned", { ...availabilityProps({ name: "a" }), outputs: { datadog: false } });
      new ServiceSlo(stack, "unpageable", { ...availabilityProps({ name: "b" }), owner: chatOnly, outputs: { datadog: false } });
      new ServiceSlo(stack, "no-runbook", { ...availabilityProps({ name: "c" }), owner: team(stack), runbookUrl: undefined, outputs: { datadog: false } });
    });
    expect(problems).toEqual([
      "production/unpageable: prometheus alert CheckoutBErrorBudgetBurn (page) has no route: team chat-only has no PagerDuty service; give the team one or choose another owner",
      "production/no-runbook: prometheus alert CheckoutCErrorBudgetBurn (page) has no runbook; set runbookUrl so that whoever is paged knows what to do",
      "production/unowned: owner: no team receives the alerts; set owner, or defaultOwner on the stack",
    ]);
  });

  it("rejects an SLI Datadog cannot express, and a query SLI without Datadog queries", () => {
    const problems = problemsOf((stack) => {
      const owner = team(stack);
      new ServiceSlo(stack, "class", {
        ...availabilityProps({ name: "a" }),
        owner,
        sli: { events: { errors: 'http_requests_total{code=~"[45].."}', total: "http_requests_total" } },
      });
      new ServiceSlo(stack, "query", {
        ...availabilityProps({ name: "b" }),
        owner,
        sli: { query: { errorRatio: "1 - avg_over_time(probe_success[{{.window}}])" } },
      });
    });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^production\/class: Datadog: code=~"\[45\]\.\." cannot be written as a Datadog tag filter/);
    expect(problems[1]).toMatch(/^production\/query: Datadog: a PromQL query SLI has no Datadog translation; give the Datadog queries explicitly \(datadogQuery\), or set outputs.datadog to false$/);
  });
});
