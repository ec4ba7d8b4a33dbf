import { describe, expect, it } from "vitest";
import { ErrorTracking, MonitoringStack, OnCallTeam, type AlertOwner, type ErrorTrackingProps } from "../../../constructs";
import type { Receiver, AlertSeverity } from "../../../src/domain/routing/routing";
import { resources, synthProblems, testApp, type TerraformJson, testStack } from "../../support/app";
import { teamRoutes } from "../../support/fixtures";

/** A minimal owner: pages to a PagerDuty service, tickets to a Slack channel. */
function fakeOwner(teamName: string, routes: Partial<Record<AlertSeverity, Receiver[]>> = {}): AlertOwner {
  const receivers: Record<AlertSeverity, Receiver[]> = {
    page: [{ kind: "pagerduty", service: `${teamName} on-call` }],
    ticket: [{ kind: "slack", channel: `#${teamName}-alerts` }],
    ...routes,
  };
  return { teamName, receivers: (severity) => receivers[severity] };
}

/** A stack with team "checkout" (and any others) registered. */
function stackWithTeams(app: ReturnType<typeof testApp>["app"], ...owners: AlertOwner[]): MonitoringStack {
  const stack = testStack(app, "production");
  for (const owner of [fakeOwner("checkout"), ...owners]) {
    stack.registerTeam(owner, () => teamRoutes({ team: owner.teamName }));
  }
  return stack;
}

function props(overrides: Partial<ErrorTrackingProps> = {}): ErrorTrackingProps {
  return {
    service: "checkout",
    organization: "acme",
    platform: "node",
    owner: "checkout",
    runbookUrl: "https://runbooks.example.com/checkout/errors",
    release: "checkout@2.0.0",
    traceSampleRatio: 0.1,
    fingerprintingRules: ["# one issue for every database outage", "error.type:DatabaseUnavailable -> database-unavailable"],
    groupingEnhancements: ["stack.function:panic_handler ^-group", "stack.module:acme.* +app"],
    integrations: { pagerDutyIntegrationId: "123456", slackWorkspaceId: "234567" },
    ...overrides,
  };
}

/** Synthesizes one stack with the given declarations and returns its Terraform JSON. */
function synth(declare: (stack: MonitoringStack) => void): TerraformJson {
  const test = testApp();
  declare(stackWithTeams(test.app));
  test.app.synth();
  return test.terraform("production");
}

function problemsOf(declare: (stack: MonitoringStack) => void): string[] {
  const test = testApp();
  declare(stackWithTeams(test.app, fakeOwner("payments")));
  return synthProblems(test.app);
}

/** The one resource of a type whose name ends with the suffix. */
function resource(json: TerraformJson, type: string, suffix: string): Record<string, unknown> {
  const found = resources(json, type).filter((body) => String(body.name).endsWith(suffix));
  expect(found, `${type} named …${suffix}`).toHaveLength(1);
  return found[0];
}

const SENTRY_TYPES = ["sentry_team", "sentry_project", "sentry_key", "sentry_integration_pagerduty", "sentry_issue_alert", "sentry_metric_alert"];

