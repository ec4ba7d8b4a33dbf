import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { packedProject, strictTsconfig, TEAM_SECTION, type PackedProject } from "../support/packed-project";
import { documentationTypeScript } from "../support/docs";

/** Sections whose TypeScript has tests of its own (team-repository and custom-construct). */
const TESTED_ELSEWHERE = new Set([TEAM_SECTION, "Writing your own construct"]);

/**
 * What a fragment (a block that is not a whole file) may use without declaring it: the app, the stack and the
 * teams and SLOs the documentation speaks of, typed as the package's classes.
 */
const CONTEXT: Record<string, string> = {
  app: "MonitoringApp",
  stack: "MonitoringStack",
  team: "OnCallTeam",
  platformTeam: "OnCallTeam",
  securityTeam: "OnCallTeam",
  availabilitySlo: "ServiceSlo",
  errorRateSlo: "ServiceSlo",
};

/** Building, packing and installing takes one to three minutes when no earlier run left a packed project. */
const PACKING_TIMEOUT_MS = 600_000;

const blocks = documentationTypeScript().filter((block) => !TESTED_ELSEWHERE.has(block.section));
const fileName = (code: string) => /^\/\/ ([\w.-]+\.ts)\n/.exec(code)?.[1];
const wholeFiles = blocks.filter((block) => fileName(block.code) !== undefined);
/** A block's folder in the workspace, named after its Markdown file so that a compiler error says where it is. */
const folderOf = (index: number) => `${blocks[index].file.replace(/[/.]/g, "-")}-block-${index}`;

/** The names a block imports itself (`import { A, type B } from "…"`). */
const importedBy = (code: string) => new Set([...code.matchAll(/^import (?:type )?\{([^}]*)\} from/gm)].flatMap((match) => match[1].split(",").map((name) => name.replace(/^\s*type\s+/, "").trim())));

/** A fragment as a module: the package's exports it uses and does not import itself imported, and its context declared. */
function asModule(code: string, exported: readonly string[]): string {
  const own = importedBy(code);
  const uses = (name: string) => !own.has(name) && new RegExp(`\\b${name}\\b`).test(code) && !new RegExp(`\\b(const|let|class|function) ${name}\\b`).test(code);
  const context = Object.entries(CONTEXT).filter(([name]) => uses(name));
  const imported = new Set([...exported.filter(uses), ...context.map(([, type]) => type).filter((type) => !own.has(type))]);
  return [
    ...(imported.size > 0 ? [`import { ${[...imported].sort().join(", ")} } from "watchkeeper";`] : []),
    ...context.map(([name, type]) => `declare const ${name}: ${type};`),
    code,
    "export {};",
    "",
  ].join("\n");
}

let project: PackedProject;
let workspace: string;
let check: { status: number | null; output: string };

beforeAll(async () => {
  project = await packedProject();
  workspace = project.workspace("readme");
  writeFileSync(join(workspace, "tsconfig.json"), strictTsconfig({ checkDeclarations: false }).replace('"*.ts"', '"**/*.ts"'));
  const exported = Object.keys(require(join(project.root, "node_modules/watchkeeper")) as object);
  blocks.forEach((block, index) => {
    const folder = join(workspace, folderOf(index));
    mkdirSync(folder);
    const name = fileName(block.code);
    writeFileSync(join(folder, name ?? "fragment.ts"), name === undefined ? asModule(block.code, exported) : `${block.code}\n`);
  });
  check = project.run("tsc", ["-p", "."], workspace);
}, PACKING_TIMEOUT_MS);

describe("the TypeScript of README.md and docs/", () => {
  it("shows whole files and fragments in the README and in every guide of a construct", () => {
    expect(wholeFiles.length).toBeGreaterThanOrEqual(2);
    expect(blocks.length).toBeGreaterThanOrEqual(30);
    expect(new Set(blocks.map((block) => block.file)).size).toBeGreaterThanOrEqual(15);
  });

  it("type-checks, strict, against the published package: whole files as they are, fragments in their context", () => {
    expect(check.output).toBe("");
    expect(check.status).toBe(0);
  });

  it.each(wholeFiles.map((block) => [fileName(block.code) as string, blocks.indexOf(block)] as const))(
    "%s synthesizes on its own",
    (file, index) => {
      const folder = join(workspace, folderOf(index));
      const synth = project.run("tsx", [file], folder);
      expect(synth.output).toMatch(/^production: \d+ Terraform resources, \d+ files, \d+ alerts\n$/);
      expect(synth.status).toBe(0);
      expect(existsSync(join(folder, "cdktf.out/stacks/production/cdk.tf.json"))).toBe(true);
    },
  );
});
