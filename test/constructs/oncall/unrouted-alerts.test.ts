import { describe, expect, it } from "vitest";
import { ErrorTracking, OnCallTeam, ServiceSlo, SynthError, type OnCallTeamProps } from "../../../constructs";
import { availabilityProps, testApp, testStack } from "../../support/app";

/** A stack where one team owns an SLO (Prometheus and Datadog alerts) and Sentry error tracking. */
function synth(team: OnCallTeamProps): void {
  const test = testApp();
  const stack = testStack(test.app, "production");
  const owner = new OnCallTeam(stack, "team", team);
  new ServiceSlo(stack, "slo", { ...availabilityProps(), owner, outputs: { grafana: false } });
  new ErrorTracking(stack, "errors", {
    service: "checkout",
    organization: "example-org",
    platform: "node",
    owner,
    runbookUrl: "https://runbooks.example.com/checkout/errors",
    integrations: { pagerDutyIntegrationId: "100001", slackWorkspaceId: "100002" },
  });
  test.app.synth();
}

const team: OnCallTeamProps = { name: "checkout", members: ["ana@example.com"], services: ["checkout"], slackChannel: "#checkout-alerts" };

describe("the check that every alert has a route", () => {
  it("passes when the owner can be paged and has a channel", () => {
    expect(() => synth(team)).not.toThrow();
  });

  it("lists every alert of every construct that loses its route when the team's channel is removed", () => {
    let problems: readonly string[] = [];
    try {
      synth({ ...team, slackChannel: undefined });
    } catch (error) {
      expect(error).toBeInstanceOf(SynthError);
      problems = (error as SynthError).problems;
    }
    const unrouted = "(ticket) has no route: team checkout has no chat channel or email address; give the team one or choose another owner";
    expect(problems).toEqual([
      `production/slo: prometheus alert CheckoutAvailabilityErrorBudgetBurn ${unrouted}`,
      `production/slo: prometheus alert CheckoutAvailabilitySLIMetricsAbsent ${unrouted}`,
      `production/slo: datadog alert CheckoutAvailabilityErrorBudgetBurn ${unrouted}`,
      `production/errors: sentry alert CheckoutNewIssue ${unrouted}`,
      `production/errors: sentry alert CheckoutRegression ${unrouted}`,
      `production/errors: sentry alert CheckoutErrorRate ${unrouted}`,
      `production/errors: sentry alert CheckoutErrorTrend ${unrouted}`,
    ]);
  });

  it("accepts tickets mailed to a team without a channel, except where the vendor cannot mail them (Sentry)", () => {
    let problems: readonly string[] = [];
    try {
      synth({ ...team, slackChannel: undefined, email: "checkout@example.com" });
    } catch (error) {
      problems = (error as SynthError).problems;
    }
    expect(problems).toEqual([
      "production/errors: tickets go to email to checkout@example.com, which Sentry cannot notify; give team checkout a PagerDuty service or a Slack channel",
    ]);
  });

  it("lists the pages that lose their route when the team cannot be paged", () => {
    expect(() => synth({ ...team, members: [] })).toThrow(/prometheus alert CheckoutAvailabilityErrorBudgetBurn \(page\) has no route: team checkout has no PagerDuty service/);
  });
});