describe("ErrorTracking", () => {
  const json = synth((stack) => new ErrorTracking(stack, "checkout-errors", props()));

  it("pins the Sentry provider and authenticates it from the environment only", () => {
    expect(json.terraform.required_providers.sentry).toEqual({ source: "registry.terraform.io/jianyuan/sentry", version: "0.15.4" });
    expect((json as unknown as { provider: Record<string, unknown> }).provider.sentry).toEqual([{}]);
  });

  it("declares the owner's team and the service's project with its grouping rules", () => {
    expect(resources(json, "sentry_team")).toEqual([{ provider: "sentry", organization: "acme", name: "checkout", slug: "checkout" }]);
    const [project] = resources(json, "sentry_project");
    expect(project).toMatchObject({
      organization: "acme",
      name: "checkout",
      slug: "checkout",
      platform: "node",
      default_rules: false,
      default_key: false,
      fingerprinting_rules: "# one issue for every database outage\nerror.type:DatabaseUnavailable -> database-unavailable",
      grouping_enhancements: "stack.function:panic_handler ^-group\nstack.module:acme.* +app",
    });
    expect(project.teams).toEqual([expect.stringMatching(/^\$\{sentry_team\.shared_sentry-team-acme-checkout\.slug\}$/)]);
    expect(resources(json, "sentry_key")).toEqual([
      { provider: "sentry", organization: "acme", name: "checkout production", project: expect.stringMatching(/^\$\{sentry_project\.\S+\.id\}$/) },
    ]);
  });

  it("publishes the DSN only as a sensitive output referencing the key, and the SDK settings in the clear", () => {
    const output = (json as unknown as { output: Record<string, { value: unknown; sensitive: boolean }> }).output;
    expect(output.sentry_checkout_dsn.sensitive).toBe(true);
    expect(output.sentry_checkout_dsn.value).toMatch(/^\$\{sentry_key\.checkout-errors_key\.dsn\["public"\]\}$/);
    expect(output.sentry_checkout_environment).toMatchObject({ value: "production", sensitive: false });
    expect(output.sentry_checkout_release).toMatchObject({ value: "checkout@2.0.0", sensitive: false });
    expect(output.sentry_checkout_traces_sample_rate).toMatchObject({ value: 0.1, sensitive: false });
    expect(JSON.stringify(json)).not.toMatch(/https:\/\/\w+@/); // no DSN value anywhere
  });

  it("alerts on new issues, regressions and event spikes in the environment only", () => {
    const newIssue = resource(json, "sentry_issue_alert", "new issue");
    const regression = resource(json, "sentry_issue_alert", "regression (a resolved issue came back)");
    const spike = resource(json, "sentry_issue_alert", "more than 100 events of an issue within 1h");
    for (const alert of [newIssue, regression, spike]) {
      expect(alert).toMatchObject({ environment: "production", action_match: "any", organization: "acme" });
      expect(alert.owner).toMatch(/^team:\$\{sentry_team\.\S+\.internal_id\}$/);
    }
    expect(newIssue.conditions_v2).toEqual([{ first_seen_event: {} }]);
    expect(regression.conditions_v2).toEqual([{ regression_event: {} }]);
    expect(spike.conditions_v2).toEqual([{ event_frequency: { comparison_type: "count", value: 100, interval: "1h" } }]);
  });

  it("alerts on the transaction failure rate, critical and warning thresholds as Sentry's ratio", () => {
    const [rate] = resources(json, "sentry_metric_alert");
    expect(rate).toMatchObject({
      dataset: "transactions",
      event_types: ["transaction"],
      aggregate: "failure_rate()",
      query: "",
      time_window: 15,
      threshold_type: 0,
      environment: "production",
    });
    const triggers = rate.trigger as Array<Record<string, unknown>>;
    expect(triggers.map(({ label, alert_threshold, threshold_type }) => ({ label, alert_threshold, threshold_type }))).toEqual([
      { label: "critical", alert_threshold: 0.01, threshold_type: 0 },
      { label: "warning", alert_threshold: 0.005, threshold_type: 0 },
    ]);
  });

  it("pages the owner's PagerDuty service and sends tickets to its Slack channel", () => {
    const pagerDutyService = expect.stringMatching(/^\$\{sentry_integration_pagerduty\.shared_sentry-pagerduty-acme-checkout-on-call\.id\}$/);
    const slack = { slack_notify_service: expect.objectContaining({ workspace: "234567", channel: "#checkout-alerts" }) };
    expect(resource(json, "sentry_issue_alert", "new issue").actions_v2).toEqual([slack]);
    expect(resource(json, "sentry_issue_alert", "came back)").actions_v2).toEqual([slack]);
    expect(resource(json, "sentry_issue_alert", "within 1h").actions_v2).toEqual([
      { pagerduty_notify_service: { account: "123456", service: pagerDutyService, severity: "critical" } },
    ]);
    const [critical, warning] = resources(json, "sentry_metric_alert")[0].trigger as Array<{ action: unknown }>;
    expect(critical.action).toEqual([
      { type: "pagerduty", target_type: "specific", target_identifier: pagerDutyService, integration_id: 123456, priority: "critical" },
    ]);
    expect(warning.action).toEqual([{ type: "slack", target_type: "specific", target_identifier: "#checkout-alerts", integration_id: 234567 }]);
  });

  it("configures a PagerDuty service the stack does not declare in Sentry with its integration key from a sensitive variable", () => {
    expect(resources(json, "sentry_integration_pagerduty")).toEqual([
      {
        provider: "sentry",
        organization: "acme",
        integration_id: "123456",
        service: "checkout on-call",
        integration_key: "${var.sentry_pagerduty_integration_key_checkout_on_call}",
      },
    ]);
    const variables = (json as unknown as { variable: Record<string, Record<string, unknown>> }).variable;
    expect(variables.sentry_pagerduty_integration_key_checkout_on_call).toMatchObject({ type: "string", sensitive: true });
  });

  it("synthesizes the Sentry resources as reviewed", () => {
    const sentry = Object.fromEntries(SENTRY_TYPES.map((type) => [type, resources(json, type)]));
    const { output, variable } = json as unknown as { output: unknown; variable: unknown };
    expect({ ...sentry, output, variable }).toMatchSnapshot();
  });
});

