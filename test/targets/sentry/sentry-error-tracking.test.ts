import { Token } from "cdktf";
import { Construct } from "constructs";
import { describe, expect, it } from "vitest";
import { MonitoringStack } from "../../../constructs";
import type { ErrorTrackingSpec } from "../../../src/domain/apm/error-tracking";
import type { SeverityReceivers } from "../../../src/domain/routing/routing";
import { sentryOutputNames, writeSentryErrorTracking } from "../../../src/targets/sentry/sentry-error-tracking";
import { sentryRouteProblems, type SentryOwner } from "../../../src/targets/sentry/sentry-routes";
import { resources, testApp, type TerraformJson } from "../../support/app";

const PAGERDUTY_AND_SLACK: SeverityReceivers = {
  page: [{ kind: "pagerduty", service: "checkout on-call" }],
  ticket: [{ kind: "slack", channel: "#checkout-alerts" }],
};

function owner(receivers: SeverityReceivers = PAGERDUTY_AND_SLACK): SentryOwner {
  return { teamName: "checkout", receivers, pagerDutyServicesInStack: [] };
}

function spec(overrides: Partial<ErrorTrackingSpec> = {}): ErrorTrackingSpec {
  return {
    service: "checkout",
    organization: "acme",
    platform: "node",
    projectSlug: "checkout",
    environment: "production",
    traceSampleRatio: 0.1,
    fingerprintingRules: [],
    groupingEnhancements: [],
    errorSpike: { events: 100, interval: "1h" },
    errorRate: { measure: "failure-rate", critical: 1, warning: 0.5, windowMinutes: 15 },
    runbookUrl: "https://runbooks.example.com/checkout/errors",
    integrations: { pagerDutyIntegrationId: "123456", slackWorkspaceId: "234567" },
    ...overrides,
  };
}

/** Writes a spec through the target into a stack, with no ErrorTracking construct, and synthesizes it. */
function written(errorTracking: ErrorTrackingSpec, sentryOwner: SentryOwner = owner()): TerraformJson {
  const test = testApp();
  const stack = new MonitoringStack(test.app, "production", { vendorNameSuffix: " (prod)" });
  writeSentryErrorTracking(stack.targetScope(new Construct(stack, "errors")), errorTracking, sentryOwner);
  test.app.synth();
  return test.terraform("production");
}

describe("sentryRouteProblems", () => {
  it("finds none when the owner's receivers are PagerDuty and Slack and both integrations are given", () => {
    expect(sentryRouteProblems(spec(), owner())).toEqual([]);
  });

  it("names a receiver Sentry cannot notify, once per severity", () => {
    const receivers: SeverityReceivers = {
      page: [{ kind: "webhook", name: "pager" }],
      ticket: [{ kind: "email", address: "checkout@example.com" }, { kind: "webhook", name: "tracker" }],
    };
    expect(sentryRouteProblems(spec(), owner(receivers))).toEqual([
      "tickets go to email to checkout@example.com and webhook tracker, which Sentry cannot notify; give team checkout a PagerDuty service or a Slack channel",
      "pages go to webhook pager, which Sentry cannot notify; give team checkout a PagerDuty service or a Slack channel",
    ]);
  });

  it("checks only the severities the spec alerts with: no page alert, no page receiver needed", () => {
    const receivers: SeverityReceivers = { ...PAGERDUTY_AND_SLACK, page: [{ kind: "webhook", name: "pager" }] };
    expect(sentryRouteProblems(spec({ errorSpike: undefined, errorRate: undefined }), owner(receivers))).toEqual([]);
  });

  it("asks for a missing integration id and refuses one that is not a number, but accepts a Terraform reference", () => {
    expect(sentryRouteProblems(spec({ integrations: { slackWorkspaceId: "acme-slack" } }), owner())).toEqual([
      'integrations.slackWorkspaceId: "acme-slack" is not an integration id; use the number from the integration\'s settings URL',
      "pages go to PagerDuty service checkout on-call through Sentry's PagerDuty integration; set integrations.pagerDutyIntegrationId to the integration's id (the number in https://<org>.sentry.io/settings/integrations/…/<id>/)",
    ]);
    const reference = Token.asString({ Ref: "var.slack" });
    expect(sentryRouteProblems(spec({ integrations: { pagerDutyIntegrationId: "1", slackWorkspaceId: reference } }), owner())).toEqual([]);
  });
});

describe("writeSentryErrorTracking", () => {
  const json = written(spec());

  it("names the owner's team and the project in the vendor account with the stack's suffix", () => {
    expect(resources(json, "sentry_team")).toEqual([{ provider: "sentry", organization: "acme", name: "checkout (prod)", slug: "checkout-prod" }]);
    expect(resources(json, "sentry_project")[0]).toMatchObject({ name: "checkout (prod)", slug: "checkout", platform: "node" });
  });

  it("writes grouping rules one per line, and leaves Sentry's built-in grouping alone when there are none", () => {
    const [project] = resources(json, "sentry_project");
    expect(project).not.toHaveProperty("fingerprinting_rules");
    expect(project).not.toHaveProperty("grouping_enhancements");
    const rules = { fingerprintingRules: ["# outages", "error.type:DatabaseUnavailable -> database-unavailable"], groupingEnhancements: ["stack.module:acme.* +app"] };
    expect(resources(written(spec(rules)), "sentry_project")[0]).toMatchObject({
      fingerprinting_rules: "# outages\nerror.type:DatabaseUnavailable -> database-unavailable",
      grouping_enhancements: "stack.module:acme.* +app",
    });
  });

  it("makes the owner's Sentry team the owner of every alert rule", () => {
    const alerts = [...resources(json, "sentry_issue_alert"), ...resources(json, "sentry_metric_alert")];
    expect(alerts).toHaveLength(4);
    for (const alert of alerts) {
      expect(alert.owner).toMatch(/^team:\$\{sentry_team\.shared_sentry-team-acme-checkout-prod\.internal_id\}$/);
    }
  });

  it("links the runbook from Slack messages, and sends none without a runbook", () => {
    const slackNotes = (terraform: TerraformJson) =>
      resources(terraform, "sentry_issue_alert").flatMap((alert) =>
        (alert.actions_v2 as Array<{ slack_notify_service?: { notes?: string } }>).flatMap((action) => action.slack_notify_service ?? []),
      ).map((slack) => slack.notes);
    expect(slackNotes(json)).toEqual(["<https://runbooks.example.com/checkout/errors|Runbook>", "<https://runbooks.example.com/checkout/errors|Runbook>"]);
    expect(slackNotes(written(spec({ runbookUrl: undefined })))).toEqual([undefined, undefined]);
  });

  it("publishes the SDK settings under the names sentryOutputNames gives", () => {
    const names = sentryOutputNames(spec({ projectSlug: "checkout-api", release: "checkout@2.0.0" }));
    expect(names).toEqual({
      dsn: "sentry_checkout_api_dsn",
      environment: "sentry_checkout_api_environment",
      release: "sentry_checkout_api_release",
      traceSampleRatio: "sentry_checkout_api_traces_sample_rate",
    });
    const output = (json as unknown as { output: Record<string, unknown> }).output;
    expect(Object.keys(output).sort()).toEqual(["sentry_checkout_dsn", "sentry_checkout_environment", "sentry_checkout_traces_sample_rate"]);
  });
});
