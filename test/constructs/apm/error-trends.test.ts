import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ErrorTracking, OnCallTeam, type ErrorTrackingProps, type MonitoringStack } from "../../../constructs";
import { resources, synthProblems, testApp, testStack } from "../../support/app";

function checkoutTeam(stack: MonitoringStack): OnCallTeam {
  return new OnCallTeam(stack, "checkout-team", { name: "checkout", members: ["alice@example.com"], slackChannel: "#checkout-alerts" });
}

function errorTracking(overrides: Partial<ErrorTrackingProps> = {}): (stack: MonitoringStack) => void {
  return (stack) =>
    new ErrorTracking(stack, "checkout-errors", {
      service: "checkout",
      organization: "acme",
      platform: "node",
      owner: checkoutTeam(stack),
      runbookUrl: "https://runbooks.example.com/checkout/errors",
      integrations: { pagerDutyIntegrationId: "123456", slackWorkspaceId: "234567" },
      ...overrides,
    });
}

function synthesized(declare: (stack: MonitoringStack) => void) {
  const test = testApp();
  declare(testStack(test.app, "production"));
  test.app.synth();
  return { json: test.terraform("production"), files: test.files("production") };
}

function problemsOf(declare: (stack: MonitoringStack) => void): string[] {
  const test = testApp();
  declare(testStack(test.app, "production"));
  return synthProblems(test.app);
}

const weekOverWeek = (alerts: Array<Record<string, unknown>>) => alerts.filter((alert) => alert.comparison_delta !== undefined);

describe("ErrorTracking's error trends", () => {
  it("opens a ticket when errors rise against the same window last week: a Sentry metric alert with a one-week comparison", () => {
    const { json } = synthesized(errorTracking({ errorTrend: { increasePercent: 50, windowMinutes: 1440 } }));
    const [trend] = weekOverWeek(resources(json, "sentry_metric_alert"));
    expect(trend).toMatchObject({
      name: "checkout (production): errors 50% above the same 1440 min last week",
      dataset: "events",
      event_types: ["error"],
      aggregate: "count()",
      query: "",
      environment: "production",
      time_window: 1440,
      comparison_delta: 10080,
      threshold_type: 0,
      // With a comparison, Sentry reads the threshold as the rise in percent.
      trigger: [{ label: "critical", threshold_type: 0, alert_threshold: 50, action: [{ type: "slack", target_identifier: "#checkout-alerts", integration_id: 234567 }] }],
    });
  });

  it("keeps the regression alert on a resolved issue coming back, and the trend can be switched off", () => {
    const { json } = synthesized(errorTracking({ errorTrend: false }));
    expect(weekOverWeek(resources(json, "sentry_metric_alert"))).toEqual([]);
    const regression = resources(json, "sentry_issue_alert").find((alert) => String(alert.name).includes("regression"));
    expect(regression).toMatchObject({ conditions_v2: [{ regression_event: {} }], environment: "production" });
  });

  it("refuses a trend that is not a rise or a window Sentry does not evaluate", () => {
    expect(problemsOf(errorTracking({ errorTrend: { increasePercent: 0, windowMinutes: 45 as 60 } }))).toEqual([
      "production/checkout-errors: errorTrend.increasePercent: 0 is not a rise; use a positive percentage, e.g. 100 for twice last week's errors",
      "production/checkout-errors: errorTrend.windowMinutes: 45 is not a window Sentry evaluates over; use one of 1, 5, 10, 15, 30, 60, 120, 240, 1440",
    ]);
  });
});

describe("ErrorTracking's recordings for the report", () => {
  it("names the Sentry project in Prometheus, and records the service's own error rate when it declares its counter", () => {
    const { files } = synthesized(errorTracking({ errorCounter: "checkout_errors_total" }));
    const file = parse(files.get("prometheus/error-tracking-checkout.rules.yml") as string) as { groups: Array<{ rules: unknown[] }> };
    expect(file.groups[0].rules).toEqual([
      {
        record: "error_tracking:project:info",
        expr: "vector(1)",
        labels: { service: "checkout", env: "production", sentry_organization: "acme", sentry_project: "checkout", sentry_environment: "production" },
      },
      { record: "error_tracking:error_events:rate5m", expr: 'sum(rate(checkout_errors_total{service="checkout"}[5m]))', labels: { service: "checkout", env: "production" } },
    ]);
  });

  it("records only the project without a counter, and refuses a counter that is not a metric name", () => {
    const { files } = synthesized(errorTracking());
    const file = parse(files.get("prometheus/error-tracking-checkout.rules.yml") as string) as { groups: Array<{ rules: Array<{ record: string }> }> };
    expect(file.groups[0].rules.map((rule) => rule.record)).toEqual(["error_tracking:project:info"]);
    expect(problemsOf(errorTracking({ errorCounter: "checkout errors" }))).toEqual([
      'production/checkout-errors: errorCounter: "checkout errors" is not a Prometheus metric name; give the counter\'s name, e.g. "checkout_errors_total"',
    ]);
  });

  it("fails synth when the error counter is not a signal the stack declares", () => {
    const problems = problemsOf(errorTracking({ errorCounter: "undeclared_errors_total" }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("undeclared_errors_total");
    expect(problems[0]).toContain("production/checkout-errors");
  });
});