describe("ErrorTracking of a team declared in the same stack", () => {
  /** The team is named as owner and declared after the ErrorTracking: the key's reference does not hang on order. */
  function synthWithTeam(): TerraformJson {
    const test = testApp();
    const stack = testStack(test.app, "production", { vendorNameSuffix: " (prod)" });
    new ErrorTracking(stack, "checkout-errors", props());
    new OnCallTeam(stack, "checkout-team", { name: "checkout", members: ["alice@example.com"], slackChannel: "#checkout-alerts" });
    test.app.synth();
    return test.terraform("production");
  }

  it("takes the PagerDuty integration key from an Events API v2 integration on the team's service, not a variable", () => {
    const json = synthWithTeam();
    const [entry] = resources(json, "sentry_integration_pagerduty");
    expect(entry.service).toBe("checkout on-call (prod)");
    const [, integrationId] = /^\$\{pagerduty_service_integration\.([\w-]+)\.integration_key\}$/.exec(String(entry.integration_key)) ?? [];
    const integration = json.resource.pagerduty_service_integration[integrationId];
    expect(integration).toMatchObject({ name: "Sentry", type: "events_api_v2_inbound_integration" });
    const [, serviceId] = /^\$\{pagerduty_service\.([\w-]+)\.id\}$/.exec(String(integration.service)) ?? [];
    expect(json.resource.pagerduty_service[serviceId].name).toBe("checkout on-call (prod)");
    expect((json as unknown as { variable?: unknown }).variable).toBeUndefined();
  });
});

describe("ErrorTracking options", () => {
  it("shares the team and the PagerDuty service between the services of one owner", () => {
    const json = synth((stack) => {
      new ErrorTracking(stack, "checkout-errors", props());
      new ErrorTracking(stack, "cart-errors", props({ service: "cart", platform: "python" }));
    });
    expect(resources(json, "sentry_team")).toHaveLength(1);
    expect(resources(json, "sentry_integration_pagerduty")).toHaveLength(1);
    expect(resources(json, "sentry_project").map((project) => [project.slug, project.platform])).toEqual([
      ["cart", "python"],
      ["checkout", "node"],
    ]);
  });

  it("counts error events when asked, with thresholds as event counts, and takes an existing PagerDuty service", () => {
    const json = synth(
      (stack) =>
        new ErrorTracking(stack, "checkout-errors", {
          ...props({ owner: undefined, errorRate: { measure: "error-count", critical: 50, windowMinutes: 5 }, errorSpike: false }),
          integrations: { pagerDutyIntegrationId: "123456", pagerDutyServiceId: "98765", slackWorkspaceId: "234567" },
          owner: stack.team("checkout"),
        }),
    );
    const [rate] = resources(json, "sentry_metric_alert");
    expect(rate).toMatchObject({ dataset: "events", event_types: ["error"], aggregate: "count()", time_window: 5 });
    const triggers = rate.trigger as Array<{ alert_threshold: number; action: Array<Record<string, unknown>> }>;
    expect(triggers.map((trigger) => trigger.alert_threshold)).toEqual([50, 25]);
    expect(triggers[0].action[0].target_identifier).toBe("98765");
    expect(resources(json, "sentry_integration_pagerduty")).toEqual([]);
    expect((json as unknown as { variable?: unknown }).variable).toBeUndefined();
    expect(resources(json, "sentry_issue_alert").map((alert) => alert.name)).toEqual([
      "checkout (production): new issue",
      "checkout (production): regression (a resolved issue came back)",
    ]);
  });

  it("takes the stack's default owner, and registers its alerts for the stack's routing check", () => {
    const test = testApp();
    const owner = fakeOwner("checkout");
    const stack = testStack(test.app, "staging", { defaultOwner: owner });
    new ErrorTracking(stack, "checkout-errors", props({ owner: undefined }));
    expect(stack.alerts().map(({ name, severity, system, owner: alertOwner }) => [name, severity, system, alertOwner?.teamName])).toEqual([
      ["CheckoutNewIssue", "ticket", "sentry", "checkout"],
      ["CheckoutRegression", "ticket", "sentry", "checkout"],
      ["CheckoutErrorSpike", "page", "sentry", "checkout"],
      ["CheckoutErrorRate", "page", "sentry", "checkout"],
      ["CheckoutErrorRate", "ticket", "sentry", "checkout"],
      ["CheckoutErrorTrend", "ticket", "sentry", "checkout"],
    ]);
    test.app.synth();
    expect(resources(test.terraform("staging"), "sentry_issue_alert").every((alert) => alert.environment === "staging")).toBe(true);
  });
});

