import { describe, expect, it } from "vitest";
import { LogAlert, LogPolicy, type LogPolicyProps, LogRetention, logQuery, MonitoringStack, OnCallTeam, SecurityLogMonitoring } from "../../../constructs";
import { resources, synthProblems, team, testApp, testStack } from "../../support/app";

const archive = { kind: "s3", bucket: "logs-archive", accountId: "123456789012", roleName: "datadog-archive" } as const;

function problemsOf(declare: (stack: MonitoringStack) => void): string[] {
  const test = testApp();
  declare(testStack(test.app, "production"));
  return synthProblems(test.app);
}

describe("log policies", () => {
  it("write ILM, templates and Datadog indexes, and the compliance summary", () => {
    const test = testApp();
    const stack = testStack(test.app, "production");
    new LogRetention(stack, "retention", { minimums: [{ category: "audit", minimumDays: 365, reason: "SOC 2" }], datadogRetentionDays: [7, 30] });
    new LogPolicy(stack, "audit", { service: "checkout", category: "audit", retentionDays: 365, coldAfterDays: 30, datadog: { indexRetentionDays: 30, archive } });
    new LogPolicy(stack, "ingress", { indexFamily: "ingress", category: "access", retentionDays: 7, elastic: { serverless: true }, datadog: false });
    test.app.synth();
    const json = test.terraform("production");

    expect(json.terraform.required_providers.elasticstack).toEqual({ source: "registry.terraform.io/elastic/elasticstack", version: "0.16.3" });
    expect(resources(json, "elasticstack_elasticsearch_index_lifecycle").map((policy) => policy.name)).toEqual(["logs-checkout.audit-production-policy"]);
    const templates = resources(json, "elasticstack_elasticsearch_index_template");
    expect(templates.map((template) => [template.name, template.index_patterns, template.template])).toEqual([
      ["logs-checkout.audit-production", ["logs-checkout.audit-production*"], { settings: expect.stringMatching(/^\{"index.lifecycle.name":"\$\{elasticstack_elasticsearch_index_lifecycle\.audit_ilm-policy\.name\}"\}$/) }],
      ["logs-ingress.access-production", ["logs-ingress.access-production*"], { lifecycle: { data_retention: "7d" } }],
    ]);
    const [component] = Object.keys(json.resource.elasticstack_elasticsearch_component_template);
    expect(templates.map((template) => template.composed_of)).toEqual([1, 2].map(() => [`\${elasticstack_elasticsearch_component_template.${component}.name}`]));
    expect(resources(json, "elasticstack_elasticsearch_component_template").map((template) => template.name)).toEqual(["watchkeeper-ecs-logs@mappings"]);
    expect(resources(json, "datadog_logs_index")).toEqual([
      { provider: "datadog", name: "checkout-audit", filter: { query: "@event.dataset:checkout.audit AND env:production" }, retention_days: 30, exclusion_filter: [] },
    ]);
    expect(resources(json, "datadog_logs_archive")[0]).toMatchObject({ name: "checkout-audit", s3_archive: { bucket: "logs-archive", role_name: "datadog-archive" } });
    // Logs enter the first index they match: the organisation's one datadog_logs_index_order must list these first.
    expect(resources(json, "datadog_logs_index_order")).toEqual([]);
    expect((json as unknown as { output: Record<string, { value: unknown }> }).output.datadog_logs_indexes.value).toEqual(["checkout-audit"]);

    const summary = test.files("production").get("compliance/retention.md") as string;
    expect(summary).toContain(
      "| access | ingress | 7 d | hot from 0 d, delete from 7 d | Elastic data stream logs-ingress.access-production (data stream lifecycle) | none | `production/ingress` |",
    );
    expect(summary).toContain("| audit | checkout | 365 d | hot from 0 d, warm from 7 d, cold from 30 d, delete from 365 d |");
    expect(summary).toContain("Datadog index checkout-audit (30 days); Datadog archive to s3 logs-archive | 365 d (SOC 2) |");
  });

  it("fail synth when a category is kept shorter than its declared minimum", () => {
    const problems = problemsOf((stack) => {
      new LogRetention(stack, "retention", { minimums: [{ category: "audit", minimumDays: 365 }] });
      new LogPolicy(stack, "audit", { service: "checkout", category: "audit", retentionDays: 90, datadog: false });
    });
    expect(problems).toEqual([
      "production/audit: audit logs are kept 90 days, below the declared minimum of 365 days; set retentionDays to at least 365",
    ]);
  });

  it("report every bad retention at once", () => {
    const problems = problemsOf((stack) => {
      new LogRetention(stack, "retention", { datadogRetentionDays: [7, 15, 30] });
      new LogPolicy(stack, "short", { service: "checkout", category: "short", retentionDays: 3, hotDays: 7, datadog: false });
      new LogPolicy(stack, "order", { service: "checkout", category: "order", coldAfterDays: 60, datadog: false });
      new LogPolicy(stack, "contract", { service: "checkout", category: "contract", retentionDays: 60 });
      new LogPolicy(stack, "both", { service: "checkout", indexFamily: "ingress", category: "both" });
    });
    expect(problems).toEqual([
      "production/short: retentionDays: 3 days is shorter than the hot phase (7 days); keep logs at least 7 days or shorten hotDays",
      "production/order: coldAfterDays: phases out of order: cold at 60 days must come after hot (7 days) and before delete (30 days)",
      "production/contract: retentionDays (also the Datadog index's retention, unless datadog.indexRetentionDays is set): 60 is not a retention the stack's Datadog contract allows (7, 15, 30); use e.g. 30, with an archive for the rest",
      "production/both: service: give either service or indexFamily, the logs the policy is about",
    ]);
  });
});

