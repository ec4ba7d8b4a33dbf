import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { ServiceSlo } from "../../../constructs";
import { registerAdopt } from "../../../src/cli/commands/adopt";
import { availabilityProps, team, testApp, type TerraformJson, testStack } from "../../support/app";

const FIXTURES = join(__dirname, "../../fixtures/adopt");
const fixture = (file: string): string => join(FIXTURES, file);
const ALL_EXPORTS = [
  ["--datadog-monitors", fixture("datadog-monitors.json")],
  ["--datadog-slos", fixture("datadog-slos.json")],
  ["--pagerduty-services", fixture("pagerduty-services.json")],
  ["--pagerduty-escalation-policies", fixture("pagerduty-escalation-policies.json")],
].flat();

type StackJson = TerraformJson & { import?: { to: string; id: string }[] };

/** Synthesizes checkout's team and availability SLO in each stack, reading `adopt` if given; returns the output folder. */
function synthCheckout(stacks: string[] = ["production"], adopt?: string) {
  const output = testApp();
  for (const id of stacks) {
    const stack = testStack(output.app, id, { hashedAddressMoves: false, ...(adopt === undefined ? {} : { adopt }) });
    new ServiceSlo(stack, "checkout-availability", { ...availabilityProps(), owner: team(stack) });
  }
  output.app.synth();
  return output;
}

/** Runs `watchkeeper adopt` in this process; its exit code, standard output and standard error. */
async function adopt(...args: string[]): Promise<{ code: number | undefined; stdout: string; stderr: string }> {
  let stdout = "";
  const errors: string[] = [];
  const write = vi.spyOn(process.stdout, "write").mockImplementation((text: string | Uint8Array) => ((stdout += String(text)), true));
  const error = vi.spyOn(console, "error").mockImplementation((line: string) => void errors.push(line));
  const program = new Command().exitOverride();
  registerAdopt(program);
  process.exitCode = undefined;
  try {
    await program.parseAsync(["adopt", ...args], { from: "user" });
    return { code: process.exitCode as number | undefined, stdout, stderr: errors.join("\n") };
  } finally {
    process.exitCode = undefined;
    write.mockRestore();
    error.mockRestore();
  }
}

const outFile = (): string => join(mkdtempSync(join(tmpdir(), "watchkeeper-adopt-out-")), "adopt", "production.json");

let synth: ReturnType<typeof synthCheckout>;
beforeAll(() => {
  synth = synthCheckout();
});

