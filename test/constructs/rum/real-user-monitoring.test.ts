import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { OnCallTeam, RealUserMonitoring, type RealUserMonitoringProps } from "../../../constructs";
import { resources, synthProblems, team, testApp, type TerraformJson, testStack } from "../../support/app";

const RUNBOOK = "https://runbooks.example.com/checkout/rum";
const APP_ID = "${datadog_rum_application.checkout-web_application.id}";

describe("real user monitoring", () => {
  let terraform: TerraformJson;
  const monitors = () => resources(terraform, "datadog_monitor") as Array<Record<string, any>>;
  const monitorNamed = (name: string) => monitors().find((monitor) => monitor.name === name) as Record<string, any>;

  beforeAll(() => {
    const test = testApp();
    const stack = testStack(test.app, "production");
    const owner = team(stack);
    new RealUserMonitoring(stack, "checkout-web", {
      service: "checkout",
      name: "checkout-web",
      owner,
      runbookUrl: RUNBOOK,
      severity: "page",
      viewGroups: ["/cart", "/pay"],
      vitals: { inp: { good: "150ms", poor: "400ms" } },
      sessionSamplePercent: 10,
      journeys: [{ name: "pay", steps: ["/cart", "/pay", "/paid"], dropPercent: 25 }],
    });
    new RealUserMonitoring(stack, "checkout-ios", { service: "checkout", name: "checkout-ios", type: "ios", owner });
    test.app.synth();
    terraform = test.terraform("production");
  });

  it("declares each application with its id and client token as outputs (the token is public)", () => {
    expect(resources(terraform, "datadog_rum_application").map(({ name, type }) => ({ name, type }))).toEqual([
      { name: "checkout-ios", type: "ios" },
      { name: "checkout-web", type: "browser" },
    ]);
    const outputs = (terraform as unknown as { output: Record<string, { value: string; sensitive?: boolean }> }).output;
    expect(outputs.rum_checkout_web_application_id.value).toBe(APP_ID);
    expect(outputs.rum_checkout_web_client_token.value).toBe(APP_ID.replace(".id}", ".client_token}"));
    expect(outputs.rum_checkout_web_client_token.sensitive).toBeUndefined();
  });

  it("alerts on each vital's p75 per view group and device type, thresholds in nanoseconds", () => {
    const lcp = monitorNamed("[page] checkout-web: Largest Contentful Paint is poor");
    expect(lcp.type).toBe("rum alert");
    expect(lcp.query).toBe(
      `rum("@type:view @application.id:${APP_ID} @view.url_path_group:(\\"/cart\\" OR \\"/pay\\")").rollup("pc75", "@view.largest_contentful_paint").by("@view.url_path_group,@device.type").last("30m") > 4000000000`,
    );
    expect(lcp.monitor_thresholds).toEqual({ critical: "4000000000", warning: "2500000000" });
    const inp = monitorNamed("[page] checkout-web: Interaction to Next Paint is poor");
    expect(inp.query).toMatch(/\.rollup\("pc75", "@view\.interaction_to_next_paint"\).*> 400000000$/);
    expect(inp.monitor_thresholds).toEqual({ critical: "400000000", warning: "150000000" });
    expect(monitorNamed("[page] checkout-web: Cumulative Layout Shift is poor").monitor_thresholds).toEqual({ critical: "0.25", warning: "0.1" });
  });

  it("routes warnings to the owner's tickets and alerts to its pages, with the runbook", () => {
    expect(monitorNamed("[page] checkout-web: Largest Contentful Paint is poor").message).toBe(
      [
        "{{#is_warning}}CheckoutWebLcpPoor: Largest Contentful Paint of checkout-web at p75 over 30m on {{[@view.url_path_group].name}} ({{[@device.type].name}}) needs improvement (above 2500ms). @slack-checkout-alerts{{/is_warning}}",
        "{{#is_alert}}CheckoutWebLcpPoor: Largest Contentful Paint of checkout-web at p75 over 30m on {{[@view.url_path_group].name}} ({{[@device.type].name}}) is poor (above 4s). @pagerduty-checkout_on-call{{/is_alert}}",
        `Runbook: ${RUNBOOK}`,
      ].join("\n\n"),
    );
    expect(monitorNamed("[ticket] checkout-ios: sessions with errors").message).toContain("{{#is_alert}}CheckoutIosErrorSessions: more than 5% of checkout-ios's sessions have an error. @slack-checkout-alerts{{/is_alert}}");
  });

  it("alerts on sessions with errors, crash-free sessions on mobile, and journey steps against last week", () => {
    expect(monitorNamed("[page] checkout-web: sessions with errors").query).toBe(
      "sum(last_30m):100 * sum:rum.checkout_web.sessions.with_error{*}.as_count() / sum:rum.checkout_web.sessions{*}.as_count() > 5",
    );
    expect(monitorNamed("[ticket] checkout-ios: crash-free sessions")).toMatchObject({
      query: "sum(last_1h):100 - 100 * sum:rum.checkout_ios.sessions.with_crash{*}.as_count() / sum:rum.checkout_ios.sessions{*}.as_count() < 99",
      monitor_thresholds: { critical: "99", warning: "99.5" },
    });
    expect(monitors().filter((monitor) => String(monitor.name).startsWith("[ticket] checkout-ios")).map((monitor) => monitor.name)).toEqual([
      "[ticket] checkout-ios: crash-free sessions",
      "[ticket] checkout-ios: sessions with errors",
    ]);
    const views = (group: string) => `sum:rum.checkout_web.views{view_group:${group}}.as_count()`;
    expect(monitorNamed("[page] checkout-web: journey pay step 2 converts less")).toMatchObject({
      query: `sum(last_1h):(${views("/paid")} / ${views("/pay")}) / (week_before(${views("/paid")}) / week_before(${views("/pay")})) < 0.75`,
      monitor_thresholds: { critical: "0.75" },
    });
  });

  it("records the vitals as p75-capable distributions per view group and device type", () => {
    const lcp = resources(terraform, "datadog_rum_metric").find((metric) => metric.name === "rum.checkout_web.view.lcp");
    expect(lcp).toMatchObject({
      event_type: "view",
      compute: { aggregation_type: "distribution", path: "@view.largest_contentful_paint", include_percentiles: true },
      filter: { query: `@type:view @application.id:${APP_ID}` },
      group_by: [{ path: "@view.url_path_group", tag_name: "view_group" }, { path: "@device.type", tag_name: "device_type" }],
      uniqueness: { when: "end" },
    });
  });

  it("keeps every session with an error (and a crash on mobile) and samples the rest", () => {
    const filters = resources(terraform, "datadog_rum_retention_filter").map(({ name, query, sample_rate }) => ({ name, query, sample_rate }));
    expect(filters).toEqual([
      { name: "20% of other sessions", query: undefined, sample_rate: 20 },
      { name: "Every session with a crash", query: "@session.crash.count:>0", sample_rate: 100 },
      { name: "Every session with an error", query: "@session.error.count:>0", sample_rate: 100 },
      { name: "10% of other sessions", query: undefined, sample_rate: 10 },
      { name: "Every session with an error", query: "@session.error.count:>0", sample_rate: 100 },
    ]);
  });
});

