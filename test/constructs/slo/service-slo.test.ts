import { parse, parseAllDocuments } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { ServiceSlo, type ServiceSloProps } from "../../../constructs";
import { validateAgainstCrd } from "../../../src/cli/checks/crd-schema";
import { availabilityProps, resources, synthProblems, team, testApp, type TerraformJson, testStack } from "../../support/app";

describe("ServiceSlo", () => {
  let terraform: TerraformJson;
  let files: Map<string, string>;

  beforeAll(() => {
    const test = testApp();
    const stack = testStack(test.app, "production", { grafanaUrl: "https://grafana.example.com/" });
    new ServiceSlo(stack, "checkout-availability", { ...availabilityProps(), owner: team(stack), labels: { tier: "1" } });
    test.app.synth();
    terraform = test.terraform("production");
    files = test.files("production");
  });

  it("writes one file of each kind, named after the SLO, and its tests in a file per evaluation interval", () => {
    expect([...files.keys()]).toEqual([
      "grafana/checkout-availability.json",
      "kubernetes/checkout-availability.yaml",
      "prometheus/checkout-availability.rules.yml",
      "tests/checkout-availability.every-30m.test.yml",
      "tests/checkout-availability.every-6h.test.yml",
      "tests/checkout-availability.test.yml",
    ]);
  });

  it("pins every provider with its fully qualified source", () => {
    expect(terraform.terraform.required_providers).toEqual({
      datadog: { source: "registry.terraform.io/datadog/datadog", version: "3.82.0" },
      grafana: { source: "registry.terraform.io/grafana/grafana", version: "4.45.1" },
      pagerduty: { source: "registry.terraform.io/pagerduty/pagerduty", version: "3.30.8" },
    });
    expect(terraform.terraform.backend).toEqual({ local: { path: "terraform.production.tfstate" } });
  });

  it("creates a Datadog metric SLO over the same events, which Terraform may not destroy", () => {
    const [slo] = resources(terraform, "datadog_service_level_objective");
    expect(slo).toMatchObject({
      type: "metric",
      name: "checkout availability",
      query: {
        denominator: "sum:http_requests.count{service:checkout}.as_count()",
        numerator: "sum:http_requests.count{service:checkout}.as_count() - sum:http_requests.count{service:checkout AND code:5*}.as_count()",
      },
      thresholds: [{ timeframe: "30d", target: 99.9 }],
      lifecycle: { prevent_destroy: true },
    });
  });

  it("creates a burn-rate monitor per window pair, notifying PagerDuty for pages and Slack for tickets", () => {
    const monitors = resources(terraform, "datadog_monitor").map((monitor) => ({
      query: (monitor.query as string).replace(/\$\{[^}]+\}/, "<slo id>"),
      message: monitor.message as string,
      type: monitor.type,
    }));
    expect(monitors.map((m) => m.query).sort()).toEqual([
      'burn_rate("<slo id>").over("30d").long_window("1h").short_window("5m") > 14.4',
      'burn_rate("<slo id>").over("30d").long_window("24h").short_window("120m") > 3',
      'burn_rate("<slo id>").over("30d").long_window("48h").short_window("240m") > 1.5',
      'burn_rate("<slo id>").over("30d").long_window("6h").short_window("30m") > 6',
    ]);
    expect(monitors.every((m) => m.type === "slo alert")).toBe(true);
    const pages = monitors.filter((m) => / > (14\.4|6)$/.test(m.query));
    expect(pages.every((m) => m.message.endsWith("@pagerduty-checkout_on-call"))).toBe(true);
    const tickets = monitors.filter((m) => !pages.includes(m));
    expect(tickets.every((m) => m.message.endsWith("@slack-checkout-alerts"))).toBe(true);
    expect(monitors.every((m) => m.message.includes("Runbook: https://runbooks.example.com/checkout/availability"))).toBe(true);
  });

  it("delivers the dashboard to Grafana in the service's folder", () => {
    const [dashboard] = resources(terraform, "grafana_dashboard");
    const [folder] = resources(terraform, "grafana_folder");
    expect(folder).toMatchObject({ title: "checkout", uid: "watchkeeper-checkout" });
    expect(dashboard.folder).toMatch(/^\$\{grafana_folder\.[^.]+\.uid\}$/);
    const model = JSON.parse(dashboard.config_json as string);
    expect(model).toMatchObject({ uid: "slo-checkout-availability", title: "SLO checkout availability" });
    expect(model.panels.map((p: { title: string }) => p.title)).toContain("Burn rate");
  });

  it("writes a PrometheusRule and a GrafanaDashboard that their CRDs accept", () => {
    const objects = parseAllDocuments(files.get("kubernetes/checkout-availability.yaml")!).map((d) => d.toJS());
    expect(objects.map((o) => o.kind)).toEqual(["PrometheusRule", "GrafanaDashboard"]);
    for (const object of objects) {
      expect(validateAgainstCrd(object)).toEqual([]);
    }
    const ruleFile = parse(files.get("prometheus/checkout-availability.rules.yml")!);
    // The same rules; the PrometheusRule's alerts also carry its namespace, which its AlertmanagerConfig routes on.
    const inNamespace = (rule: { alert?: string; labels?: object }) => (rule.alert === undefined ? rule : { ...rule, labels: { ...rule.labels, namespace: "monitoring" } });
    expect(objects[0].spec.groups).toEqual(ruleFile.groups.map((group: { rules: object[] }) => ({ ...group, rules: group.rules.map(inNamespace) })));
    expect(objects[0].spec.groups[0].rules[0]).toEqual({
      record: "slo:sli_error:ratio_rate5m",
      expr: 'sum(rate(http_requests_total{service="checkout",code=~"5.."}[5m])) / (sum(rate(http_requests_total{service="checkout"}[5m])) > 0)',
      labels: { env: "production", sloth_id: "checkout-availability", sloth_service: "checkout", sloth_slo: "availability", sloth_window: "5m", tier: "1" },
    });
    expect(objects[0].metadata).toMatchObject({ name: "checkout-availability", namespace: "monitoring" });
  });

  it("labels alerts for routing and links the runbook and the dashboard", () => {
    const alerts = parse(files.get("prometheus/checkout-availability.rules.yml")!).groups[2].rules;
    expect(alerts.map((a: { alert: string; labels: { severity: string } }) => [a.alert, a.labels.severity])).toEqual([
      ["CheckoutAvailabilityErrorBudgetBurn", "page"],
      ["CheckoutAvailabilityErrorBudgetBurn", "ticket"],
      ["CheckoutAvailabilitySLIMetricsAbsent", "ticket"],
    ]);
    expect(alerts[0].labels).toEqual({ team: "checkout", service: "checkout", env: "production", slo: "availability", severity: "page", sloth_severity: "page" });
    expect(alerts[0].annotations).toMatchObject({
      runbook_url: "https://runbooks.example.com/checkout/availability",
      dashboard_url: "https://grafana.example.com/d/slo-checkout-availability",
    });
    expect(alerts[0].expr).toContain("slo:sli_events:increase1h");
  });

  it("synthesizes what it synthesized before", () => {
    expect(files.get("prometheus/checkout-availability.rules.yml")).toMatchSnapshot();
    expect({ ...terraform.resource, grafana_dashboard: undefined }).toMatchSnapshot();
  });
});

