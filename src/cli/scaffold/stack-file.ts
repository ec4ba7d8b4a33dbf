/**
 * The team repository's app, `main.ts`: one production stack with the team's OnCallTeam and an availability
 * ServiceSlo of its service, ending in `app.run()` (a summary per stack, or the problems as a list and exit 1).
 * `team` is a checked team name (lower-case letters, digits and dashes), so it goes into strings as it is.
 */
export function mainTs(team: string): string {
  return `import { MonitoringApp, MonitoringStack, OnCallTeam, ServiceSlo } from "watchkeeper";

const app = new MonitoringApp();
// The Terraform state is a local file by default. Deploying from CI needs a state that outlives the job: pass
// terraformBackend, e.g. (stack) => new S3Backend(stack, { bucket: "…", key: "monitoring/production.tfstate", region: "…" }).
const stack = new MonitoringStack(app, "production", {
  grafanaUrl: "https://grafana.example.com",
  // The metrics the service exports itself, with their labels: every rule's selector must come from a declared source.
  externalSignals: [{ description: "${team}'s HTTP server", metrics: ["http_requests_total"], labels: ["service", "code"] }],
});

const team = new OnCallTeam(stack, "team", {
  name: "${team}",
  members: ["alice@example.com", "bob@example.com"],
  slackChannel: "#${team}-alerts",
});

new ServiceSlo(stack, "availability", {
  service: "${team}",
  name: "availability",
  objective: 99.9,
  owner: team,
  runbookUrl: "https://runbooks.example.com/${team}/availability",
  sli: {
    events: {
      errors: 'http_requests_total{service="${team}",code=~"5.."}',
      total: 'http_requests_total{service="${team}"}',
    },
  },
});

app.run();
`;
}
