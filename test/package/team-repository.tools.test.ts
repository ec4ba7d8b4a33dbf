import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { listFiles } from "../support/files";
import { packedProject, TEAM_SECTION, strictTsconfig, type PackedProject } from "../support/packed-project";
import { docBlocks, docCommands, docTypeScriptFiles } from "../support/docs";

/** TypeScript as a team's repository would set it, strict. */
const STACK = "production";
const TERRAFORM_FOLDER = `cdktf.out/stacks/${STACK}`;
const commands = docCommands(TEAM_SECTION);
const files = docTypeScriptFiles(TEAM_SECTION);
const [cdktfJson] = docBlocks(TEAM_SECTION, "json");

/** The README's command that starts with these words, as shown. */
function command(start: string): string {
  const found = commands.find((line) => line.startsWith(start));
  if (found === undefined) {
    throw new Error(`the README's section "${TEAM_SECTION}" shows no command starting with "${start}"`);
  }
  return found;
}

/** Every string in a JSON value, at any depth. */
function strings(value: unknown): string[] {
  if (typeof value === "string") {
    return [value];
  }
  if (value !== null && typeof value === "object") {
    return Object.values(value).flatMap(strings);
  }
  return [];
}

/** Building, packing and installing takes one to three minutes when no earlier run left a packed project. */
const PACKING_TIMEOUT_MS = 600_000;

let project: PackedProject;
let folder: string;
let synth: { status: number | null; output: string };

beforeAll(async () => {
  project = await packedProject();
  // The packed project's root is the team's repository: its package.json and node_modules serve this folder.
  folder = project.workspace("team");
  writeFileSync(join(folder, "tsconfig.json"), strictTsconfig({ checkDeclarations: false }));
  files.forEach((text, file) => writeFileSync(join(folder, file), text));
  writeFileSync(join(folder, "cdktf.json"), `${cdktfJson}\n`);
  synth = project.shell(command("npx watchkeeper synth"), folder);
}, PACKING_TIMEOUT_MS);

describe("a team's repository, set up as the README says", () => {
  it("installs watchkeeper with constructs, cdktf and cdk8s as its own dependencies, one copy of each", () => {
    expect(command("npm install ")).toBe("npm install watchkeeper constructs cdktf cdk8s");
    const installed = JSON.parse(readFileSync(join(project.root, "package.json"), "utf8")) as { dependencies: Record<string, string> };
    expect(Object.keys(installed.dependencies).sort()).toEqual(["cdk8s", "cdktf", "constructs", "watchkeeper"]);
    const watchkeeper = JSON.parse(readFileSync(join(project.root, "node_modules/watchkeeper/package.json"), "utf8"));
    expect(Object.keys(watchkeeper.peerDependencies).sort()).toEqual(["cdk8s", "cdktf", "constructs"]);
    expect(existsSync(join(project.root, "node_modules/watchkeeper/node_modules/constructs"))).toBe(false);
    expect(existsSync(join(project.root, "node_modules/watchkeeper/node_modules/cdktf"))).toBe(false);
  });

  it("shows one stack file and a cdktf.json whose app runs it", () => {
    expect([...files.keys()]).toEqual(["main.ts"]);
    expect(JSON.parse(cdktfJson)).toEqual({ language: "typescript", app: "npx tsx main.ts" });
  });

  it("type-checks the stack file, strict, against the published declarations", () => {
    const check = project.run("tsc", ["-p", "."], folder);
    expect(check.output).toBe("");
    expect(check.status).toBe(0);
  });

  it("synthesizes with the documented command into cdktf.out/stacks/<stack>/ and dist/<stack>/", () => {
    expect(synth.output).toBe("");
    expect(synth.status).toBe(0);
    expect(readdirSync(join(folder, "cdktf.out/stacks"))).toEqual([STACK]);
    expect(listFiles(join(folder, "dist", STACK))).toEqual([
      "grafana/checkout-availability.json",
      "kubernetes/checkout-availability.yaml",
      "prometheus/checkout-availability.rules.yml",
      "tests/checkout-availability.every-30m.test.yml",
      "tests/checkout-availability.every-6h.test.yml",
      "tests/checkout-availability.test.yml",
    ]);
  });

  it("passes the documented watchkeeper validate, with the CRD schemas the package ships, the routing it has none of skipped", () => {
    const validate = project.shell(command("npx watchkeeper validate"), folder);
    expect(validate.output).toMatch(/^ok {4}Kubernetes CRD schemas +[1-9]\d* objects? in /m);
    expect(validate.output).toMatch(/\n3 passed, 2 skipped \(no Alertmanager configuration\), 0 failed\n$/);
    expect(validate.status).toBe(0);
  });

  it("passes the documented watchkeeper test, reported per SLO and alert", () => {
    const test = project.shell(command("npx watchkeeper test"), folder);
    expect(test.output).toMatch(/^ok {4}production\/\S+ \(SLO \S+\): \d+ files?, \d+ tests?\n {8}ok {4}\w+: \d+ scenarios?\n/);
    expect(test.output).toMatch(/test files?: (\d+) passed, 0 failed; \d+ alerts?: \d+ passed, 0 failed\n$/);
    expect(test.status).toBe(0);
  });
});

