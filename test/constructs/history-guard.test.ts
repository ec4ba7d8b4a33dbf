import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MonitoringApp, OnCallTeam, SynthError, ServiceSlo, type MonitoringStackProps } from "../../constructs";
import { availabilityProps, synthProblems, team, testApp, type TerraformJson, testStack } from "../support/app";

/**
 * Synthesizes the production stack into `folder`: a team and the SLOs named, as a team's repository does
 * between two commits.
 */
function synthInto(folder: string, sloNames: readonly string[], props: MonitoringStackProps = {}): MonitoringApp {
  const app = new MonitoringApp({ outdir: join(folder, "dist"), terraformOutdir: join(folder, "cdktf.out") });
  const stack = testStack(app, "production", props);
  const owner = team(stack);
  for (const name of sloNames) {
    new ServiceSlo(stack, `checkout-${name}`, { ...availabilityProps({ name }), owner });
  }
  app.synth();
  return app;
}

/** The protected resources a declaration produced, by address. */
function addressesOf(json: TerraformJson, pathPrefix: string): string[] {
  return ["datadog_service_level_objective", "datadog_monitor", "grafana_dashboard"].flatMap((type) =>
    Object.entries(json.resource[type] ?? {})
      .filter(([, resource]) => (resource["//"] as { metadata: { path: string } }).metadata.path.startsWith(pathPrefix))
      .map(([id]) => `${type}.${id}`),
  );
}

/** Two synths into one folder, the second without checkout's errors SLO; the first synth's output and the removed addresses. */
function deletedSlo() {
  const test = testApp();
  synthInto(test.folder, ["availability", "errors"]);
  const removed = addressesOf(test.terraform("production"), "production/checkout-errors/");
  return { ...test, removed };
}

function guardError(work: () => void): SynthError {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(SynthError);
    return error as SynthError;
  }
  throw new Error("synth succeeded, but a protected resource was dropped");
}

describe("the protected-history guard", () => {
  it("fails synth when a declaration whose resources keep history is deleted, naming each address, its path and both fixes", () => {
    const { folder, removed } = deletedSlo();
    expect(removed.length).toBeGreaterThanOrEqual(3);
    const slo = removed.find((address) => address.startsWith("datadog_service_level_objective.")) as string;

    const error = guardError(() => synthInto(folder, ["availability"]));

    expect(error.problems.map((problem) => problem.split(" ")[1]).sort()).toEqual([...removed].sort());
    const problem = error.problems.find((line) => line.startsWith(`production: ${slo} `)) as string;
    expect(problem).toContain("(from production/checkout-errors/");
    expect(problem).toContain("Terraform would destroy it and its history");
    expect(problem).toContain(`retired: [{ address: "${slo}", reason: "…" }]`);
    expect(problem).toContain(`acknowledgeDestroy: ["${slo}"]`);
  });

  it("passes when the resources are retired, with a removed block that keeps each in its vendor account", () => {
    const { folder, terraform, removed } = deletedSlo();
    synthInto(folder, ["availability"], { retired: removed.map((address) => ({ address, reason: "errors are counted by the availability SLO" })) });

    const json = terraform("production") as TerraformJson & { removed: unknown[]; terraform: { required_version: string } };
    expect(json.removed).toEqual([...removed].sort().map((address) => ({ from: address, lifecycle: { destroy: false } })));
    expect(json.terraform.required_version).toBe(">= 1.7.0");
  });

  it("passes when the destroy is acknowledged, without a removed block", () => {
    const { folder, terraform, removed } = deletedSlo();
    synthInto(folder, ["availability"], { acknowledgeDestroy: removed });

    const json = terraform("production") as TerraformJson & { removed?: unknown };
    expect(json.removed).toBeUndefined();
    expect(addressesOf(json, "production/checkout-errors/")).toEqual([]);
  });

  it("fails when one of the resources is neither retired nor acknowledged", () => {
    const { folder, removed } = deletedSlo();
    const [kept, ...acknowledged] = removed;
    const error = guardError(() => synthInto(folder, ["availability"], { acknowledgeDestroy: acknowledged }));
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatch(new RegExp(`^production: ${kept.replace(/\./g, "\\.")} \\(from production/checkout-errors/`));
  });

  it("passes when only resources without history go (a member leaving the team)", () => {
    const { folder, terraform } = testApp();
    const synthTeam = (members: string[]) => {
      const app = new MonitoringApp({ outdir: join(folder, "dist"), terraformOutdir: join(folder, "cdktf.out") });
      new OnCallTeam(testStack(app, "production"), "checkout-team", { name: "checkout", members, services: ["checkout"] });
      app.synth();
    };
    synthTeam(["alice@example.com", "bob@example.com"]);
    synthTeam(["bob@example.com"]);
    expect(Object.keys(terraform("production").resource.pagerduty_team_membership)).toHaveLength(1);
  });

  it("refuses a retired resource that is still declared", () => {
    const { folder, terraform } = testApp();
    synthInto(folder, ["availability"]);
    const [address] = addressesOf(terraform("production"), "production/checkout-availability/");
    const error = guardError(() => synthInto(folder, ["availability"], { retired: [{ address, reason: "replaced" }] }));
    expect(error.problems).toEqual([`production: ${address} is retired but still declared; remove the declaration, or remove it from retired`]);
  });

  it("refuses addresses that are not Terraform resource addresses, and a retirement without a reason", () => {
    const { app } = testApp();
    const stack = testStack(app, "production", {
      retired: [{ address: "checkout/availability", reason: "moved" }, { address: "datadog_monitor.a_1", reason: " " }],
      acknowledgeDestroy: ["grafana_dashboard"],
    });
    team(stack);
    expect(synthProblems(app)).toEqual([
      'production: "checkout/availability" is not a Terraform resource address; write it as <type>.<logical id>, as the synth error names it',
      'production: "grafana_dashboard" is not a Terraform resource address; write it as <type>.<logical id>, as the synth error names it',
      "production: retired datadog_monitor.a_1 gives no reason; say why it was retired, for those who read the stack later",
    ]);
  });
});