describe("log policy props out of range", () => {
  // Each prop on its own, checked by the schema: one problem, at the prop's path, with the fix.
  it.each<[string, Partial<LogPolicyProps>, string]>([
    ["a category without letters", { category: "--" }, 'category: "--" has no letters or digits (a-z, 0-9), so it has no slug for file and vendor names; add some, e.g. "checkout"'],
    ["a service without letters", { service: "🛒" }, 'service: "🛒" has no letters or digits (a-z, 0-9), so it has no slug for file and vendor names; add some, e.g. "checkout"'],
    ["an index family without letters", { service: undefined, indexFamily: "__" }, 'indexFamily: "__" has no letters or digits (a-z, 0-9), so it has no slug for file and vendor names; add some, e.g. "checkout"'],
    ["a retention of 0 days", { retentionDays: 0 }, "retentionDays: 0 is not a whole number from 1 to 3650"],
    ["a hot phase of half a day", { hotDays: 1.5 }, "hotDays: 1.5 is not a whole number from 1 to 3650"],
    ["a cold phase after ten years", { retentionDays: 3650, coldAfterDays: 4000, datadog: false }, "coldAfterDays: 4000 is not a whole number from 1 to 3650"],
    ["a rollover of no days", { rollover: { maxAgeDays: 0 } }, "rollover.maxAgeDays: 0 is not a whole number from 1 to 3650"],
    ["a rollover of no size", { rollover: { maxPrimaryShardSizeGb: 0 } }, "rollover.maxPrimaryShardSizeGb: 0 must be above 0"],
    ["a Datadog index kept a fraction of a day", { datadog: { indexRetentionDays: 7.5, archive } }, "datadog.indexRetentionDays: 7.5 is not a whole number from 1 to 3650"],
    [
      "a percent excluded for a ratio",
      { datadog: { exclusionFilters: [{ name: "health", query: logQuery.equals("url.path", "/health"), excludedRatio: 90 }] } },
      "datadog.exclusionFilters[0].excludedRatio: 90 is not a ratio from 0 to 1; as a percentage, 90% is 0.9",
    ],
  ])("refuses %s at its prop, with the fix", (_, overrides, problem) => {
    const problems = problemsOf((stack) => new LogPolicy(stack, "policy", { service: "checkout", category: "access", ...overrides }));
    expect(problems).toEqual([`production/policy: ${problem}`]);
  });
});