describe("the RUM dashboard", () => {
  it("draws each vital's p75 per view group against its bounds, error sessions and journey steps from the RUM metrics", () => {
    const test = testApp();
    const stack = testStack(test.app, "production", { grafanaUrl: "https://grafana.example.com" });
    new RealUserMonitoring(stack, "web", { service: "checkout", name: "web", owner: team(stack), journeys: [{ name: "pay", steps: ["/cart", "/pay"] }] });
    test.app.synth();
    const dashboard = JSON.parse(test.files("production").get("grafana/web.rum.json") as string);
    const panels = dashboard.panels.map((panel: any) => ({
      title: panel.title,
      unit: panel.fieldConfig.defaults.unit,
      queries: panel.targets.map((target: any) => target.queryText),
      steps: panel.fieldConfig.defaults.thresholds?.steps.map((step: any) => step.value),
    }));
    expect(panels).toEqual([
      { title: "Largest Contentful Paint (p75) per view group", unit: "ns", queries: ["p75:rum.web.view.lcp{*} by {view_group}"], steps: [null, 2_500_000_000, 4_000_000_000] },
      { title: "Interaction to Next Paint (p75) per view group", unit: "ns", queries: ["p75:rum.web.view.inp{*} by {view_group}"], steps: [null, 200_000_000, 500_000_000] },
      { title: "Cumulative Layout Shift (p75) per view group", unit: "none", queries: ["p75:rum.web.view.cls{*} by {view_group}"], steps: [null, 0.1, 0.25] },
      { title: "Sessions with an error (%)", unit: "percent", queries: ["100 * sum:rum.web.sessions.with_error{*}.as_count() / sum:rum.web.sessions{*}.as_count()"], steps: [null, 2, 5] },
      { title: "Journey pay: conversion per step", unit: "percentunit", queries: ["sum:rum.web.views{view_group:/pay}.as_count() / sum:rum.web.views{view_group:/cart}.as_count()"], steps: undefined },
    ]);
    const monitor = resources(test.terraform("production"), "datadog_monitor")[0] as { message: string };
    expect(monitor.message).toContain(`Dashboard: https://grafana.example.com/d/${dashboard.uid}`);
  });
});