describe("watchkeeper adopt", () => {
  it("writes import blocks for the resources whose vendor objects the exports name, each at an address of the stack's cdk.tf.json, and synth puts them there", async () => {
    const out = outFile();
    const result = await adopt("--from", synth.folder, "--out", out, ...ALL_EXPORTS);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const written = JSON.parse(readFileSync(out, "utf8")) as { import: { to: string; id: string; "//": string }[] };
    const blocks = written.import.map(({ to, id }) => ({ to, id }));
    expect(blocks).toEqual([
      { to: "datadog_monitor.checkout-availability_burn-rate-page-1h", id: "174341739" },
      { to: "datadog_service_level_objective.checkout-availability_slo", id: "25dda1a2705a53c88b7f9c0a4cf8b8be" },
      { to: "pagerduty_escalation_policy.checkout-team_escalation-policy", id: "PT20YPA" },
      { to: "pagerduty_service.checkout-team_service-checkout-on-call", id: "PIJ90N7" },
    ]);
    const json = synth.terraform("production");
    expect(blocks.filter(({ to }) => json.resource[to.split(".")[0]]?.[to.split(".")[1]] === undefined)).toEqual([]);
    expect(written.import[0]["//"]).toBe('Datadog monitor "[page] checkout availability: error budget burn 14.4x over 1h", by name from datadog-monitors.json');
    const adopted = synthCheckout(["production"], out).terraform("production") as StackJson;
    expect(adopted.import).toEqual(blocks);
  });

  it("reports what it took over, what Terraform will create with the closest candidate, and the exported objects left", async () => {
    const out = outFile();
    const { stdout } = await adopt("--from", synth.folder, "--out", out, ...ALL_EXPORTS);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe(`${out}: 4 import blocks for stack production (4 by name, 0 by id)`);
    const unmatched = stdout.split("No vendor object found, so Terraform will create them (3):\n")[1].split("\n\n")[0].split("\n");
    expect(unmatched).toEqual([
      '  datadog_monitor.checkout-availability_burn-rate-page-6h "[page] checkout availability: error budget burn 6x over 6h"',
      '      Datadog monitor 174341740 has this name but is a "query alert", and the declaration writes a "slo alert": the provider cannot change the type in place, so Terraform would replace it (prevent_destroy refuses); not taken',
      '  datadog_monitor.checkout-availability_burn-rate-ticket-1d "[ticket] checkout availability: error budget burn 3x over 1d"',
      `      closest exported: Datadog monitor 174341741 "[ticket] checkout availability: error budget burn 3x over 1 day" (${fixture("datadog-monitors.json")}); not taken, names must be equal: if it is the same, --id datadog_monitor.checkout-availability_burn-rate-ticket-1d=174341741`,
      '  datadog_monitor.checkout-availability_burn-rate-ticket-2d "[ticket] checkout availability: error budget burn 1.5x over 2d"',
    ]);
    expect(stdout).toContain("Exported objects no declaration takes over: 3, 2 close to a declaration's name:\n");
    expect(stdout).toContain("  1 other (--format json lists every one)\n");
    expect(stdout).toContain(`Next: set adopt: ${JSON.stringify(out)} on MonitoringStack production, synth, and commit both;`);
  });

  it("takes ids given by construct path or address, and lists every unclaimed object in JSON", async () => {
    const out = outFile();
    const result = await adopt("--from", synth.folder, "--out", out, "--format", "json", "--id", "production/checkout-availability/burn-rate-ticket-1d=174341741", "--id", "pagerduty_service.checkout-team_service-checkout-on-call=PIJ90N7", "--datadog-monitors", fixture("datadog-monitors.json"));
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { file: string; imports: { to: string; id: string; by: string }[]; unclaimed: { id: string; closest: string | null }[] };
    expect(report.file).toBe(out);
    expect(report.imports.map(({ to, id, by }) => `${by} ${to}=${id}`)).toEqual([
      "name datadog_monitor.checkout-availability_burn-rate-page-1h=174341739",
      "id datadog_monitor.checkout-availability_burn-rate-ticket-1d=174341741",
      "id pagerduty_service.checkout-team_service-checkout-on-call=PIJ90N7",
    ]);
    expect(report.unclaimed.map((object) => [object.id, object.closest])).toEqual([
      ["174341740", "datadog_monitor.checkout-availability_burn-rate-page-6h"],
      ["174341742", null],
    ]);
  });

  it("writes nothing and exits 2 when no vendor object matches", async () => {
    const out = outFile();
    const unrelated = join(mkdtempSync(join(tmpdir(), "watchkeeper-adopt-in-")), "monitors.json");
    writeFileSync(unrelated, JSON.stringify([{ id: 9, name: "Legacy: disk full", type: "metric alert" }]));
    const result = await adopt("--from", synth.folder, "--out", out, "--datadog-monitors", unrelated);
    expect(result.code).toBe(2);
    expect(result.stdout.split("\n")[0]).toBe("Nothing to adopt in stack production: no vendor object matched a declaration; no file written.");
    expect(existsSync(out)).toBe(false);
  });

  it("writes adopt/<stack>.json in the working folder by default", async () => {
    const folder = mkdtempSync(join(tmpdir(), "watchkeeper-adopt-cwd-"));
    const cwd = process.cwd();
    process.chdir(folder);
    try {
      const result = await adopt("--from", synth.folder, "--pagerduty-services", fixture("pagerduty-services.json"));
      expect(result.code).toBe(0);
    } finally {
      process.chdir(cwd);
    }
    expect(JSON.parse(readFileSync(join(folder, "adopt/production.json"), "utf8")).import).toEqual([
      { "//": 'PagerDuty service "checkout on-call", by name from pagerduty-services.json', to: "pagerduty_service.checkout-team_service-checkout-on-call", id: "PIJ90N7" },
    ]);
  });
});

