import { describe, expect, it } from "vitest";
import { OnCallTeam, SecretRef, ServiceSlo, type OnCallTeamProps } from "../../../constructs";
import { availabilityProps, resources, synthProblems, testApp, type TerraformJson, testStack } from "../../support/app";

const members = ["ana@example.com", "ben@example.com"];

/** Synthesizes one stack with the given teams (and an SLO using Datadog when asked); returns its Terraform JSON. */
function synth(teams: OnCallTeamProps[], withDatadogSlo = false): TerraformJson {
  const test = testApp();
  const stack = testStack(test.app, "production");
  const declared = teams.map((props) => new OnCallTeam(stack, `${props.name}-team`, props));
  new ServiceSlo(stack, "slo", { ...availabilityProps(), owner: declared[0], outputs: { datadog: withDatadogSlo, grafana: false } });
  test.app.synth();
  return test.terraform("production");
}

function problems(teams: OnCallTeamProps[]): string[] {
  const test = testApp();
  const stack = testStack(test.app, "production");
  teams.forEach((props) => new OnCallTeam(stack, `${props.name}-team`, props));
  return synthProblems(test.app);
}

const planner: OnCallTeamProps = {
  name: "planner",
  members,
  schedules: [{ name: "primary", timeZone: "Europe/Berlin", layers: [{ name: "weekly", handoffDay: "monday", handoffTime: "09:00" }] }],
  escalation: { levels: [{ notify: [{ schedule: "primary" }], delayMinutes: 15 }, { notify: members.map((user) => ({ user })), delayMinutes: 30 }], loops: 3 },
  services: [
    { name: "checkout", businessService: "Shopping", dependsOn: ["payments"], runbookUrl: "https://runbooks.example.com/checkout" },
    { name: "cart", urgency: { supportHours: { timeZone: "Europe/Berlin" } }, alertGrouping: "content-based", autoResolveMinutes: 0 },
  ],
  slackChannel: "#planner-alerts",
  maintenanceWindows: [{ start: "2026-12-13T02:00:00Z", end: "2026-12-13T04:00:00Z", description: "Database upgrade" }],
  incidentWorkflow: { steps: [{ addResponders: { responders: [{ escalationPolicy: true }, { schedule: "primary" }] } }, { statusUpdate: { message: "Investigating" } }] },
};
const payments: OnCallTeamProps = { name: "payments", members: ["cleo@example.com"], services: ["payments"], slackChannel: "#payments" };

