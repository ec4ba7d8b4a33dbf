import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { packedProject, strictTsconfig, type PackedProject } from "../support/packed-project";
import { readmeFiles } from "../support/readme";

/** TypeScript as a team's repository would set it, strict. */
/**
 * The README's sections whose TypeScript is not compiled elsewhere ("Use it in your own repository" and "Writing
 * your own construct" have tests of their own): each snippet is a complete stack file.
 */
const SECTIONS = ["Declaring an SLO", "On call: who is paged, and how"];

/** Building, packing and installing takes one to three minutes when no earlier run left a packed project. */
const PACKING_TIMEOUT_MS = 600_000;

let project: PackedProject;

beforeAll(async () => {
  project = await packedProject();
}, PACKING_TIMEOUT_MS);

describe.each(SECTIONS)("the README's section %s", (section) => {
  const files = readmeFiles(section);

  it("shows TypeScript", () => {
    expect(files.size).toBeGreaterThan(0);
  });

  it.each([...files.keys()])("%s type-checks, strict, and synthesizes on its own", (file) => {
    const folder = project.workspace(file.replace(/\.ts$/, ""));
    writeFileSync(join(folder, "tsconfig.json"), strictTsconfig({ checkDeclarations: false }));
    writeFileSync(join(folder, file), files.get(file) as string);
    const check = project.run("tsc", ["-p", "."], folder);
    expect(check.output).toBe("");
    const synth = project.run("tsx", [file], folder);
    expect(synth.output).toMatch(/^production: \d+ Terraform resources, \d+ files, \d+ alerts\n$/);
    expect(synth.status).toBe(0);
    expect(existsSync(join(folder, "cdktf.out/stacks/production/cdk.tf.json"))).toBe(true);
  });
});
