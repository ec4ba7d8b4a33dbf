import { parse, parseAllDocuments } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { ApiHealthCheck, CriticalUserFlow } from "../../../constructs";
import { promqlError } from "../../../src/domain/promql";
import { AVAILABILITY_PANEL_TITLES } from "../../../src/targets/grafana/synthetics-dashboard";
import { validateAgainstCrd, type KubernetesObject } from "../../../src/cli/checks/crd-schema";
import { resources, team, testApp, type TerraformJson, testStack } from "../../support/app";

const RUNBOOK = "https://runbooks.example.com/checkout/flows";

describe("synthetic checks", () => {
  let terraform: TerraformJson;
  let files: Map<string, string>;
  const testNamed = (name: string) => resources(terraform, "datadog_synthetics_test").find((test) => test.name === name) as Record<string, any>;

  beforeAll(() => {
    const test = testApp();
    const stack = testStack(test.app, "production", { probers: { "eu-west-1": "blackbox.eu.example.com:9115" } });
    const owner = team(stack);
    new ApiHealthCheck(stack, "api-health", {
      service: "checkout",
      name: "api-health",
      owner,
      runbookUrl: RUNBOOK,
      frequency: "1m",
      request: { url: "https://api.example.com/health", expect: { responseTimeBelow: "800ms", bodyContains: "ok" } },
    });
    new CriticalUserFlow(stack, "sign-in", {
      service: "checkout",
      name: "sign-in",
      owner,
      runbookUrl: RUNBOOK,
      secrets: ["ROBOT_PASSWORD"],
      locations: ["us-east-1", "eu-west-1", "pl:office-berlin"],
      alertWhen: { failingLocations: 3, forAtLeast: "10m", retries: 2 },
      outputs: { prometheus: false },
      steps: [
        {
          kind: "http",
          name: "sign in",
          method: "POST",
          url: "https://api.example.com/sessions",
          body: '{"user":"robot@example.com","password":"{{ ROBOT_PASSWORD }}"}',
          extract: { TOKEN: { jsonPath: "$.token" }, REQUEST_ID: { header: "x-request-id" } },
        },
        {
          kind: "http",
          name: "load the board",
          url: "https://api.example.com/board",
          headers: { Authorization: "Bearer {{ TOKEN }}" },
          expect: { status: 200, jsonPath: { "$.columns[0].name": "To do" }, headers: { "content-type": "json" } },
        },
      ],
    });
    new CriticalUserFlow(stack, "web-sign-in", {
      service: "checkout",
      name: "web-sign-in",
      owner,
      runbookUrl: RUNBOOK,
      criticality: "ticket",
      secrets: ["ROBOT_PASSWORD"],
      outputs: { prometheus: false },
      steps: [
        { kind: "goto", url: "https://app.example.com/login" },
        { kind: "type", selector: "#password", text: "{{ ROBOT_PASSWORD }}" },
        { kind: "click", selector: "button[type=submit]" },
        { kind: "wait", seconds: 2 },
        { kind: "assertUrl", contains: "/board" },
        { kind: "assertText", text: "Team board" },
      ],
    });
    test.app.synth();
    terraform = test.terraform("production");
    files = test.files("production");
  });

  it("runs a single request as an HTTP API test with its assertions but the response time (a ticket, as on Prometheus), from the stack's locations", () => {
    expect(testNamed("checkout api-health")).toMatchObject({
      type: "api",
      subtype: "http",
      status: "live",
      locations: ["aws:us-east-1", "aws:eu-west-1", "aws:ap-southeast-1"],
      request_definition: { method: "GET", url: "https://api.example.com/health" },
      assertion: [
        { type: "statusCode", operator: "is", target: "200" },
        { type: "body", operator: "contains", target: "ok" },
      ],
      options_list: {
        tick_every: 60,
        min_location_failed: 2,
        min_failure_duration: 300,
        retry: { count: 1, interval: 300 },
        monitor_options: { renotify_interval: 60 },
        monitor_priority: 1,
      },
    });
  });

  it("runs a flow of requests as a multistep API test passing extracted values on, with its secret as a global variable", () => {
    const signIn = testNamed("checkout sign-in");
    expect(signIn).toMatchObject({ type: "api", subtype: "multi", locations: ["aws:us-east-1", "aws:eu-west-1", "pl:office-berlin"] });
    expect(signIn.api_step[0].extracted_value).toEqual([
      { name: "TOKEN", type: "http_body", parser: { type: "json_path", value: "$.token" } },
      { name: "REQUEST_ID", type: "http_header", field: "x-request-id", parser: { type: "raw" } },
    ]);
    expect(signIn.api_step[1]).toMatchObject({
      name: "load the board",
      request_headers: { Authorization: "Bearer {{ TOKEN }}" },
      assertion: [
        { type: "statusCode", operator: "is", target: "200" },
        { type: "body", operator: "validatesJSONPath", targetjsonpath: { jsonpath: "$.columns[0].name", operator: "is", targetvalue: "To do" } },
        { type: "header", property: "content-type", operator: "contains", target: "json" },
      ],
    });
    expect(signIn.options_list).toMatchObject({ min_location_failed: 3, min_failure_duration: 600, retry: { count: 2 } });
    expect(signIn.config_variable).toEqual([
      { type: "global", name: "ROBOT_PASSWORD", id: expect.stringMatching(/^\$\{datadog_synthetics_global_variable\.[^}]+\.id\}$/) },
    ]);
    const [variable] = resources(terraform, "datadog_synthetics_global_variable");
    expect(variable).toMatchObject({ name: "ROBOT_PASSWORD", secure: true, value: "${var.synthetics_secret_robot_password}" });
    expect((terraform as unknown as { variable: Record<string, unknown> }).variable.synthetics_secret_robot_password).toMatchObject({ sensitive: true });
  });

  it("runs a flow with browser steps as a browser test on a device", () => {
    const web = testNamed("checkout web-sign-in");
    expect(web).toMatchObject({ type: "browser", device_ids: ["chrome.laptop_large"], request_definition: { url: "https://app.example.com/login" } });
    expect(web.browser_step.map((step: { type: string }) => step.type)).toEqual(["goToUrl", "typeText", "click", "wait", "assertCurrentUrl", "assertPageContains"]);
    expect(web.browser_step[1].params).toMatchObject({ value: "{{ ROBOT_PASSWORD }}", element_user_locator: { value: { type: "css", value: "#password" } } });
    expect(web.browser_variable).toEqual([expect.objectContaining({ type: "global", name: "ROBOT_PASSWORD" })]);
  });

  it("routes a failing page to PagerDuty and a failing ticket to Slack through the test's own monitor", () => {
    expect(testNamed("checkout sign-in").message).toContain("@pagerduty-checkout_on-call");
    expect(testNamed("checkout web-sign-in").message).toMatch(/@slack-checkout-alerts$/);
    expect(testNamed("checkout web-sign-in").options_list).toMatchObject({ monitor_priority: 3, monitor_options: { renotify_interval: 240 } });
  });

  it("measures uptime with a monitor-based SLO on the test's monitor_id, not its id", () => {
    const slos = resources(terraform, "datadog_service_level_objective");
    expect(slos).toHaveLength(3);
    for (const slo of slos) {
      expect(slo).toMatchObject({ type: "monitor", thresholds: [{ timeframe: "30d", target: 99.9 }], lifecycle: { prevent_destroy: true } });
      expect(slo.monitor_ids).toEqual([expect.stringMatching(/^\$\{datadog_synthetics_test\.[^}]+\.monitor_id\}$/)]);
    }
  });

  it("watches a test's documented duration metric, filtered by check_id, with a weekly-seasonal anomaly monitor, and a single request's slowness per location, each routed as a ticket", () => {
    const monitors = resources(terraform, "datadog_monitor");
    // the multistep API test has no documented duration metric (synthetics.multi.*), so no regression monitor
    expect(monitors.map((monitor) => monitor.name)).toEqual([
      "[ticket] checkout api-health: slower than its usual week",
      "[ticket] checkout api-health: slow",
      "[ticket] checkout web-sign-in: slower than its usual week",
    ]);
    const [apiHealth, slow, webSignIn] = monitors;
    expect(apiHealth.query).toMatch(/^avg\(last_4h\):anomalies\(avg:synthetics\.http\.response\.time\{check_id:\$\{datadog_synthetics_test\.api-health_test\.id\}\}, 'agile', 2, direction='above', .*seasonality='weekly'\) >= 1$/);
    expect(webSignIn.query).toMatch(/anomalies\(avg:synthetics\.browser\.test_duration\{check_id:\$\{datadog_synthetics_test\.web-sign-in_test\.id\}\}/);
    expect(apiHealth).toMatchObject({ type: "query alert", priority: "3", monitor_threshold_windows: { trigger_window: "last_1h", recovery_window: "last_1h" } });
    expect(apiHealth.message).toMatch(/@slack-checkout-alerts$/);
    expect(slow.query).toMatch(/^min\(last_5m\):avg:synthetics\.http\.response\.time\{check_id:\$\{datadog_synthetics_test\.[^}]+\.id\}\} by \{location\} > 800$/);
    expect(slow).toMatchObject({ type: "query alert", priority: "3", monitor_thresholds: { critical: "800" } });
    expect(slow.message).toMatch(/@slack-checkout-alerts$/);
  });

  it("writes a Probe per location that its CRD accepts, with the prober of that location", () => {
    const probes = parseAllDocuments(files.get("kubernetes/api-health.yaml") as string).map((document) => document.toJS() as KubernetesObject | null)
      .filter((object): object is KubernetesObject => object?.kind === "Probe");
    expect(probes).toHaveLength(3);
    expect(probes.map((probe) => (probe.spec as { prober: { url: string } }).prober.url)).toEqual([
      "blackbox-exporter-us-east-1:9115",
      "blackbox.eu.example.com:9115",
      "blackbox-exporter-ap-southeast-1:9115",
    ]);
    expect(probes[0].spec).toMatchObject({
      interval: "1m",
      module: "checkout-api-health",
      targets: { staticConfig: { static: ["https://api.example.com/health"], labels: { location: "us-east-1", flow: "checkout-api-health", env: "production" } } },
    });
    probes.forEach((probe) => expect(validateAgainstCrd(probe)).toEqual([]));
  });

  it("writes the blackbox module the check needs into the stack's blackbox.yml", () => {
    expect(parse(files.get("blackbox/blackbox.yml") as string)).toEqual({
      modules: {
        "checkout-api-health": {
          prober: "http",
          timeout: "10s",
          http: { method: "GET", valid_status_codes: [200], fail_if_body_not_matches_regexp: ["ok"], preferred_ip_protocol: "ip4" },
        },
      },
    });
  });

  it("measures the check's uptime as a ServiceSlo over the recorded any-location success", () => {
    const rules = parse(files.get("prometheus/checkout-api-health-uptime.rules.yml") as string);
    const expressions = JSON.stringify(rules);
    expect(expressions).toContain('flow:probe_success:max{flow=\\"checkout-api-health\\"}[5m]');
  });

  it("draws one availability dashboard per service, whose queries parse", () => {
    const model = JSON.parse(files.get("grafana/checkout.availability.json") as string) as { uid: string; panels: Array<{ title: string; targets: Array<{ expr: string }> }> };
    expect(model.uid).toBe("availability-checkout");
    expect(model.panels.map((panel) => panel.title)).toEqual(Object.values(AVAILABILITY_PANEL_TITLES));
    const expressions = model.panels.flatMap((panel) => panel.targets.map((target) => target.expr));
    expect(expressions).toContain('avg by (flow) (avg_over_time(probe_duration_seconds{service="checkout"}[5m] offset 1w))');
    expressions.forEach((expr) => expect(promqlError(expr), expr).toBeUndefined());
    const dashboards = resources(terraform, "grafana_dashboard").filter((item) => JSON.stringify(item).includes("availability-checkout"));
    expect(dashboards).toHaveLength(1);
  });
});
