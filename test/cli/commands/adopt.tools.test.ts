import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, runInFolder, teamAppFolder } from "../../support/team-folder";

const FIXTURES = join(__dirname, "../../fixtures/adopt");

/** Checkout's team and availability SLO in a stack that reads adopt/production.json. */
const CHECKOUT = [
  'const stack = new MonitoringStack(app, "production", { adopt: "adopt/production.json", hashedAddressMoves: false, externalSignals: [{ description: "checkout", metrics: ["http_requests_total"], labels: ["service", "code"] }] });',
  'const owner = new OnCallTeam(stack, "checkout-team", { name: "checkout", members: ["ana@example.com"], slackChannel: "#checkout" });',
  'new ServiceSlo(stack, "checkout-availability", { service: "checkout", name: "availability", objective: 99.9, owner, runbookUrl: "https://runbooks.example.com",' +
    ` sli: { events: { errors: 'http_requests_total{service="checkout",code=~"5.."}', total: 'http_requests_total{service="checkout"}' } } });`,
];

type StackJson = { import?: { to: string; id: string }[]; resource: Record<string, Record<string, unknown>>; terraform: { required_version?: string } };

describe("watchkeeper adopt in a team's repository", () => {
  it("synthesizes the app without its adopt file, writes the file, and the app's next synth turns it into the stack's import blocks", () => {
    const folder = teamAppFolder(CHECKOUT);
    const before = runInFolder(folder, ["main.ts"]);
    expect(before.status).toBe(1);
    expect(before.stderr).toContain("adopt: adopt/production.json does not exist; write it with watchkeeper adopt");
    const adopt = runInFolder(folder, [CLI, "adopt", "--id", "production/checkout-availability/slo=25dda1a2705a53c88b7f9c0a4cf8b8be", "--pagerduty-services", join(FIXTURES, "pagerduty-services.json")]);
    expect(adopt.stderr).toBe("");
    expect(adopt.status).toBe(0);
    expect(adopt.stdout.split("\n")[0]).toBe("adopt/production.json: 2 import blocks for stack production (1 by name, 1 by id)");
    const written = JSON.parse(readFileSync(join(folder, "adopt/production.json"), "utf8")) as { import: { to: string; id: string }[] };
    const synth = runInFolder(folder, ["main.ts"]);
    expect(synth.stderr).toBe("");
    const json = JSON.parse(readFileSync(join(folder, "cdktf.out/stacks/production/cdk.tf.json"), "utf8")) as StackJson;
    expect(json.import).toEqual([
      { to: "datadog_service_level_objective.checkout-availability_slo", id: "25dda1a2705a53c88b7f9c0a4cf8b8be" },
      { to: "pagerduty_service.checkout-team_service-checkout-on-call", id: "PIJ90N7" },
    ]);
    expect(json.import).toEqual(written.import.map(({ to, id }) => ({ to, id })));
    expect(json.import?.filter(({ to }) => json.resource[to.split(".")[0]]?.[to.split(".")[1]] === undefined)).toEqual([]);
    expect(json.terraform.required_version).toBe(">= 1.5.0");
  });

  it("lists the problems of an app that cannot synth, and exits 1", () => {
    const folder = teamAppFolder([...CHECKOUT, 'new ServiceSlo(stack, "broken", { service: "checkout", name: "broken", objective: 100, owner, runbookUrl: "https://runbooks.example.com", sli: { events: { errors: "http_requests_total", total: "http_requests_total" } } });']);
    const result = runInFolder(folder, [CLI, "adopt", "--pagerduty-services", join(FIXTURES, "pagerduty-services.json")]);
    expect(result.stderr).toMatch(/^1 problem to fix before synth:\n {2}- production\/broken: objective: 100/);
    expect(result.status).toBe(1);
  });
});