describe("deploying with terraform -chdir, without cdktf-cli", () => {
  const terraformCommands = commands.filter((line) => line.startsWith("terraform "));

  it("runs init, plan and apply in the stack's Terraform folder", () => {
    expect(terraformCommands).toEqual(["init", "plan", "apply"].map((step) => `terraform -chdir=${TERRAFORM_FOLDER} ${step}`));
    expect(readdirSync(join(folder, TERRAFORM_FOLDER))).toEqual(["cdk.tf.json"]);
  });

  it("finds in that folder a complete configuration: pinned providers, nothing outside it, no cdktf-only parts", () => {
    const json = JSON.parse(readFileSync(join(folder, TERRAFORM_FOLDER, "cdk.tf.json"), "utf8"));
    const providers = json.terraform.required_providers as Record<string, { source: string; version: string }>;
    expect(Object.keys(providers).sort()).toEqual(["datadog", "grafana", "pagerduty"]);
    for (const [name, pin] of Object.entries(providers)) {
      expect(pin.source).toMatch(new RegExp(`^registry\\.terraform\\.io/[\\w-]+/${name}$`));
      expect(pin.version).toMatch(/^\d+\.\d+\.\d+$/);
    }
    // Plain Terraform JSON blocks only: no module, whose source cdktf would have to fetch or copy beside the stack.
    expect(Object.keys(json).filter((key) => !["//", "data", "moved", "output", "provider", "resource", "terraform", "variable"].includes(key))).toEqual([]);
    const text = strings(json);
    expect(text.filter((value) => value.includes(folder) || value.includes("/tmp/") || value.includes("../"))).toEqual([]);
    expect(text.filter((value) => /\$\{(file|templatefile|path)\b|\bterraform_remote_state\b|\bassets\//.test(value))).toEqual([]);
  });

  it("keeps the local state in the stack's Terraform folder, where synth carries it over", () => {
    const backend = readFileSync(join(folder, TERRAFORM_FOLDER, "cdk.tf.json"), "utf8");
    const path = JSON.parse(backend).terraform.backend.local.path as string;
    expect(resolve(folder, TERRAFORM_FOLDER, path)).toBe(join(folder, TERRAFORM_FOLDER, `terraform.${STACK}.tfstate`));
    writeFileSync(join(folder, TERRAFORM_FOLDER, `terraform.${STACK}.tfstate`), "{}\n");
    const again = project.shell(command("npx watchkeeper synth"), folder);
    expect(again.status, again.output).toBe(0);
    expect(readFileSync(join(folder, TERRAFORM_FOLDER, `terraform.${STACK}.tfstate`), "utf8")).toBe("{}\n");
    expect(readFileSync(join(folder, TERRAFORM_FOLDER, "cdk.tf.json"), "utf8")).toBe(backend);
  });

  it("documents OpenTofu and cdktf deploy on the same folder", () => {
    const section = readFileSync(join(__dirname, "../../README.md"), "utf8");
    expect(section).toContain(`tofu -chdir=${TERRAFORM_FOLDER} init`);
    expect(section).toContain(`npx cdktf deploy ${STACK}`);
  });
});