describe("OnCallTeam in PagerDuty", () => {
  const json = synth([planner, payments]);
  const byName = (type: string, name: string) => resources(json, type).find((resource) => resource.name === name) as Record<string, never>;

  it("creates the team, its memberships and a weekly schedule handing off Monday 09:00 Berlin time", () => {
    expect(resources(json, "pagerduty_team").map((team) => team.name)).toEqual(["payments", "planner"]);
    expect(resources(json, "pagerduty_team_membership")).toHaveLength(3);
    const schedule = byName("pagerduty_schedule", "primary");
    expect(schedule).toMatchObject({ time_zone: "Europe/Berlin" });
    expect(schedule.layer).toEqual([
      expect.objectContaining({ rotation_turn_length_seconds: 604_800, rotation_virtual_start: "2024-01-01T09:00:00+01:00", users: [expect.stringMatching(/pagerduty_user/), expect.stringMatching(/pagerduty_user/)] }),
    ]);
  });

  it("escalates from the schedule to every member, looping as declared", () => {
    const policy = byName("pagerduty_escalation_policy", "planner escalation");
    expect(policy.num_loops).toBe(3);
    expect((policy.rule as Array<{ escalation_delay_in_minutes: number; target: Array<{ type: string }> }>).map((rule) => [rule.escalation_delay_in_minutes, rule.target.map((t) => t.type)])).toEqual([
      [15, ["schedule_reference"]],
      [30, ["user_reference", "user_reference"]],
    ]);
  });

  it("gives each owned service its urgency, support hours, grouping and timeouts", () => {
    expect(byName("pagerduty_service", "checkout")).toMatchObject({
      incident_urgency_rule: { type: "constant", urgency: "high" },
      alert_grouping_parameters: { type: "intelligent" },
      auto_resolve_timeout: "14400",
      acknowledgement_timeout: "1800",
    });
    expect(byName("pagerduty_service", "cart")).toMatchObject({
      incident_urgency_rule: { type: "use_support_hours", during_support_hours: { urgency: "high" }, outside_support_hours: { urgency: "low" } },
      support_hours: { type: "fixed_time_per_day", time_zone: "Europe/Berlin", days_of_week: [1, 2, 3, 4, 5], start_time: "09:00:00", end_time: "17:00:00" },
      alert_grouping_parameters: { type: "content_based" },
      auto_resolve_timeout: "null",
    });
  });

  it("shows what depends on what: a business service and a dependency on another team's service", () => {
    expect(resources(json, "pagerduty_business_service").map((service) => service.name)).toEqual(["Shopping"]);
    const dependencies = resources(json, "pagerduty_service_dependency").map((resource) => JSON.stringify(resource.dependency));
    expect(dependencies).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/pagerduty_business_service.*"type":"business_service".*pagerduty_service\.planner-team_service-checkout.*"type":"service"/),
        expect.stringMatching(/pagerduty_service\.planner-team_service-checkout.*pagerduty_service\.payments-team_service-payments/),
      ]),
    );
  });

  it("routes events by service and orchestrates them per service", () => {
    const [router] = resources(json, "pagerduty_event_orchestration_router") as Array<{ set: { rule: Array<{ condition: Array<{ expression: string }>; actions: { route_to: string } }> }; catch_all: unknown }>;
    expect(router.set.rule.map((rule) => [rule.condition[0].expression, rule.actions.route_to])).toEqual([
      ["event.component matches 'cart'", "${pagerduty_service.planner-team_service-cart.id}"],
      ["event.component matches 'checkout'", "${pagerduty_service.planner-team_service-checkout.id}"],
      ["event.component matches 'payments'", "${pagerduty_service.payments-team_service-payments.id}"],
      // a team's events about services it does not declare go to its first service, as teamReceivers routes a page
      ["event.group matches 'payments'", "${pagerduty_service.payments-team_service-payments.id}"],
      ["event.group matches 'planner'", "${pagerduty_service.planner-team_service-checkout.id}"],
    ]);
    expect(router.catch_all).toEqual({ actions: { route_to: "unrouted" } });
    const checkout = resources(json, "pagerduty_event_orchestration_service").find((o) => JSON.stringify(o).includes("runbooks.example.com/checkout")) as { set: Array<{ rule: Array<{ label: string; actions: Record<string, unknown> }> }> };
    expect(checkout.set[0].rule.map((rule) => [rule.label, Object.keys(rule.actions).sort()])).toEqual([
      ["Suppress informational alerts", ["suppress"]],
      ["Pages are P1", ["annotate", "priority", "severity"]],
      ["Tickets are P3", ["annotate", "priority", "severity"]],
    ]);
    expect(json).toMatchObject({ output: { pagerduty_routing_key: { sensitive: true } } });
  });

  it("declares maintenance windows and the incident workflow with its trigger", () => {
    expect(resources(json, "pagerduty_maintenance_window")).toEqual([
      expect.objectContaining({ start_time: "2026-12-13T02:00:00Z", end_time: "2026-12-13T04:00:00Z", services: [expect.stringContaining("checkout"), expect.stringContaining("cart")] }),
    ]);
    const [workflow] = resources(json, "pagerduty_incident_workflow") as Array<{ step: Array<{ action: string; input: Array<{ name: string; value: string }> }> }>;
    expect(workflow.step.map((step) => step.action)).toEqual(["pagerduty.com:incident-workflows:add-responders:2", "pagerduty.com:incident-workflows:send-status-update:1"]);
    expect(JSON.parse(workflow.step[0].input[0].value).map((responder: { type: string }) => responder.type)).toEqual(["escalation_policy", "schedule"]);
    expect(resources(json, "pagerduty_incident_workflow_trigger")).toEqual([
      expect.objectContaining({ type: "conditional", condition: "incident.priority matches 'P1'", subscribed_to_all_services: false }),
    ]);
  });

  it("adds Datadog PagerDuty service objects only when the stack uses Datadog, keyed by a Datadog integration on each service", () => {
    expect(resources(json, "datadog_integration_pagerduty_service_object")).toEqual([]);
    expect(resources(json, "pagerduty_service_integration")).toEqual([]);
    const withDatadog = synth([planner, payments], true);
    const objects = resources(withDatadog, "datadog_integration_pagerduty_service_object");
    expect(objects.map((o) => o.service_name).sort()).toEqual(["cart", "checkout", "payments"]);
    const integrations = withDatadog.resource.pagerduty_service_integration as Record<string, Record<string, unknown>>;
    const services = withDatadog.resource.pagerduty_service as Record<string, { name: string }>;
    for (const object of objects) {
      const [, integrationId] = /^\$\{pagerduty_service_integration\.([\w-]+)\.integration_key\}$/.exec(String(object.service_key)) ?? [];
      const integration = integrations[integrationId];
      const [, vendorId] = /^\$\{data\.pagerduty_vendor\.([\w-]+)\.id\}$/.exec(String(integration.vendor)) ?? [];
      expect(withDatadog.data?.pagerduty_vendor[vendorId]).toMatchObject({ name: "Datadog" });
      expect(integration.name).toBe("Datadog");
      const [, serviceId] = /^\$\{pagerduty_service\.([\w-]+)\.id\}$/.exec(String(integration.service)) ?? [];
      expect(services[serviceId].name).toBe(object.service_name);
    }
    expect(Object.keys(integrations)).toHaveLength(3);
    expect((withDatadog as unknown as { variable?: unknown }).variable).toBeUndefined();
  });
});

