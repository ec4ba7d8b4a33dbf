import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ownManifest } from "../../../src/cli/scaffold/own-manifest";
import { scaffold, ScaffoldError, teamRepositoryFiles } from "../../../src/cli/scaffold/scaffold";
import { teamNameOf, teamNameProblem } from "../../../src/cli/scaffold/team-name";
import { ROOT } from "../../support/example";
import { listFiles } from "../../support/files";

const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  version: string;
  peerDependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const FILES = ["package.json", "tsconfig.json", "cdktf.json", "main.ts", "test/snapshots.test.ts", ".github/workflows/monitoring.yml", ".gitignore", "README.md"];

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function emptyFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), "watchkeeper-init-"));
  folders.push(folder);
  return folder;
}

describe("a team repository's files", () => {
  const files = teamRepositoryFiles("payments");

  it("are the eight files init documents, in the order it lists them", () => {
    expect([...files.keys()]).toEqual(FILES);
  });

  it("depend on this release of watchkeeper, its peers and tools at the versions it is tested with", () => {
    const written = JSON.parse(files.get("package.json") as string);
    expect(written.name).toBe("payments-monitoring");
    expect(written.dependencies).toEqual({
      watchkeeper: `^${manifest.version}`,
      ...Object.fromEntries(Object.keys(manifest.peerDependencies).map((name) => [name, `^${manifest.devDependencies[name]}`])),
    });
    expect(Object.keys(written.devDependencies)).toEqual(["@types/node", "tsx", "typescript", "vitest"]);
    expect(written.devDependencies.vitest).toBe(`^${manifest.devDependencies.vitest}`);
    expect(written.scripts.synth).toBe("watchkeeper synth");
  });

  it("declare the team's OnCallTeam and its service's ServiceSlo in main.ts, ending in app.run()", () => {
    const main = files.get("main.ts") as string;
    expect(main).toContain('new OnCallTeam(stack, "team", {\n  name: "payments",');
    expect(main).toContain('slackChannel: "#payments-alerts"');
    expect(main).toContain('errors: \'http_requests_total{service="payments",code=~"5.."}\'');
    expect(main.endsWith("\napp.run();\n")).toBe(true);
    expect(JSON.parse(files.get("cdktf.json") as string)).toEqual({ language: "typescript", app: "npx tsx main.ts" });
  });

  it("commit the snapshots of the output but not the output itself", () => {
    const ignored = (files.get(".gitignore") as string).split("\n");
    expect(ignored).toEqual(expect.arrayContaining(["/cdktf.out/", "/dist/", "node_modules/"]));
    expect(ignored.filter((pattern) => pattern.includes("snapshots") || pattern === "cdktf.out/" || pattern === "dist/")).toEqual([]);
  });

  it("are refused for a team name that is no label, channel or package name", () => {
    expect(() => teamRepositoryFiles("Payments")).toThrow(ScaffoldError);
    expect(() => teamRepositoryFiles("Payments")).toThrow('team name "Payments" is not usable');
  });
});

describe("team names", () => {
  it.each([
    ["payments", undefined],
    ["a", undefined],
    ["team-42", undefined],
    ["42team", "is not usable"],
    ["team-", "is not usable"],
    ["team_x", "is not usable"],
    ["x".repeat(41), "is not usable"],
  ])("%s: %s", (name, problem) => {
    expect(teamNameProblem(name) === undefined ? undefined : "is not usable").toBe(problem);
  });

  it("come by default from the folder's name", () => {
    expect(teamNameOf("/repos/Payments Team/")).toBe("payments-team");
    expect(teamNameOf("repos/42-checkout_v2")).toBe("checkout-v2");
  });
});

describe("scaffold", () => {
  it("creates a missing folder and writes every file", () => {
    const folder = join(emptyFolder(), "new", "payments");
    expect(scaffold(folder, { team: "payments", force: false })).toEqual({ created: FILES, overwritten: [] });
    expect(listFiles(folder)).toEqual([...FILES].sort());
    expect(readFileSync(join(folder, "main.ts"), "utf8")).toBe(teamRepositoryFiles("payments").get("main.ts"));
  });

  it("refuses a folder that holds anything, naming it, its entries and --force, and writes nothing", () => {
    const folder = emptyFolder();
    writeFileSync(join(folder, "notes.txt"), "mine\n");
    expect(() => scaffold(folder, { team: "payments", force: false })).toThrow(
      `${folder} is not empty (notes.txt); init writes into a new or empty folder. Pass --force to write its 8 files there anyway, replacing those of the same name and leaving the others`,
    );
    expect(readdirSync(folder)).toEqual(["notes.txt"]);
  });

  it("with force, replaces only its own files, names each, and leaves the others", () => {
    const folder = emptyFolder();
    mkdirSync(join(folder, "test"));
    writeFileSync(join(folder, "main.ts"), "// mine\n");
    writeFileSync(join(folder, "test/mine.test.ts"), "// mine\n");
    const result = scaffold(folder, { team: "payments", force: true });
    expect(result.overwritten).toEqual(["main.ts"]);
    expect(result.created).toEqual(FILES.filter((file) => file !== "main.ts"));
    expect(readFileSync(join(folder, "test/mine.test.ts"), "utf8")).toBe("// mine\n");
    expect(readFileSync(join(folder, "main.ts"), "utf8")).toContain("app.run();");
  });

  it("refuses a path that is a file", () => {
    const file = join(emptyFolder(), "file");
    writeFileSync(file, "");
    expect(() => scaffold(file, { team: "payments", force: true })).toThrow(`${file} is a file; name a new or empty folder`);
  });
});

describe("watchkeeper's own package.json", () => {
  it("is found from the scaffold's sources, as from the published build", () => {
    expect(ownManifest().version).toBe(manifest.version);
    expect(() => ownManifest(tmpdir())).toThrow("no package.json of watchkeeper above");
  });
});
