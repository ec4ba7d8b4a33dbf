import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { AlertRouting, OnCallTeam, SecretRef, ServiceSlo } from "../../../constructs";
import { ALERTMANAGER_DEFAULT_DETAILS, ALERTMANAGER_EVENT_FIELDS, ALERTMANAGER_EVENT_SOURCE, ORCHESTRATION_SOURCE } from "../../../src/targets/pagerduty/events-v2";
import { WORKFLOW_ACTIONS } from "../../../src/targets/pagerduty/incident-workflow";
import type { PagerDutyEvent } from "../../e2e/support/deliveries";
import { orchestrate, type TerraformConfig } from "../../e2e/support/pagerduty-orchestration";
import { parseCondition } from "../../e2e/support/pcl";
import { availabilityProps, resources, testApp, testStack } from "../../support/app";

type Labels = Record<string, string>;
type PagerDutyConfig = Record<string, unknown> & { details: Labels };

/**
 * Renders the Go templates of the synthesized pagerduty_configs for an alert group's common labels: `{{ .CommonLabels.x }}`
 * and the `{{ if eq .CommonLabels.x "a" "b" }}…{{ else if … }}…{{ else }}…{{ end }}` chain; any other template is
 * refused, so that the fields the orchestration reads are never guessed.
 */