describe("OnCallTeam bad input", () => {
  it("reports schedules without members, short escalation delays, unknown dependencies and literal secrets", () => {
    const found = problems([
      {
        ...planner,
        schedules: [{ name: "primary", timeZone: "Mars/Olympus", layers: [{ name: "empty", members: [] }] }],
        escalation: { levels: [{ notify: [{ schedule: "primary" }], delayMinutes: 0 }] },
        services: [{ name: "checkout", dependsOn: ["billing"] }],
        alertmanager: { slackWebhook: "https://hooks.slack.com/services/T000/B000/XXXX" as unknown as SecretRef },
      },
    ]);
    expect(found).toEqual([
      'production/planner-team: schedules[0].timeZone: "Mars/Olympus" is not an IANA time zone; e.g. "Europe/Berlin"',
      "production/planner-team: escalation.levels[0].delayMinutes: 0 is not a whole number of 1 or more",
      'production/planner-team: alertmanager.slackWebhook: is a literal string, and secrets must not be written into configuration; pass a reference instead: SecretRef.kubernetes("watchkeeper-alertmanager", "<key>") or SecretRef.file("/run/secrets/<name>")',
      "production/planner-team: schedules[0] (primary): layer empty has no members; list the people who take turns, or add members to the team",
      'production/planner-team: services: service checkout depends on "billing", which no team of the stack owns (checkout); declare it in a team\'s services',
    ]);
  });

  it("rejects a service owned twice and an SLO owned by a team that does not exist", () => {
    const test = testApp();
    const stack = testStack(test.app, "production");
    new OnCallTeam(stack, "a", { name: "a", members, services: ["checkout"] });
    new OnCallTeam(stack, "b", { name: "b", members, services: ["checkout"] });
    new ServiceSlo(stack, "slo", { ...availabilityProps(), owner: "c", outputs: { datadog: false } });
    expect(synthProblems(test.app)).toEqual(
      expect.arrayContaining([
        "production: PagerDuty service checkout is declared 2 times (production/a, production/b); names must be unique in a stack",
        'production/slo: owner "c" is not a team of stack production; use one of: a, b',
      ]),
    );
  });
});

