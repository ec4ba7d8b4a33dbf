import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ServiceSlo } from "../../constructs";
import { ADOPTING } from "../../src/targets/terraform/adopted-imports";
import { availabilityProps, synthProblems, team, testApp, type TerraformJson, testStack } from "../support/app";

type StackJson = TerraformJson & { import?: { to: string; id: string }[]; terraform: { required_version?: string } };

/** An adopt file holding `imports`, in a new temporary folder. */
function adoptFile(imports: unknown[]): string {
  const file = join(mkdtempSync(join(tmpdir(), "watchkeeper-adopt-")), "production.json");
  writeFileSync(file, JSON.stringify({ "//": "written by hand for the test", import: imports }));
  return file;
}

/** A stack of checkout's team and availability SLO, reading `adopt`. */
function checkout(adopt: string) {
  const output = testApp();
  const stack = testStack(output.app, "production", { adopt, hashedAddressMoves: false });
  new ServiceSlo(stack, "checkout-availability", { ...availabilityProps(), owner: team(stack) });
  return output;
}

const SLO = "datadog_service_level_objective.checkout-availability_slo";
const SERVICE = "pagerduty_service.checkout-team_service-checkout-on-call";

describe("MonitoringStack adopt", () => {
  afterEach(() => {
    delete process.env[ADOPTING];
  });

  it("writes its file's import blocks into the stack's cdk.tf.json, sorted, each targeting a resource the same file declares", () => {
    const output = checkout(adoptFile([
      { "//": "PagerDuty service, by name", to: SERVICE, id: "PIJ90N7" },
      { to: SLO, id: "25dda1a2705a53c88b7f9c0a4cf8b8be" },
    ]));
    output.app.synth();
    const json = output.terraform("production") as StackJson;
    expect(json.import).toEqual([
      { to: SLO, id: "25dda1a2705a53c88b7f9c0a4cf8b8be" },
      { to: SERVICE, id: "PIJ90N7" },
    ]);
    for (const block of json.import ?? []) {
      const [type, name] = block.to.split(".");
      expect(json.resource[type]?.[name], block.to).toBeDefined();
    }
    expect(json.terraform.required_version).toBe(">= 1.5.0");
  });

  it("fails synth for a block whose address the stack does not declare, naming the file, the id and the closest address", () => {
    const file = adoptFile([{ to: "datadog_service_level_objective.checkout-availabilty_slo", id: "25dda1a2705a53c88b7f9c0a4cf8b8be" }]);
    expect(synthProblems(checkout(file).app)).toEqual([
      `production: ${file} imports 25dda1a2705a53c88b7f9c0a4cf8b8be to datadog_service_level_objective.checkout-availabilty_slo, which the stack does not declare ` +
        `(did you mean ${SLO}?); run watchkeeper adopt again, or remove the block`,
    ]);
  });

  it("fails synth for a missing file or malformed blocks, naming the prop, the file and the fix", () => {
    const missing = join(tmpdir(), "no-such-folder", "production.json");
    expect(synthProblems(checkout(missing).app)).toEqual([
      `production: adopt: ${missing} does not exist; write it with watchkeeper adopt --stack <this stack> --out ${missing} (which reads the app without it), or remove the prop`,
    ]);
    const malformed = adoptFile([{ to: SERVICE, id: "pij90n7" }]);
    expect(synthProblems(checkout(malformed).app)).toEqual([
      `production: adopt: ${malformed}: import[0].id: "pij90n7" is not a PagerDuty service id: pagerduty_service imports by an upper-case letter and six or more upper-case letters or digits, such as PLBP09X`,
    ]);
  });

  it("leaves the file unread while watchkeeper adopt synthesizes the app", () => {
    process.env[ADOPTING] = "1";
    const output = checkout(join(tmpdir(), "no-such-folder", "production.json"));
    output.app.synth();
    expect((output.terraform("production") as StackJson).import).toBeUndefined();
  });
});
