import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, terminalEnvironment } from "../support/example";
import { listFiles } from "../support/files";
import { packedProject, type PackedProject } from "../support/packed-project";
import { docBlocks } from "../support/docs";

const SECTION = "A team repository in one command: init";
/** The commands of docs/ci.md: `npx watchkeeper init <dir> --name <team>`, `cd <dir>`, `npm install`, `npm run synth`, `npm test`. */
const [shown] = docBlocks(SECTION, "sh");
const lines = shown.split("\n");
const initLine = lines[0];
const folderName = lines[1].replace(/^cd /, "");
const synthSummary = (/^npm run synth\s+# (.+)$/m.exec(shown) ?? [])[1];
/** A file whose snapshot changes with the scaffold's objective. */
const RULES = "dist/production/prometheus/payments-availability.rules.yml";

/** Building, packing and installing takes one to three minutes when no earlier run left a packed project. */
const PACKING_TIMEOUT_MS = 600_000;

let project: PackedProject;
let parent: string;
let folder: string;

/** The packed package's CLI, run as a team runs `npx watchkeeper` (only PATH and HOME from this run). */
function watchkeeper(line: string, cwd: string): { status: number | null; stdout: string; stderr: string } {
  const args = line.replace(/^npx watchkeeper /, "").split(" ");
  const result = spawnSync(join(project.root, "node_modules/.bin/watchkeeper"), args, { cwd, encoding: "utf8", env: terminalEnvironment() });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Stands in for `npm install`: the scaffold's node_modules links each package of the packed project (watchkeeper
 * from the tarball, its peers, typescript, tsx) and this repository's vitest and @types/node, the versions the
 * scaffold's package.json asks for, with the commands of its scripts in .bin. No second install from the registry.
 */
function linkDependencies(target: string): void {
  const modules = join(target, "node_modules");
  mkdirSync(join(modules, ".bin"), { recursive: true });
  mkdirSync(join(modules, "@types"));
  for (const name of readdirSync(join(project.root, "node_modules")).filter((entry) => !entry.startsWith("."))) {
    symlinkSync(join(project.root, "node_modules", name), join(modules, name));
  }
  symlinkSync(join(ROOT, "node_modules/vitest"), join(modules, "vitest"));
  symlinkSync(join(ROOT, "node_modules/@types/node"), join(modules, "@types/node"));
  const bins = [...["tsc", "tsx", "watchkeeper"].map((name) => join(project.root, "node_modules/.bin", name)), join(ROOT, "node_modules/.bin/vitest")];
  bins.forEach((bin) => symlinkSync(readlinkSync(bin), join(modules, ".bin", basename(bin))));
}

beforeAll(async () => {
  project = await packedProject();
  parent = mkdtempSync(join(tmpdir(), "watchkeeper-init-"));
  folder = join(parent, folderName);
}, PACKING_TIMEOUT_MS);

afterAll(() => rmSync(parent, { recursive: true, force: true }));

describe("a team repository scaffolded by the packed package's init", () => {
  it("is written by the documented command, which lists each file", () => {
    expect(initLine).toBe("npx watchkeeper init payments-monitoring --name payments");
    const init = watchkeeper(initLine, parent);
    expect(init.stderr).toBe("");
    expect(init.status).toBe(0);
    const written = listFiles(folder);
    expect(init.stdout.split("\n").filter((line) => line.startsWith("created")).map((line) => line.split(/\s+/)[1]).sort()).toEqual(written);
    expect(JSON.parse(readFileSync(join(folder, "package.json"), "utf8")).dependencies.watchkeeper).toBe(`^${JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version}`);
  });

  it("synthesizes with npm run synth, against the packed tarball", () => {
    const manifest = JSON.parse(readFileSync(join(folder, "package.json"), "utf8"));
    manifest.dependencies.watchkeeper = `file:${project.tarball}`;
    writeFileSync(join(folder, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    linkDependencies(folder);
    const synth = project.shell("npm run synth --silent", folder);
    expect(synth.output).toBe(`${synthSummary}\n`);
    expect(synth.status).toBe(0);
  });

  it("passes npm test (type check, snapshot test), which writes the snapshots on the first run", () => {
    const test = project.shell("npm test --silent", folder);
    expect(test.output).toContain("8 written");
    expect(test.status, test.output).toBe(0);
    expect(listFiles(join(folder, "snapshots"))).toEqual(listFiles(join(folder, "cdktf.out")).map((file) => `cdktf.out/${file}`).concat(listFiles(join(folder, "dist")).map((file) => `dist/${file}`)));
  });

  it("deploys as its workflow says: Terraform's folder exists after synth, the snapshot check passes, Argo CD's path holds the resources", () => {
    const workflow = readFileSync(join(folder, ".github/workflows/monitoring.yml"), "utf8");
    const folders = [...new Set([...workflow.matchAll(/terraform -chdir=(\S+) /g)].map((match) => match[1]))];
    expect(folders).toEqual(["cdktf.out/stacks/production"]);
    expect(existsSync(join(folder, folders[0], "cdk.tf.json"))).toBe(true);
    expect(workflow).not.toContain("cdktf-cli");
    const check = (/run: (diff -r \S+ \S+)/.exec(workflow) ?? [])[1];
    expect(project.shell(check, folder)).toMatchObject({ status: 0, output: "" });
    const argoPath = (/path: (\S+) \}/.exec(readFileSync(join(folder, "README.md"), "utf8")) ?? [])[1];
    expect(listFiles(join(folder, argoPath)).length).toBeGreaterThan(0);
  });

  it("fails its snapshot test in CI after a change of main.ts, naming each changed file", () => {
    const main = readFileSync(join(folder, "main.ts"), "utf8");
    writeFileSync(join(folder, "main.ts"), main.replace("objective: 99.9,", "objective: 99.5,"));
    const test = project.shell("CI=true npx vitest run", folder);
    const mismatched = [...test.output.matchAll(/file by file > (\S+) 1` mismatched/g)].map((match) => match[1]);
    expect(mismatched).toEqual(listFiles(join(folder, "snapshots")).filter((file) => file !== "cdktf.out/manifest.json"));
    expect(test.status).toBe(1);
  });

  it("accepts the change with npm run snapshots", () => {
    const before = readFileSync(join(folder, "snapshots", RULES), "utf8");
    const accept = project.shell("npm run snapshots --silent", folder);
    expect(accept.status, accept.output).toBe(0);
    expect(readFileSync(join(folder, "snapshots", RULES), "utf8")).not.toBe(before);
    expect(readFileSync(join(folder, "snapshots", RULES), "utf8")).toContain("0.995");
  });
});

describe("init without --name into a folder whose name makes no team name", () => {
  it("is refused, saying so, and creates nothing", () => {
    const init = watchkeeper("npx watchkeeper init 2026", parent);
    expect(init.stderr).toMatch(/^watchkeeper init: team name "" is not usable .* \(made from the folder's name; pass --name\)\n$/);
    expect(init.status).toBe(1);
    expect(existsSync(join(parent, "2026"))).toBe(false);
  });
});

describe("init into a folder that is not empty", () => {
  it("is refused, naming the folder and --force, and writes nothing", () => {
    const main = readFileSync(join(folder, "main.ts"), "utf8");
    const init = watchkeeper(initLine, parent);
    expect(init.stderr).toMatch(new RegExp(`^watchkeeper init: ${folderName} is not empty \\(.*\\); .* Pass --force `));
    expect(init.stdout).toBe("");
    expect(init.status).toBe(1);
    expect(readFileSync(join(folder, "main.ts"), "utf8")).toBe(main);
  });

  it("is written with --force, listing each replaced file and keeping the others", () => {
    const before = listFiles(join(folder, "snapshots"));
    const init = watchkeeper(`${initLine} --force`, parent);
    expect(init.status, init.stderr).toBe(0);
    expect(init.stdout).toContain("overwritten  main.ts\n");
    expect(readFileSync(join(folder, "main.ts"), "utf8")).toContain("objective: 99.9,");
    expect(listFiles(join(folder, "snapshots"))).toEqual(before);
  });
});