describe("ServiceSlo outputs", () => {
  it("writes nothing for a target that is switched off", () => {
    const test = testApp();
    const stack = testStack(test.app, "production");
    new ServiceSlo(stack, "slo", { ...availabilityProps(), owner: team(stack), outputs: { datadog: false, grafana: false } });
    test.app.synth();
    const types = Object.keys(test.terraform("production").resource);
    expect(types.filter((type) => type.startsWith("datadog_") || type.startsWith("grafana_"))).toEqual([]);
    expect(types).toContain("pagerduty_service");
    expect([...test.files("production").keys()].some((path) => path.startsWith("grafana/"))).toBe(false);
  });

  it("routes to the stack's default owner when the SLO names none", () => {
    const test = testApp();
    const scoped = testStack(test.app, "staging", { defaultOwner: "payments" });
    team(scoped, "payments");
    new ServiceSlo(scoped, "slo", availabilityProps());
    test.app.synth();
    const rules = parse(test.files("staging").get("prometheus/checkout-availability.rules.yml")!);
    expect(rules.groups[2].rules[0].labels).toMatchObject({ team: "payments", env: "staging" });
  });

  it("keeps an SLO's logical ids when declarations around it change", () => {
    const sloIds = (others: string[]) => {
      const test = testApp();
      const stack = testStack(test.app, "production");
      const owner = team(stack);
      others.forEach((name) => new ServiceSlo(stack, name, { ...availabilityProps({ name }), owner }));
      new ServiceSlo(stack, "availability", { ...availabilityProps(), owner });
      test.app.synth();
      return Object.keys(test.terraform("production").resource.datadog_service_level_objective);
    };
    const alone = sloIds([]);
    expect(alone).toHaveLength(1);
    expect(alone[0]).toBe("availability_slo");
    expect(sloIds(["latency", "errors"])).toContain(alone[0]);
  });
});

