import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, TerraformResource, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { describe, expect, it } from "vitest";
import { MonitoringApp, ServiceSlo, SynthError, type MonitoringStackProps } from "../../constructs";
import { readableLogicalId } from "../../src/targets/terraform/readable-addresses";
import { availabilityProps, synthProblems, team, testApp, type TerraformJson, testStack } from "../support/app";
import { asHashedOutput } from "../support/hashed-output";

type StackJson = TerraformJson & { moved?: { from: string; to: string }[]; terraform: { required_version?: string } };

/** Synthesizes a team and checkout's availability SLO into `folder`. */
function synthInto(folder: string, props: MonitoringStackProps = {}): void {
  const app = new MonitoringApp({ outdir: join(folder, "dist"), terraformOutdir: join(folder, "cdktf.out") });
  const stack = testStack(app, "production", props);
  new ServiceSlo(stack, "checkout-availability", { ...availabilityProps(), owner: team(stack) });
  app.synth();
}

/** The address cdktf's own allocation gives a resource at `path` under a plain TerraformStack: what earlier versions wrote. */
function cdktfAddress(type: string, path: readonly string[]): string {
  const stack = new TerraformStack(new App({ outdir: mkdtempSync(join(tmpdir(), "watchkeeper-cdktf-")), skipValidation: true }), "production");
  const scope = path.slice(0, -1).reduce<Construct>((parent, id) => new Construct(parent, id), stack);
  const resource = new TerraformResource(scope, path[path.length - 1], { terraformResourceType: type });
  return `${type}.${resource.friendlyUniqueId}`;
}

/** The problems a synth fails with; none when it succeeds. */
function synthProblemsOf(work: () => void): readonly string[] {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(SynthError);
    return (error as SynthError).problems;
  }
  return [];
}


describe("readable Terraform addresses", () => {
  it("join the construct ids below the stack with _, without a hash, where every id is letters, digits and dashes", () => {
    expect(readableLogicalId(["availability", "burn-rate-page-1h"])).toBe("availability_burn-rate-page-1h");
    expect(readableLogicalId(["planner-team", "team"])).toBe("planner-team_team");
  });

  it("keep a short hash of the path where characters were replaced, so that two ids that read alike stay apart", () => {
    const dotted = readableLogicalId(["shared", "pagerduty-user-ana.lima@example.com"]);
    const dashed = readableLogicalId(["shared", "pagerduty-user-ana-lima@example.com"]);
    expect(dotted).toMatch(/^shared_pagerduty-user-ana-lima-example-com_[0-9A-F]{8}$/);
    expect(dashed).toMatch(/^shared_pagerduty-user-ana-lima-example-com_[0-9A-F]{8}$/);
    expect(dotted).not.toBe(dashed);
    expect(readableLogicalId(["shared", "secret_password"])).toMatch(/^shared_secret-password_[0-9A-F]{8}$/);
  });

  it("start with a letter or _, and cut a long path with a hash, as Terraform names require", () => {
    expect(readableLogicalId(["2fa-check", "test"])).toBe("_2fa-check_test");
    const long = readableLogicalId(["a".repeat(150), "b".repeat(150)]);
    expect(long).toMatch(/^a{150}_b{49}_[0-9A-F]{8}$/);
    for (const name of [long, readableLogicalId(["-x"]), readableLogicalId(["@@"])]) {
      expect(name).toMatch(/^[A-Za-z_][A-Za-z0-9_-]*$/);
    }
  });

  it("name an SLO's resources after their path, and move each from the hashed address cdktf gave it before", () => {
    const { folder, terraform } = testApp();
    synthInto(folder);
    const json = terraform("production") as StackJson;
    expect(Object.keys(json.resource.datadog_service_level_objective)).toEqual(["checkout-availability_slo"]);
    expect(Object.keys(json.resource.datadog_monitor)).toContain("checkout-availability_burn-rate-page-1h");
    const resourceCount = Object.values(json.resource).reduce((sum, resources) => sum + Object.keys(resources).length, 0);
    expect(json.moved).toHaveLength(resourceCount);
    expect(json.moved).toContainEqual({
      from: cdktfAddress("datadog_service_level_objective", ["checkout-availability", "slo"]),
      to: "datadog_service_level_objective.checkout-availability_slo",
    });
    expect(json.moved).toContainEqual({
      from: cdktfAddress("pagerduty_team_membership", ["checkout-team", "member-alice-example-com"]),
      to: "pagerduty_team_membership.checkout-team_member-alice-example-com",
    });
    expect(json.terraform.required_version).toBe(">= 1.1.0");
  });

  it("let the history guard see a moved resource as the same one: an output of hashed addresses loses no history", () => {
    const { folder, terraform } = testApp();
    synthInto(folder);
    asHashedOutput(join(folder, "cdktf.out/stacks/production/cdk.tf.json"));
    expect(Object.keys(terraform("production").resource.datadog_service_level_objective)[0]).toMatch(/^checkout-availability_slo_[0-9A-F]{8}$/);
    expect(() => synthInto(folder)).not.toThrow();
  });

  it("write no moved block once hashedAddressMoves is false, and the guard then names the hashed resources a synth would destroy", () => {
    const fresh = testApp();
    synthInto(fresh.folder, { hashedAddressMoves: false });
    expect((fresh.terraform("production") as StackJson).moved).toBeUndefined();
    expect((fresh.terraform("production") as StackJson).terraform.required_version).toBeUndefined();

    const { folder } = testApp();
    synthInto(folder);
    asHashedOutput(join(folder, "cdktf.out/stacks/production/cdk.tf.json"));
    const problems = synthProblemsOf(() => synthInto(folder, { hashedAddressMoves: false }));
    expect(problems).toEqual([
      expect.stringMatching(/datadog_service_level_objective\.checkout-availability_slo_[0-9A-F]{8} \(from production\/checkout-availability\/slo\)/),
      expect.stringMatching(/pagerduty_service\.checkout-team_service-checkout-on-call_[0-9A-F]{8} \(from production\/checkout-team\/service-checkout-on-call\)/),
    ]);
  });

  it("refuse two resources that would share an address, a hashed name and a plain path's", () => {
    const { app } = testApp();
    const terraformStack = testStack(app, "production").terraform.stack;
    const [word, hash] = readableLogicalId(["x.y"]).split("_");
    new TerraformResource(terraformStack, "x.y", { terraformResourceType: "null_resource" });
    new TerraformResource(new Construct(terraformStack, word), hash, { terraformResourceType: "null_resource" });
    expect(synthProblems(app)).toEqual([
      `production: production/x.y and production/x-y/${hash} would share the Terraform address null_resource.x-y_${hash}; give one of them another construct id`,
    ]);
  });
});