describe("ErrorTracking validation", () => {
  it("reports an unknown owner team with the teams the stack knows", () => {
    expect(problemsOf((stack) => new ErrorTracking(stack, "errors", props({ owner: "chekout" })))).toEqual([
      'production/errors: owner "chekout" is not a team of stack production; use one of: checkout, payments',
    ]);
  });

  it("reports every problem of the props at once, each with the fix", () => {
    const problems = problemsOf((stack) => {
      new ErrorTracking(stack, "sampling", props({ service: "a", traceSampleRatio: 1.5 }));
      new ErrorTracking(stack, "inverted", props({ service: "b", errorRate: { critical: 1, warning: 2 } }));
      new ErrorTracking(stack, "negative", props({ service: "c", errorSpike: { events: 0 }, errorRate: { critical: -1 } }));
      new ErrorTracking(stack, "platform", props({ service: "d", platform: "nodejs" as "node", organization: "" }));
      new ErrorTracking(stack, "untraced", props({ service: "e", traceSampleRatio: 0 }));
    });
    expect(problems).toEqual([
      "production/sampling: traceSampleRatio: 1.5 is not a ratio from 0 to 1; as a percentage, 1.5% is 0.015",
      "production/inverted: errorRate: warning 2 is above critical 1; the ticket must come before the page, so use a warning at most 1",
      "production/negative: errorSpike.events: 0 is not a whole number of 1 or more",
      "production/negative: errorRate.critical: -1 is not positive; use a number of percent of transactions (failure-rate) or of error events per window (error-count)",
      'production/platform: organization: the Sentry organization slug is missing; set it to the slug in https://sentry.io/organizations/<slug>/, e.g. "acme"',
      expect.stringMatching(/^production\/platform: platform: "nodejs" is not a Sentry platform; did you mean "node", "node-awslambda", .*, or "other"$/),
      'production/untraced: errorRate: the failure rate is measured on traced transactions, and traceSampleRatio is 0; trace some (e.g. 0.1) or set errorRate.measure to "error-count"',
    ]);
  });

  it("reports integrations Sentry needs to reach the owner, and pages without a runbook", () => {
    const problems = problemsOf((stack) => {
      new ErrorTracking(stack, "no-integrations", props({ integrations: undefined, runbookUrl: undefined }));
    });
    expect(problems).toEqual([
      "production/no-integrations: sentry alert CheckoutErrorSpike (page) has no runbook; set runbookUrl so that whoever is paged knows what to do",
      "production/no-integrations: sentry alert CheckoutErrorRate (page) has no runbook; set runbookUrl so that whoever is paged knows what to do",
      expect.stringContaining(
        "production/no-integrations: tickets go to Slack channel #checkout-alerts through Sentry's Slack integration; set integrations.slackWorkspaceId",
      ),
      expect.stringContaining(
        "production/no-integrations: pages go to PagerDuty service checkout on-call through Sentry's PagerDuty integration; set integrations.pagerDutyIntegrationId",
      ),
    ]);
  });
});