describe("ServiceSlo's alerting, as a Sloth spec sets it", () => {
  const alertsOf = (files: Map<string, string>) =>
    (parse(files.get("prometheus/checkout-availability.rules.yml") as string) as { groups: Array<{ rules: Array<{ alert?: string; labels?: Record<string, string>; annotations?: Record<string, string> }> }> }).groups
      .flatMap((group) => group.rules)
      .filter((rule) => rule.alert !== undefined);

  it("names the burn alerts, adds labels and annotations, and drops a disabled severity on every output", () => {
    const test = testApp();
    const stack = testStack(test.app);
    new ServiceSlo(stack, "checkout-availability", {
      ...availabilityProps(),
      owner: team(stack),
      alerting: {
        name: "CheckoutAvailabilityAlert",
        labels: { category: "availability" },
        annotations: { title: "(page) checkout availability SLO burn" },
        page: { labels: { routing: "urgent" } },
        ticket: { disable: true },
      },
    });
    test.app.synth();
    const alerts = alertsOf(test.files("production"));
    expect(alerts.map((rule) => [rule.alert, rule.labels?.severity, rule.labels?.sloth_severity])).toEqual([
      ["CheckoutAvailabilityAlert", "page", "page"],
      ["CheckoutAvailabilitySLIMetricsAbsent", "ticket", undefined],
    ]);
    expect(alerts[0].labels).toMatchObject({ category: "availability", routing: "urgent", team: "checkout" });
    expect(alerts[0].annotations?.title).toBe("(page) checkout availability SLO burn");
    const monitors = resources(test.terraform("production"), "datadog_monitor").map((monitor) => monitor.name);
    expect(monitors.every((name) => String(name).startsWith("[page]"))).toBe(true);
  });

  it("refuses labels Watchkeeper sets and a name Prometheus refuses", () => {
    const test = testApp();
    const stack = testStack(test.app);
    new ServiceSlo(stack, "checkout-availability", {
      ...availabilityProps(),
      owner: team(stack),
      alerting: { name: "checkout availability", labels: { severity: "critical" }, page: { labels: { sloth_severity: "x" } } },
    });
    expect(synthProblems(test.app)).toEqual([
      'production/checkout-availability: alerting.name: "checkout availability" is not an alert name Prometheus accepts; use letters, digits and underscores, e.g. "CheckoutAvailabilityBurn"',
      'production/checkout-availability: alerting.labels.severity: "severity" is set by Watchkeeper (severity, team, service, env, slo, sloth_severity) and cannot be overridden; choose another name',
      'production/checkout-availability: alerting.page.labels.sloth_severity: "sloth_severity" is set by Watchkeeper (severity, team, service, env, slo, sloth_severity) and cannot be overridden; choose another name',
    ]);
  });
});