describe("the satisfaction score of a RUM application", () => {
  it("is a business KPI with the application's owner, runbook and severity, alerting below its least average score", () => {
    const test = testApp();
    const stack = testStack(test.app, "production");
    const app = new RealUserMonitoring(stack, "web", {
      service: "checkout", name: "checkout-web", owner: team(stack), runbookUrl: RUNBOOK, severity: "page",
      satisfaction: { gauge: 'checkout_rating{service="checkout"}', atLeast: 4.2 },
    });
    test.app.synth();
    expect(app.satisfaction?.node.path).toBe("production/web/satisfaction");
    const files = test.files("production");
    const rules = parse(files.get("prometheus/kpi-checkout-checkout-web-satisfaction.rules.yml") as string);
    const all = rules.groups.flatMap((group: { rules: Array<Record<string, any>> }) => group.rules);
    expect(all.find((rule: Record<string, any>) => rule.record !== undefined)?.expr).toContain('checkout_rating{service="checkout"}');
    const alerts = all.filter((rule: Record<string, any>) => rule.alert !== undefined);
    expect(alerts.map((rule: Record<string, any>) => [rule.alert, rule.expr, rule.labels.severity, rule.annotations.runbook_url, rule.labels.team])).toEqual([
      ["CheckoutCheckoutWebSatisfactionBelowThreshold", 'kpi:value{kpi="checkout-checkout-web-satisfaction"} < 4.2', "page", RUNBOOK, "checkout"],
    ]);
  });

  it("rejects a least score above the best one", () => {
    const test = testApp();
    const stack = testStack(test.app, "production");
    new RealUserMonitoring(stack, "web", { service: "checkout", name: "web", owner: team(stack), satisfaction: { gauge: "rating", atLeast: 9, of: 5 } });
    expect(synthProblems(test.app)).toEqual([
      "production/web: satisfaction.atLeast: 9 is not a score out of 5; use a number above 0 and at most 5, e.g. 4.5",
    ]);
  });
});

describe("bad real user monitoring", () => {
  it("rejects a reused application name and a vital threshold without its unit", () => {
    const test = testApp();
    const stack = testStack(test.app, "production");
    const owner = team(stack);
    new RealUserMonitoring(stack, "web", { service: "checkout", name: "checkout-web", owner, vitals: { lcp: { good: 2500 as unknown as string } } });
    new RealUserMonitoring(stack, "web-again", { service: "payments", name: "Checkout Web", owner });
    expect(synthProblems(test.app)).toEqual([
      'production: RUM application checkout-web is declared 2 times (production/web as "checkout-web", production/web-again as "Checkout Web"); names must differ in their letters and digits, not only in punctuation or case',
      'production/web: vitals.lcp.good: 2500 has no unit (RUM measures durations in nanoseconds, so a bare number is ambiguous); write a duration with its unit, e.g. "2500ms"',
    ]);
  });

  it("routes every RUM alert through its owner: a page needs a team that can be paged", () => {
    const test = testApp();
    const stack = testStack(test.app, "production");
    const chatOnly = new OnCallTeam(stack, "web-team", { name: "web", slackChannel: "#web" });
    new RealUserMonitoring(stack, "web", { service: "checkout", name: "web", owner: chatOnly, severity: "page", runbookUrl: RUNBOOK, journeys: [{ name: "pay", steps: ["/cart", "/pay"] }] });
    expect(synthProblems(test.app)).toEqual(
      ["WebLcpPoor", "WebInpPoor", "WebClsPoor", "WebErrorSessions", "WebPayStep1ConversionDrop"].map(
        (alert) => `production/web: datadog alert ${alert} (page) has no route: team web has no PagerDuty service; give the team one or choose another owner`,
      ),
    );
  });

  it("requires a runbook when alerts page", () => {
    const test = testApp();
    const stack = testStack(test.app, "production");
    new RealUserMonitoring(stack, "web", { service: "checkout", name: "web", owner: team(stack), severity: "page" });
    expect(synthProblems(test.app)).toContain(
      "production/web: datadog alert WebLcpPoor (page) has no runbook; set runbookUrl so that whoever is paged knows what to do",
    );
  });
});