describe("OnCallTeam props out of range", () => {
  const service = (overrides: object) => ({ ...planner, services: [{ name: "checkout", ...overrides }] });
  const support = (hours: object) => service({ urgency: { supportHours: { timeZone: "UTC", ...hours } } });
  // Each prop on its own, checked by the schema: one problem, at the prop's path, with the fix.
  it.each<[string, OnCallTeamProps, string]>([
    ["a member that is no address", { ...planner, members: ["ana", ...members] }, 'members[0]: "ana" is not an email address; use the member\'s PagerDuty login, e.g. alice@example.com'],
    ["a team address that is none", { ...planner, email: "planner" }, 'email: "planner" is not an email address; e.g. team@example.com'],
    ["a Slack channel without #", { ...planner, slackChannel: "planner" }, 'slackChannel: "planner" must look like #team-alerts (lower case, no spaces)'],
    ["a handoff at no time of day", { ...planner, schedules: [{ name: "primary", layers: [{ name: "weekly", handoffTime: "9am" }] }] }, 'schedules[0].layers[0].handoffTime: "9am" is not a time of day; write it as HH:MM, e.g. 09:00'],
    ["a level that notifies nobody", { ...planner, escalation: { levels: [{ notify: [] }] } }, "escalation.levels[0].notify: is empty; give it a schedule or a member"],
    ["a delay of half a minute", { ...planner, escalation: { levels: [{ notify: [{ schedule: "primary" }], delayMinutes: 0.5 }] } }, "escalation.levels[0].delayMinutes: 0.5 is not a whole number of 1 or more"],
    ["ten loops", { ...planner, escalation: { loops: 10 } }, "escalation.loops: 10 is not a whole number from 0 to 9"],
    ["a negative auto-resolve", service({ autoResolveMinutes: -1 }), "services[0].autoResolveMinutes: -1 is not a whole number of 0 or more"],
    ["a fractional acknowledgement timeout", service({ acknowledgementTimeoutMinutes: 2.5 }), "services[0].acknowledgementTimeoutMinutes: 2.5 is not a whole number of 0 or more"],
    ["support hours without seconds", support({ start: "09:00" }), 'services[0].urgency.supportHours.start: "09:00" is not a time of day written HH:MM:SS; e.g. 09:00:00'],
    ["a support day 8", support({ days: [1, 8] }), "services[0].urgency.supportHours.days[1]: 8 is not a whole number from 1 to 7"],
    ["a maintenance window without offset", { ...planner, maintenanceWindows: [{ start: "2026-12-13 02:00", end: "2026-12-13T04:00:00Z", description: "upgrade" }] }, 'maintenanceWindows[0].start: "2026-12-13 02:00" is not an ISO 8601 time with an offset; e.g. 2026-12-06T02:00:00Z'],
    ["a mute on no weekday", { ...planner, recurringMutes: [{ name: "weekend", weekdays: ["sat"], start: "00:00", end: "23:59" }] }, 'recurringMutes[0].weekdays[0]: "sat" is not one of "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"; use one of them'],
    ["a mute on no days", { ...planner, recurringMutes: [{ name: "weekend", weekdays: [], start: "00:00", end: "23:59" }] }, 'recurringMutes[0].weekdays: is empty; list lower-case day names, e.g. ["saturday", "sunday"]'],
    ["a mute ending at no time", { ...planner, recurringMutes: [{ name: "weekend", weekdays: ["sunday"], start: "00:00", end: "24:00" }] }, 'recurringMutes[0].end: "24:00" is not a time of day; write it as HH:MM, e.g. 09:00'],
    ["a workflow without steps", { ...planner, incidentWorkflow: { steps: [] } }, "incidentWorkflow.steps: is empty; declare what should happen, or leave the incident workflow out"],
    ["a priority PagerDuty lacks", { ...planner, incidentWorkflow: { priorities: ["P0"], steps: [{ statusUpdate: { message: "Investigating" } }] } }, 'incidentWorkflow.priorities[0]: "P0" is not one of "P1", "P2", "P3", "P4", "P5"; use one of them'],
    ["a routing key in clear", { ...planner, alertmanager: { pagerDutyRoutingKey: { key: "abc" } as unknown as SecretRef } }, 'alertmanager.pagerDutyRoutingKey: must be a secret reference: SecretRef.kubernetes("watchkeeper-alertmanager", "<key>") or SecretRef.file("/run/secrets/<name>")'],
  ])("refuses %s at its prop, with the fix", (_, props, problem) => {
    expect(problems([props, payments])).toEqual([`production/planner-team: ${problem}`]);
  });
});
