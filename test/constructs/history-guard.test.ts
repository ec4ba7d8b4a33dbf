import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MonitoringApp, OnCallTeam, SynthError, ServiceSlo, type MonitoringStackProps } from "../../constructs";
import { HISTORY_KEEPING_TYPES } from "../../src/domain/plan-diff/danger-signals";
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
  return [...HISTORY_KEEPING_TYPES].flatMap((type) =>
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
  it("fails synth when a declaration whose resources keep history is deleted: one problem naming each address, its path and the fixes", () => {
    const { folder, removed } = deletedSlo();
    expect(removed.length).toBeGreaterThanOrEqual(3);

    const error = guardError(() => synthInto(folder, ["availability"]));

    expect(error.problems).toHaveLength(1);
    const [problem] = error.problems;
    for (const address of removed) {
      expect(problem).toContain(`${address} (from production/checkout-errors/`);
    }
    expect(problem).toContain("Terraform would destroy them and their history");
    expect(problem).toContain(`retired: [{ address: "${removed[0]}", reason: "…" }, …]`);
    expect(problem).toContain('acknowledgeDestroy: ["production/checkout-errors"]');
  });

  it("passes when the resources are retired, with a removed block that keeps each in its vendor account", () => {
    const { folder, terraform, removed } = deletedSlo();
    synthInto(folder, ["availability"], { retired: removed.map((address) => ({ address, reason: "errors are counted by the availability SLO" })) });

    const json = terraform("production") as TerraformJson & { removed: unknown[]; terraform: { required_version: string } };
    expect(json.removed).toEqual([...removed].sort().map((address) => ({ from: address, lifecycle: { destroy: false } })));
    expect(json.terraform.required_version).toBe(">= 1.7.0");
  });

  it("passes when the destroy is acknowledged by address, without a removed block", () => {
    const { folder, terraform, removed } = deletedSlo();
    synthInto(folder, ["availability"], { acknowledgeDestroy: removed });

    const json = terraform("production") as TerraformJson & { removed?: unknown };
    expect(json.removed).toBeUndefined();
    expect(addressesOf(json, "production/checkout-errors/")).toEqual([]);
  });

  it("passes when the destroy is acknowledged by the declaration's construct path, which covers its whole set", () => {
    const { folder, terraform } = deletedSlo();
    synthInto(folder, ["availability"], { acknowledgeDestroy: ["production/checkout-errors"] });
    expect(addressesOf(terraform("production"), "production/checkout-errors/")).toEqual([]);
  });

  it("fails when one of the resources is neither retired nor acknowledged, naming only that one", () => {
    const { folder, removed } = deletedSlo();
    const [kept, ...acknowledged] = removed;
    const error = guardError(() => synthInto(folder, ["availability"], { acknowledgeDestroy: acknowledged }));
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatch(new RegExp(`^production: ${kept.replace(/\./g, "\\.")} \\(from production/checkout-errors/[^)]+\\) was in the previous synth`));
    expect(error.problems[0]).toContain("destroy it and its history");
  });

  it("reports an acknowledgement that acknowledges no destroy, by address or by path, naming the entry and the fix", () => {
    const { folder } = deletedSlo();
    const stale = ["datadog_monitor.checkout-latency_burn-rate-page-1h", "production/checkout-availability"];
    const error = guardError(() => synthInto(folder, ["availability", "errors"], { acknowledgeDestroy: stale }));
    expect(error.problems).toEqual([
      'production: acknowledgeDestroy "datadog_monitor.checkout-latency_burn-rate-page-1h" acknowledges nothing: this synth drops no protected resource of the previous synth at that address. ' +
        "Remove it from acknowledgeDestroy (props of MonitoringStack production): an acknowledgement is needed by the one synth that drops the resource, and a stale one would let a later destroy through unread",
      'production: acknowledgeDestroy "production/checkout-availability" acknowledges nothing: this synth drops no protected resource of the previous synth under that construct path. ' +
        "Remove it from acknowledgeDestroy (props of MonitoringStack production): an acknowledgement is needed by the one synth that drops the resource, and a stale one would let a later destroy through unread",
    ]);
  });

  it("reports an acknowledgement left in after the synth that needed it", () => {
    const { folder } = deletedSlo();
    synthInto(folder, ["availability"], { acknowledgeDestroy: ["production/checkout-errors"] });
    const error = guardError(() => synthInto(folder, ["availability"], { acknowledgeDestroy: ["production/checkout-errors"] }));
    expect(error.problems).toEqual([expect.stringMatching(/^production: acknowledgeDestroy "production\/checkout-errors" acknowledges nothing/)]);
  });

  it("accepts any acknowledgement when there is no previous synth to compare with (a fresh checkout, watchkeeper diff)", () => {
    const { folder } = testApp();
    expect(() => synthInto(folder, ["availability"], { acknowledgeDestroy: ["production/checkout-errors"] })).not.toThrow();
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

  it("refuses entries that are neither addresses nor construct paths of the stack, and a retirement without a reason", () => {
    const { app } = testApp();
    const stack = testStack(app, "production", {
      retired: [{ address: "checkout/availability", reason: "moved" }, { address: "datadog_monitor.a_1", reason: " " }],
      acknowledgeDestroy: ["grafana_dashboard", "staging/checkout-availability", "production/checkout-availability"],
    });
    team(stack);
    expect(synthProblems(app)).toEqual([
      'production: "checkout/availability" is not a Terraform resource address; write it as <type>.<logical id>, as the synth error names it',
      'production: acknowledgeDestroy "grafana_dashboard" is neither a Terraform resource address nor a construct path; write <type>.<logical id> or production/<construct id>, as the synth error names them',
      'production: acknowledgeDestroy "staging/checkout-availability" is not a construct path of stack production; write production/<construct id>, as the synth error names it',
      "production: retired datadog_monitor.a_1 gives no reason; add reason: \"…\" to its entry in retired (props of MonitoringStack production), saying why it was retired, for those who read the stack later",
    ]);
  });
});

describe("prevent_destroy", () => {
  it("is set on every resource of a type that keeps history, and on no other", () => {
    const { app, terraform } = testApp();
    const stack = testStack(app, "production");
    const owner = new OnCallTeam(stack, "checkout-team", { name: "checkout", members: ["alice@example.com"], schedules: [{ name: "primary" }], services: ["checkout"], slackChannel: "#checkout" });
    new ServiceSlo(stack, "checkout-availability", { ...availabilityProps(), owner });
    app.synth();
    const protectedTypes = new Set<string>();
    for (const [type, resources] of Object.entries(terraform("production").resource)) {
      for (const [id, body] of Object.entries(resources)) {
        const prevented = (body.lifecycle as { prevent_destroy?: boolean } | undefined)?.prevent_destroy === true;
        expect(prevented, `${type}.${id}`).toBe(HISTORY_KEEPING_TYPES.has(type));
        if (prevented) {
          protectedTypes.add(type);
        }
      }
    }
    expect([...protectedTypes].sort()).toEqual(["datadog_monitor", "datadog_service_level_objective", "grafana_dashboard", "pagerduty_schedule", "pagerduty_service"]);
  });
});