describe("real user monitoring props out of range", () => {
  const VIEW_GROUP_FIX = 'write the path group as RUM reports it (@view.url_path_group), e.g. "/plans/new" (letters, digits and _ - : . / only, as Datadog tags keep them)';
  // Each prop on its own, checked by the schema: one problem, at the prop's path, with the fix.
  it.each<[string, Partial<RealUserMonitoringProps>, string]>([
    ["a name without letters", { name: "🛒" }, 'name: "🛒" has no letters or digits (a-z, 0-9), so it has no slug for file and vendor names; add some, e.g. "checkout"'],
    ["an unknown type", { type: "windows" as "browser" }, 'type: "windows" is not one of "browser", "ios", "android", "react-native", "flutter"; use one of them'],
    ["an LCP bound without its unit", { vitals: { lcp: { good: 2500 as unknown as string } } }, 'vitals.lcp.good: 2500 has no unit (RUM measures durations in nanoseconds, so a bare number is ambiguous); write a duration with its unit, e.g. "2500ms"'],
    ["an INP bound of minutes", { vitals: { inp: { poor: "5m" } } }, 'vitals.inp.poor: "5m" is longer than 1m, the longest this prop takes; use 1m or less'],
    ["a CLS bound with a unit", { vitals: { cls: { good: "0.1s" as unknown as number } } }, 'vitals.cls.good: "0.1s" is not a layout-shift score; CLS has no unit, write a number like 0.1'],
    ["a view group that is no path", { viewGroups: ["plans"] }, `viewGroups[0]: "plans" is not a view group; ${VIEW_GROUP_FIX}`],
    ["a sample rate of 0%", { sessionSamplePercent: 0 }, "sessionSamplePercent: 0 is not a percentage above 0 to 100; e.g. 20 for 20%"],
    ["a sample rate above 100%", { sessionSamplePercent: 120 }, "sessionSamplePercent: 120 is not a percentage above 0 to 100; e.g. 20 for 20%"],
    ["an error-session warning of 0%", { errorSessionsPercent: { warning: 0 } }, "errorSessionsPercent.warning: 0 is not a percentage above 0 to 100; e.g. 2 for 2%"],
    ["an error-session alert above 100%", { errorSessionsPercent: { alert: 500 } }, "errorSessionsPercent.alert: 500 is not a percentage above 0 to 100; e.g. 5 for 5%"],
    ["a crash-free alert above 100%", { type: "ios", crashFreeSessionsPercent: { alert: 990 } }, "crashFreeSessionsPercent.alert: 990 is not a percentage above 0 to 100; e.g. 99 for 99%"],
    ["a journey name without letters", { journeys: [{ name: "--", steps: ["/a", "/b"] }] }, 'journeys[0].name: "--" has no letters or digits (a-z, 0-9), so it has no slug for file and vendor names; add some, e.g. "checkout"'],
    ["a journey of one view", { journeys: [{ name: "pay", steps: ["/cart"] }] }, 'journeys[0].steps: a journey needs at least two views to convert between, e.g. ["/login", "/plans/new"]'],
    ["a journey step that is no path", { journeys: [{ name: "pay", steps: ["/cart", "pay"] }] }, `journeys[0].steps[1]: "pay" is not a view group; ${VIEW_GROUP_FIX}`],
    ["a drop of 100%", { journeys: [{ name: "pay", steps: ["/cart", "/pay"], dropPercent: 100 }] }, "journeys[0].dropPercent: 100 is not a percentage above 0 and below 100; e.g. 20 for 20%"],
    ["a drop given as a ratio below 0", { journeys: [{ name: "pay", steps: ["/cart", "/pay"], dropPercent: -0.2 }] }, "journeys[0].dropPercent: -0.2 is not a percentage above 0 and below 100; e.g. 20 for 20%"],
    ["a journey window that is no duration", { journeys: [{ name: "pay", steps: ["/cart", "/pay"], window: "1 hour" }] }, 'journeys[0].window: "1 hour" is not a duration; write it like 30d, 6h, 1h30m or 500ms'],
    ["a journey window of a week", { journeys: [{ name: "pay", steps: ["/cart", "/pay"], window: "7d" }] }, 'journeys[0].window: "7d" is longer than 1d, the longest this prop takes; use 1d or less'],
    ["a satisfaction score of 0", { satisfaction: { gauge: "rating", atLeast: 0 } }, "satisfaction.atLeast: 0 must be above 0"],
    ["a best score below 0", { satisfaction: { gauge: "rating", atLeast: 4, of: -5 } }, "satisfaction.of: -5 must be above 0"],
  ])("refuses %s at its prop, with the fix", (_, overrides, problem) => {
    const test = testApp();
    const stack = testStack(test.app, "production");
    new RealUserMonitoring(stack, "web", { service: "checkout", name: "web", owner: team(stack), ...overrides });
    expect(synthProblems(test.app)).toEqual([`production/web: ${problem}`]);
  });
});
