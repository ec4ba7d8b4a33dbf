import { ApiHealthCheck, CriticalUserFlow, type MonitoringStack, type OnCallTeam } from "../constructs";
import type { OrganisationSettings } from "./settings";

const API = "https://api.planner.example.com";
const WEB = "https://app.planner.example.com";
const RUNBOOKS = "https://runbooks.example.com/intelligent-teams-planner/flows";

/** What the planner's flows share: the service, its owner, its uptime objective and its response time target. */
function flowSettings(settings: OrganisationSettings, owner: OnCallTeam) {
  return {
    common: { service: settings.serviceName, owner, uptimeObjective: settings.availabilityTarget },
    responseTimeBelow: `${settings.responseTimeTargetMs}ms`,
  };
}

/**
 * The public API's health checks, probed every minute from the stack's locations: `api-health`, whose probes
 * measure the planner's availability, and `api-status`. Returns the health check.
 */
export function plannerHealthChecks(stack: MonitoringStack, settings: OrganisationSettings, owner: OnCallTeam): ApiHealthCheck {
  const { common, responseTimeBelow } = flowSettings(settings, owner);
  const [health] = (["api-health", "api-status"] as const).map(
    (name) =>
      new ApiHealthCheck(stack, name, {
        ...common,
        name,
        runbookUrl: `${RUNBOOKS}/${name}`,
        frequency: "1m",
        request: { url: `${API}${name === "api-health" ? "/health" : "/v1/status"}`, expect: { status: 200, responseTimeBelow, bodyContains: "ok" } },
        // Customers see the public API's health on the status page; the status endpoint is internal.
        statusPage: name === "api-health" ? { component: "Public API", description: "The planner's REST API for integrations" } : undefined,
      }),
  );
  return health;
}

/**
 * The planner's critical user flows, run by robots from the stack's locations: a planner signs in, creates a plan
 * and loads the team board with the token sign-in gave; a person signs in on the web. The robot's password is the
 * secret PLANNER_ROBOT_PASSWORD (TF_VAR_synthetics_secret_planner_robot_password).
 */
export function plannerFlows(stack: MonitoringStack, settings: OrganisationSettings, owner: OnCallTeam): void {
  const { common, responseTimeBelow } = flowSettings(settings, owner);

  new CriticalUserFlow(stack, "plan-a-sprint", {
    ...common,
    name: "plan-a-sprint",
    runbookUrl: `${RUNBOOKS}/plan-a-sprint`,
    secrets: ["PLANNER_ROBOT_PASSWORD"],
    alertWhen: { failingLocations: 2, forAtLeast: "5m", retries: 1 },
    // Three requests sharing a token: the blackbox exporter runs single requests, Datadog runs the flow.
    outputs: { prometheus: false },
    steps: [
      {
        kind: "http",
        name: "sign in",
        method: "POST",
        url: `${API}/v1/sessions`,
        body: '{"email":"robot@planner.example.com","password":"{{ PLANNER_ROBOT_PASSWORD }}"}',
        expect: { status: 201, responseTimeBelow },
        extract: { TOKEN: { jsonPath: "$.token" } },
      },
      {
        kind: "http",
        name: "create a plan",
        method: "POST",
        url: `${API}/v1/plans`,
        headers: { Authorization: "Bearer {{ TOKEN }}" },
        body: '{"name":"Synthetic sprint","team":"robots"}',
        expect: { status: 201, jsonPath: { "$.team": "robots" } },
        extract: { PLAN_ID: { jsonPath: "$.id" } },
      },
      {
        kind: "http",
        name: "load the team board",
        url: `${API}/v1/teams/robots/board?plan={{ PLAN_ID }}`,
        headers: { Authorization: "Bearer {{ TOKEN }}" },
        expect: { status: 200, responseTimeBelow, headers: { "content-type": "application/json" } },
      },
    ],
  });

  new CriticalUserFlow(stack, "web-sign-in", {
    ...common,
    name: "web-sign-in",
    runbookUrl: `${RUNBOOKS}/web-sign-in`,
    secrets: ["PLANNER_ROBOT_PASSWORD"],
    frequency: "15m",
    outputs: { prometheus: false },
    steps: [
      { kind: "goto", url: `${WEB}/login` },
      { kind: "type", selector: "input[name=email]", text: "robot@planner.example.com" },
      { kind: "type", selector: "input[name=password]", text: "{{ PLANNER_ROBOT_PASSWORD }}" },
      { kind: "click", selector: "button[type=submit]" },
      { kind: "assertUrl", contains: "/board" },
      { kind: "assertText", text: "Team board" },
    ],
  });
}
