import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { S3Backend } from "cdktf";
import { describe, expect, it } from "vitest";
import { MonitoringApp, SynthError, type MonitoringStackProps } from "../../../constructs";
import { team, testApp, testStack } from "../../support/app";

/** Synthesizes a stack with a team into `folder` (dist/ and cdktf.out/ inside it). */
function synthInto(folder: string, props: MonitoringStackProps = {}): void {
  const app = new MonitoringApp({ outdir: join(folder, "dist"), terraformOutdir: join(folder, "cdktf.out") });
  team(testStack(app, "production", props));
  app.synth();
}

describe("the default local backend", () => {
  it("keeps the state in the stack's folder, by a path that does not leave it, and synth carries the state over", () => {
    const { folder, terraform } = testApp();
    synthInto(folder);
    expect(terraform("production").terraform.backend).toEqual({ local: { path: "terraform.production.tfstate" } });
    const state = join(folder, "cdktf.out/stacks/production/terraform.production.tfstate");
    writeFileSync(state, '{"serial": 4}');
    synthInto(folder);
    expect(readFileSync(state, "utf8")).toBe('{"serial": 4}');
  });

  it("fails synth while the state is where earlier versions kept it, naming both places and the move", () => {
    const { folder } = testApp();
    const old = join(folder, "terraform.production.tfstate");
    writeFileSync(old, '{"serial": 9}');
    let problems: readonly string[] = [];
    try {
      synthInto(folder);
    } catch (error) {
      problems = (error as SynthError).problems;
    }
    const stackFolder = join(folder, "cdktf.out/stacks/production");
    const shown = (path: string) => relative(process.cwd(), path);
    expect(problems).toEqual([
      `production: the Terraform state ${shown(old)} is where earlier versions kept it; the stack's local backend now reads terraform.production.tfstate in the stack's folder. ` +
        `Move it there before synth: mkdir -p ${shown(stackFolder)} && mv ${shown(old)} ${shown(stackFolder)}/ (and its .backup, if any)`,
    ]);
    mkdirSync(stackFolder, { recursive: true });
    renameSync(old, join(stackFolder, "terraform.production.tfstate"));
    synthInto(folder);
    expect(readFileSync(join(stackFolder, "terraform.production.tfstate"), "utf8")).toBe('{"serial": 9}');
  });

  it("leaves a stack with a backend of its own alone", () => {
    const { folder, terraform } = testApp();
    writeFileSync(join(folder, "terraform.production.tfstate"), "{}");
    synthInto(folder, { terraformBackend: (stack) => new S3Backend(stack, { bucket: "state", key: "production.tfstate" }) });
    expect(terraform("production").terraform.backend).toEqual({ s3: { bucket: "state", key: "production.tfstate" } });
    expect(existsSync(join(folder, "terraform.production.tfstate"))).toBe(true);
  });
});