describe("ErrorTracking props out of range", () => {
  // Each prop on its own, checked by the schema: one problem, at the prop's path, with the fix.
  it.each<[string, Partial<ErrorTrackingProps>, string]>([
    ["a service that is no label value", { service: 'check"out' }, 'service: "check\\"out" is not a service name; use at most 63 letters, digits, dashes, underscores and dots, starting and ending with a letter or digit, e.g. "checkout-api" (it is the service label of alerts and a Datadog tag)'],
    ["an organization that is no slug", { organization: "Acme Inc" }, 'organization: "Acme Inc" is not an organization slug; use the lower-case slug from https://sentry.io/organizations/<slug>/'],
    ["a project slug with capitals", { projectSlug: "Checkout" }, 'projectSlug: "Checkout" is not a project slug; name the service with letters or digits, or set projectSlug, e.g. "checkout"'],
    ["a project slug too long", { projectSlug: "c".repeat(51) }, `projectSlug: "${"c".repeat(51)}" is longer than Sentry's 50 characters; set a shorter projectSlug, e.g. "checkout"`],
    ["an environment with a space", { environment: "prod eu" }, 'environment: "prod eu" is not a Sentry environment name; use up to 64 characters without spaces or slashes, e.g. "production"'],
    ["a release named latest", { release: "latest" }, 'release: "latest" is not a Sentry release name; use up to 200 characters without slashes, backslashes or line breaks, e.g. "checkout@2.0.0"'],
    ["a sample percent for a ratio", { traceSampleRatio: 10 }, "traceSampleRatio: 10 is not a ratio from 0 to 1; as a percentage, 10% is 0.1"],
    ["a negative sample ratio", { traceSampleRatio: -0.1 }, "traceSampleRatio: -0.1 is not a ratio from 0 to 1; e.g. 0.8 for 80%"],
    ["a fingerprinting rule without a fingerprint", { fingerprintingRules: ["error.type:Timeout"] }, 'fingerprintingRules[0]: "error.type:Timeout" has no fingerprint; write it like "error.type:DatabaseUnavailable -> database-unavailable"'],
    ["a grouping rule over two lines", { groupingEnhancements: ["a +app\nb +app"] }, "groupingEnhancements[0]: a rule spans several lines; give one rule per array element"],
    ["a spike of half an event", { errorSpike: { events: 0.5 } }, "errorSpike.events: 0.5 is not a whole number of 1 or more"],
    ["a spike interval Sentry lacks", { errorSpike: { interval: "2h" as "1h" } }, 'errorSpike.interval: "2h" is not one of "1m", "5m", "15m", "1h", "1d", "1w", "30d"; use one of them'],
    ["an unknown measure", { errorRate: { measure: "errors" as "error-count" } }, 'errorRate.measure: "errors" is not one of "failure-rate", "error-count"; use one of them'],
    ["a warning of 0", { errorRate: { critical: 2, warning: 0 } }, "errorRate.warning: 0 is not positive; use a number of percent of transactions (failure-rate) or of error events per window (error-count)"],
    ["a rate window Sentry lacks", { errorRate: { windowMinutes: 45 as 60 } }, "errorRate.windowMinutes: 45 is not a window Sentry evaluates over; use one of 1, 5, 10, 15, 30, 60, 120, 240, 1440"],
    ["a fall for a rise", { errorTrend: { increasePercent: -50 } }, "errorTrend.increasePercent: -50 is not a rise; use a positive percentage, e.g. 100 for twice last week's errors"],
    ["a counter that is no metric name", { errorCounter: "checkout-errors" }, 'errorCounter: "checkout-errors" is not a Prometheus metric name; give the counter\'s name, e.g. "checkout_errors_total"'],
  ])("refuses %s at its prop, with the fix", (_, overrides, problem) => {
    expect(problemsOf((stack) => new ErrorTracking(stack, "errors", props(overrides)))).toEqual([`production/errors: ${problem}`]);
  });

  it("names the service when the project slug it makes is too long", () => {
    expect(problemsOf((stack) => new ErrorTracking(stack, "errors", props({ service: "s".repeat(60) })))).toEqual([
      `production/errors: service (the Sentry project slug unless projectSlug is set): "${"s".repeat(60)}" is longer than Sentry's 50 characters; set a shorter projectSlug, e.g. "checkout"`,
    ]);
  });
});