describe("watchkeeper adopt refuses bad input, naming the argument and the fix, and writes nothing", () => {
  /** Runs adopt on the synth with `args`; expects exit 1, no output file, and returns standard error. */
  async function refused(...args: string[]): Promise<string> {
    const out = outFile();
    const result = await adopt("--from", synth.folder, "--out", out, ...args);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(existsSync(out)).toBe(false);
    return result.stderr;
  }

  it("an export that is not the answer of its request, or one that leaves pages out", async () => {
    expect(await refused("--datadog-monitors", fixture("datadog-slos.json"))).toBe(
      `watchkeeper adopt: nothing written:\n  - --datadog-monitors ${fixture("datadog-slos.json")}: not the answer of Datadog GET /api/v1/monitor, which is a JSON array of monitors ` +
        '([{"id": 2081, "name": "…", "type": "query alert", …}]); it looks like the answer of Datadog GET /api/v1/slo: give it as --datadog-slos',
    );
    expect(await refused("--pagerduty-services", fixture("pagerduty-services-first-page.json"))).toMatch(/^watchkeeper adopt: nothing written:\n {2}- --pagerduty-services: every page given says "more": true/);
    expect(await refused("--datadog-slos", join(FIXTURES, "no-such-file.json"))).toBe(`watchkeeper adopt: nothing written:\n  - --datadog-slos ${join(FIXTURES, "no-such-file.json")}: no such file`);
  });

  it("an id for an address the stack does not have (with the closest), of the wrong form, or two ids for one address", async () => {
    const stderr = await refused(
      "--id", "datadog_monitor.checkout-availability_burn-rate-page1h=174341739",
      "--id", "production/checkout-availability/slo=174341739",
      "--id", "production/checkout-team/service-checkout-on-call=PIJ90N7",
      "--id", "pagerduty_service.checkout-team_service-checkout-on-call=PABC123",
      "--id", "no-equals-sign",
    );
    expect(stderr.split("\n")).toEqual([
      "watchkeeper adopt: nothing written:",
      "  - --id no-equals-sign: write <construct path or address>=<vendor id>, e.g. --id production/checkout-availability/slo=25dda1a2705a53c88b7f9c0a4cf8b8be",
    ]);
    const second = await refused(
      "--id", "datadog_monitor.checkout-availability_burn-rate-page1h=174341739",
      "--id", "production/checkout-availability/slo=174341739",
      "--id", "production/checkout-team/service-checkout-on-call=PIJ90N7",
      "--id", "pagerduty_service.checkout-team_service-checkout-on-call=PABC123",
    );
    expect(second.split("\n")).toEqual([
      "watchkeeper adopt: nothing written:",
      "  - --id datadog_monitor.checkout-availability_burn-rate-page1h=174341739: datadog_monitor.checkout-availability_burn-rate-page1h is no resource of stack production; did you mean datadog_monitor.checkout-availability_burn-rate-page-1h?",
      '  - --id production/checkout-availability/slo=174341739: "174341739" is not a Datadog SLO id: datadog_service_level_objective imports by 32 lower-case hex digits, such as 25dda1a2705a53c88b7f9c0a4cf8b8be',
      "  - pagerduty_service.checkout-team_service-checkout-on-call is given two ids, PIJ90N7 (--id) and PABC123 (--id); keep the one of the object it should take over",
    ]);
  });

  it("two exported objects of one name, naming both ids", async () => {
    expect(await refused("--pagerduty-escalation-policies", fixture("pagerduty-escalation-policies-same-name.json"))).toBe(
      "watchkeeper adopt: nothing written:\n  - pagerduty_escalation_policy.checkout-team_escalation-policy: 2 exported objects are named \"checkout escalation\", " +
        `PagerDuty escalation policy PT20YPA (${fixture("pagerduty-escalation-policies-same-name.json")}) and PX5T6Q2 (${fixture("pagerduty-escalation-policies-same-name.json")}); ` +
        "adopt one with --id production/checkout-team/escalation-policy=<id>",
    );
  });

  it("no object to adopt given, no such stack, or several stacks and no --stack", async () => {
    expect(await refused()).toBe(
      "watchkeeper adopt: nothing written:\n  - give the objects to adopt: --id <construct path or address>=<vendor id>, --ids <file>, or a saved export such as --datadog-monitors monitors.json",
    );
    expect(await refused("--stack", "staging", "--pagerduty-services", fixture("pagerduty-services.json"))).toBe("watchkeeper adopt: --stack staging: no such stack; the app's stacks are production");
    const two = synthCheckout(["production", "staging"]);
    const result = await adopt("--from", two.folder, "--out", outFile(), "--pagerduty-services", fixture("pagerduty-services.json"));
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("watchkeeper adopt: the app has stacks production, staging; choose one with --stack (each stack has its own state, and its own adopt file)");
  });
});