function render(template: string, labels: Labels): string {
  const chain = /^\{\{ if (.*)\{\{ else \}\}(\w+)\{\{ end \}\}$/.exec(template);
  if (chain !== null) {
    for (const branch of chain[1].split("{{ else if ")) {
      const [, label, values, result] = /^eq \.CommonLabels\.(\w+) ((?:"[^"]*" ?)+) \}\}(\w+)$/.exec(branch) ?? [];
      if (label === undefined) throw new Error(`cannot render ${template}`);
      if ([...values.matchAll(/"([^"]*)"/g)].some(([, value]) => labels[label] === value)) return result;
    }
    return chain[2];
  }
  const rendered = template.replace(/\{\{ \.Common(Labels|Annotations)\.(\w+) \}\}/g, (_, kind: string, name: string) => (kind === "Labels" ? labels[name] ?? "" : ""));
  if (rendered.includes("{{")) throw new Error(`cannot render ${template}`);
  return rendered;
}

/** The Events API v2 event Alertmanager sends for a group of alerts with these common labels, by the contract. */
function eventFor(config: PagerDutyConfig, labels: Labels): PagerDutyEvent {
  const field = (key: string) => render(config[key] as string, labels);
  const payload = Object.fromEntries(
    Object.values(ALERTMANAGER_EVENT_FIELDS)
      .filter((entry) => entry.event.startsWith("payload.") && entry.config !== "details" && entry.config !== "description" && config[entry.config] !== undefined)
      .map((entry) => [entry.event.slice("payload.".length), field(entry.config)])
      .filter(([, value]) => value !== ""), // Alertmanager leaves empty class, component and group out (omitempty)
  );
  const details = Object.fromEntries([...Object.entries(config.details).map(([key, value]) => [key, render(value, labels)]), ...ALERTMANAGER_DEFAULT_DETAILS.map((key) => [key, "…"])]);
  return { routing_key: "key", dedup_key: "group", event_action: "trigger", payload: { summary: labels.alertname, severity: "error", ...payload, custom_details: details } } as PagerDutyEvent;
}

describe("PagerDuty event orchestration of what Alertmanager sends", () => {
  let terraform: TerraformConfig & ReturnType<ReturnType<typeof testApp>["terraform"]>;
  let pagerduty: PagerDutyConfig;
  let alerts: Array<{ alert: string; labels: Labels }>;

  beforeAll(() => {
    const test = testApp();
    const stack = testStack(test.app, "production");
    const owner = new OnCallTeam(stack, "shop-team", {
      name: "shop",
      members: ["alice@example.com"],
      slackChannel: "#shop-alerts",
      services: [{ name: "storefront" }, { name: "checkout" }],
      incidentWorkflow: { steps: [{ statusUpdate: { message: "Investigating" } }, { conferenceBridge: { url: "https://meet.example.com/shop" } }] },
    });
    new AlertRouting(stack, "routing", { defaultReceiver: { slack: { channel: "#alerts", webhook: SecretRef.kubernetes("watchkeeper-alertmanager", "default-slack") } } });
    new ServiceSlo(stack, "checkout", { ...availabilityProps(), owner });
    new ServiceSlo(stack, "orders", { ...availabilityProps({ service: "orders", sli: { events: { errors: 'http_requests_total{service="orders",code=~"5.."}', total: 'http_requests_total{service="orders"}' } } }), owner });
    test.app.synth();
    terraform = test.terraform("production") as typeof terraform;
    const files = test.files("production");
    const routing = parse(files.get("alertmanager/alertmanager.yml") as string) as { receivers: Array<{ pagerduty_configs?: PagerDutyConfig[] }> };
    [pagerduty] = routing.receivers.flatMap((receiver) => receiver.pagerduty_configs ?? []);
    alerts = ["checkout", "orders"].flatMap((slo) =>
      (parse(files.get(`prometheus/${slo}-availability.rules.yml`) as string) as { groups: Array<{ rules: Array<{ alert?: string; labels: Labels }> }> }).groups
        .flatMap((group) => group.rules)
        .flatMap((rule) => (rule.alert === undefined ? [] : [{ alert: rule.alert, labels: rule.labels }])),
    );
  });

  const conditions = (type: string) => resources(terraform, type).flatMap((resource) => JSON.stringify(resource).match(/"expression":"((?:[^"\\]|\\.)*)"/g) ?? []).map((match) => JSON.parse(match.slice("\"expression\":".length)) as string);

  it("matches only fields Alertmanager fills, on values its templates produce", () => {
    const filled = new Set([
      ...Object.values(ALERTMANAGER_EVENT_FIELDS).flatMap((entry) => ("pcl" in entry && entry.config !== "details" && pagerduty[entry.config] !== undefined ? [entry.pcl] : [])),
      ...[...Object.keys(pagerduty.details), ...ALERTMANAGER_DEFAULT_DETAILS].map((key) => `${ALERTMANAGER_EVENT_FIELDS.details.pcl}.${key}`),
    ]);
    const read = [...conditions("pagerduty_event_orchestration_router"), ...conditions("pagerduty_event_orchestration_service")].flatMap((expression) =>
      parseCondition(expression).map(({ left, right }) => ({ path: "path" in left ? left.path.join(".") : "", value: "literal" in right ? right.literal : "" })),
    );
    expect(read.length).toBeGreaterThan(0);
    expect(read.filter(({ path }) => !filled.has(path)), `${ALERTMANAGER_EVENT_SOURCE}; ${ORCHESTRATION_SOURCE}`).toEqual([]);
    const produced = new Set([...(pagerduty.severity as string).matchAll(/\}\}(\w+)\{\{/g)].map(([, value]) => value));
    const matched = new Set(read.filter(({ path }) => path === ALERTMANAGER_EVENT_FIELDS.severity.pcl).map(({ value }) => value));
    expect([...matched].sort()).toEqual([...produced].sort());
  });

  it("makes a page a P1 incident of the service's PagerDuty service, which starts the team's incident workflow", () => {
    const page = alerts.find((alert) => alert.labels.severity === "page" && alert.labels.service === "checkout")!;
    const outcome = orchestrate(terraform, eventFor(pagerduty, { ...page.labels, alertname: page.alert }));
    expect(outcome).toMatchObject({ service: "checkout", suppressed: false, priority: "P1", severity: "critical", workflows: ["shop high-priority incident"] });
  });

  it("routes a page about a service the team does not declare to the team's first service, and a ticket to P3 without a workflow", () => {
    const page = alerts.find((alert) => alert.labels.severity === "page" && alert.labels.service === "orders")!;
    expect(orchestrate(terraform, eventFor(pagerduty, { ...page.labels, alertname: page.alert }))).toMatchObject({ service: "storefront", priority: "P1" });
    const ticket = alerts.find((alert) => alert.labels.severity === "ticket")!;
    expect(orchestrate(terraform, eventFor(pagerduty, { ...ticket.labels, alertname: ticket.alert }))).toMatchObject({ priority: "P3", severity: "warning", workflows: [] });
    expect(orchestrate(terraform, eventFor(pagerduty, { ...ticket.labels, severity: "info", alertname: "Note" }))).toMatchObject({ suppressed: true, workflows: [] });
  });

  it("writes incident workflow steps with the actions and inputs PagerDuty's sources show", () => {
    const [workflow] = resources(terraform, "pagerduty_incident_workflow") as Array<{ step: Array<{ action: string; input: Array<{ name: string }> }> }>;
    const actions = Object.values(WORKFLOW_ACTIONS);
    for (const step of workflow.step) {
      const action = actions.find((candidate) => candidate.id === step.action);
      expect(action, step.action).toMatchObject({ confirmed: true });
      step.input.forEach((input) => expect(action?.inputs).toContain(input.name));
    }
    expect(workflow.step.map((step) => step.action)).toEqual(["pagerduty.com:incident-workflows:send-status-update:1", "pagerduty.com:incident-workflows:add-conference-bridge:5"]);
  });
});