describe("ServiceSlo props out of range", () => {
  const latencySli = (latency: object) => ({ sli: { latency: { histogram: 'http_request_duration_seconds{service="checkout"}', threshold: "500ms", buckets: [0.5], ...latency } } });
  const pair = (window: object) => ({ burnRateWindows: [{ severity: "page" as const, budgetConsumedPercent: 2, long: "1h", short: "5m", ...window }] });
  // Each prop on its own, checked by the schema: one problem, at the prop's path, with the fix.
  it.each<[string, Partial<ServiceSloProps>, string]>([
    ["an objective of 100%", { objective: 100 }, "objective: 100 is not a percentage above 0 and below 100; e.g. 99.9 for 99.9%"],
    ["an objective of 0%", { objective: 0 }, "objective: 0 is not a percentage above 0 and below 100; e.g. 99.9 for 99.9%"],
    ["an objective above 100%", { objective: 999 }, "objective: 999 is not a percentage above 0 and below 100; e.g. 99.9 for 99.9%"],
    ["a period that is no duration", { period: "a month" }, 'period: "a month" is not a duration; write it like 30d, 6h, 1h30m or 500ms'],
    ["a period of an hour", { period: "1h" }, 'period: "1h" is shorter than 1d, the shortest this prop takes; use 1d or more'],
    ["a period of a year", { period: "1y" }, 'period: "1y" is longer than 90d, the longest this prop takes; use 90d or less'],
    ["a guard of half an event", { minimumEventsForPage: 0.5 }, "minimumEventsForPage: 0.5 is not a whole number of 0 or more"],
    ["a negative guard", { minimumEventsForPage: -1 }, "minimumEventsForPage: -1 is not a whole number of 0 or more"],
    ["no budget consumed", pair({ budgetConsumedPercent: 0 }), "burnRateWindows[0].budgetConsumedPercent: 0 is not a percentage above 0 to 100; e.g. 80 for 80%"],
    ["more than the budget consumed", pair({ budgetConsumedPercent: 150 }), "burnRateWindows[0].budgetConsumedPercent: 150 is not a percentage above 0 to 100; e.g. 80 for 80%"],
    ["a long window that is no duration", pair({ long: "an hour" }), 'burnRateWindows[0].long: "an hour" is not a duration; write it like 30d, 6h, 1h30m or 500ms'],
    ["a long window over 90 days", pair({ long: "100d" }), 'burnRateWindows[0].long: "100d" is longer than 90d, the longest this prop takes; use 90d or less'],
    ["a short window of seconds", pair({ short: "30s" }), 'burnRateWindows[0].short: "30s" is shorter than 1m, the shortest this prop takes; use 1m or more'],
    ["a latency threshold of 12 days", latencySli({ threshold: "12d" }), 'sli.latency.threshold: "12d" is longer than 11d, the longest this prop takes; use 11d or less'],
    ["a latency threshold of a fraction of a millisecond", latencySli({ threshold: "0.5ms" }), 'sli.latency.threshold: "0.5ms" is not a whole number of milliseconds; write it like 2.5s or 2500ms'],
    ["a bucket bound of 0 seconds", latencySli({ buckets: [0, 0.5] }), "sli.latency.buckets[0]: 0 is not a positive number of seconds; give finite bounds, without +Inf"],
    ["a bucket bound that is no duration", latencySli({ buckets: ["a second", 0.5] }), 'sli.latency.buckets[0]: "a second" is not a duration; write it like 30d, 6h, 1h30m or 500ms'],
    ["no bucket bounds", latencySli({ buckets: [] }), "sli.latency.buckets: give the histogram's bucket bounds, or leave buckets out"],
    ["an alert name with a space", { alerting: { name: "checkout burn" } }, 'alerting.name: "checkout burn" is not an alert name Prometheus accepts; use letters, digits and underscores, e.g. "CheckoutAvailabilityBurn"'],
    ["an annotation that is no label name", { alerting: { annotations: { "run-book": "x" } } }, 'alerting.annotations.run-book: "run-book" is not a Prometheus label name; use letters, digits and underscores, not starting with a digit, e.g. "tier"'],
  ])("refuses %s at its prop, with the fix", (_, overrides, problem) => {
    const test = testApp();
    const stack = testStack(test.app, "production");
    new ServiceSlo(stack, "slo", { ...availabilityProps(overrides), owner: team(stack), outputs: { datadog: false } });
    expect(synthProblems(test.app)).toEqual([`production/slo: ${problem}`]);
  });

  it("still checks the windows against the period and each other", () => {
    const test = testApp();
    const stack = testStack(test.app, "production");
    new ServiceSlo(stack, "slo", { ...availabilityProps({ period: "7d", ...pair({ long: "10d", short: "10d" }) }), owner: team(stack), outputs: { datadog: false } });
    expect(synthProblems(test.app)).toEqual([
      "production/slo: burnRateWindows[0].long: 10d is longer than the period 7d; use a window within the period",
      "production/slo: burnRateWindows[0].short: 10d must be shorter than the long window 10d",
    ]);
  });

  it("names a matcher whose regular expression JavaScript cannot read, and how to write it", () => {
    const test = testApp();
    const stack = testStack(test.app, "production");
    const events = { errors: 'http_requests_total{service="checkout",code=~"(?P<server>5..)"}', total: 'http_requests_total{service="checkout"}' };
    new ServiceSlo(stack, "slo", { ...availabilityProps(), owner: team(stack), sli: { events } });
    expect(synthProblems(test.app)).toEqual([
      'production/slo: sli: the regular expression "(?P<server>5..)" of label code is RE2 syntax JavaScript cannot read (such as (?P<name>…)), ' +
        "so no series can be written for the generated tests; write it in the syntax both read, e.g. (…) for (?P<name>…)",
    ]);
  });
});