describe("log retention rules", () => {
  it("are declared once per stack, with whole minimums and a contract that allows something", () => {
    const problems = problemsOf((stack) => {
      new LogRetention(stack, "retention", { minimums: [{ category: "audit", minimumDays: 0.5 }], datadogRetentionDays: [] });
      new LogRetention(stack, "again");
    });
    expect(problems).toContain("production/retention: minimums[0].minimumDays: 0.5 is not a whole number from 1 to 3650");
    expect(problems).toContain("production/retention: datadogRetentionDays: is empty; list the retentions the Datadog contract allows, e.g. [7, 15, 30]");
    expect(problems.some((problem) => problem.includes("production/again") && problem.includes("log retention rules"))).toBe(true);
  });
});

describe("log alerts", () => {
  it("route Kibana rules and Datadog monitors to the owner, security alerts to the security team", () => {
    const test = testApp();
    const stack = testStack(test.app, "production");
    const checkout = team(stack);
    const security = new OnCallTeam(stack, "security-team", { name: "security", slackChannel: "#security-alerts" });
    new LogAlert(stack, "errors", { service: "checkout", name: "errors", owner: checkout, query: logQuery.equals("log.level", "error"), threshold: { above: 10 } });
    new SecurityLogMonitoring(stack, "security", { service: "checkout", owner: security });
    test.app.synth();
    const json = test.terraform("production");

    const monitors = resources(json, "datadog_monitor").filter((monitor) => monitor.type === "log alert");
    expect(monitors.map((monitor) => [monitor.name, (monitor.message as string).split("\n\n").at(-1)])).toEqual([
      ["[ticket] CheckoutErrors: checkout logs", "@slack-checkout-alerts"],
      ["[ticket] CheckoutAuthenticationFailures: checkout logs", "@slack-security-alerts"],
      ["[ticket] CheckoutPrivilegeChanges: checkout logs", "@slack-security-alerts"],
    ]);
    expect(monitors[0].query).toBe('logs("service:checkout AND status:error AND env:production").index("*").rollup("count").last("5m") > 10');
    const connectors = json.resource.elasticstack_kibana_action_connector;
    const securityConnector = Object.keys(connectors).find((id) => id.includes("slack-security-alerts")) as string;
    const rules = resources(json, "elasticstack_kibana_alerting_rule");
    expect(rules.map((rule) => [rule.name, (rule.actions as Array<{ id: string }>).map((action) => action.id)])).toEqual([
      ["[ticket] CheckoutErrors: checkout logs", [expect.stringContaining("slack-checkout-alerts")]],
      ["[ticket] CheckoutAuthenticationFailures: checkout logs", [`\${elasticstack_kibana_action_connector.${securityConnector}.connector_id}`]],
      ["[ticket] CheckoutPrivilegeChanges: checkout logs", [`\${elasticstack_kibana_action_connector.${securityConnector}.connector_id}`]],
    ]);
    expect(JSON.parse(rules[1].params as string)).toMatchObject({ threshold: [20], groupBy: "top", termField: "source.ip", timeWindowSize: 5 });
    expect((json as unknown as { variable: unknown }).variable).toMatchObject({ kibana_connector_slack_security_alerts: { sensitive: true, type: "string" } });
  });

  it("reject an alert without a service scope, a bad condition and a page without a runbook", () => {
    const problems = problemsOf((stack) => {
      const owner = team(stack);
      const errors = logQuery.equals("log.level", "error");
      new LogAlert(stack, "unscoped", { service: "", name: "unscoped", owner, query: errors, threshold: { above: 1 } });
      new LogAlert(stack, "both", { service: "checkout", name: "both", owner, query: errors, threshold: { above: 1 }, anomaly: {} });
      new LogAlert(stack, "window", { service: "checkout", name: "window", owner, query: errors, threshold: { above: 1, window: "30s" } });
      new LogAlert(stack, "page", { service: "checkout", name: "page", owner, severity: "page", query: errors, threshold: { above: 1 }, outputs: { elastic: false } });
    });
    expect(problems).toEqual([
      "production/page: datadog alert CheckoutPage (page) has no runbook; set runbookUrl so that whoever is paged knows what to do",
      'production/unscoped: service: "" is not a service name; use at most 63 letters, digits, dashes, underscores and dots, starting and ending with a letter or digit, e.g. "checkout-api" (it is the service label of alerts and a Datadog tag)',
      "production/both: threshold: give either threshold or anomaly, how the alert fires",
      'production/window: threshold.window: "30s" is shorter than 1m, the shortest this prop takes; use 1m or more',
    ]);
  });
});
