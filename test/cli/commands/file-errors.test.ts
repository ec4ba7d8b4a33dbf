import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { withFakeApp, withFakeCheckers } from "../../support/cli-fakes";
import { expectDocumentedOutcome, runWatchkeeper, type CommandRun } from "../../support/cli-run";
import { genuineOutput } from "../../property/commands/genuine-output";

/** A new folder holding `files` (path → content). */
function folderWith(files: Record<string, string | Uint8Array> = {}): string {
  const root = mkdtempSync(join(tmpdir(), "watchkeeper-file-errors-"));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/** Runs watchkeeper in `root` with checkers that pass everything; checks the outcome is documented. */
async function run(root: string, ...args: string[]): Promise<CommandRun> {
  const checkers = { installed: () => true, run: (tool: string) => ({ command: tool, ok: true, output: "" }) };
  const result = await withFakeCheckers(checkers, () => runWatchkeeper(args, root));
  expectDocumentedOutcome(result, [0, 1, 2, 3]);
  return result;
}

describe("validate and test, on output folders that are not what synth writes", () => {
  it("test: a generated test file that is not YAML, or of another shape, is named with where it breaks (exit 1)", async () => {
    const root = folderWith({ "dist/production/tests/checkout.test.yml": "rule_files: [a.rules.yml\ntests: []\n" });
    const broken = await run(root, "test");
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(
      /^watchkeeper test: \S*dist\/production\/tests\/checkout\.test\.yml is not YAML \(.+ at line \d+, column \d+\); run watchkeeper synth to write the output again \(generated files are not edited by hand\)\n$/,
    );
    const shaped = folderWith({ "dist/production/tests/checkout.test.yml": "tests: 5\n" });
    expect((await run(shaped, "test")).stderr).toMatch(/^watchkeeper test: \S+checkout\.test\.yml is not what watchkeeper synth writes: tests: the number 5 where a list belongs; run watchkeeper synth/);
  });

  it("validate: a broken file is a failed check naming it, never a crash", async () => {
    const root = folderWith({ "dist/production/prometheus/checkout.rules.yml": "groups: 5\n", "dist/production/grafana/checkout.json": "null" });
    const result = await run(root, "validate");
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("production/prometheus/checkout.rules.yml: not a rule file: groups: the number 5 where a list belongs\n");
    expect(result.stdout).toContain("production/grafana/checkout.json: not a dashboard's JSON: it holds null, where a dashboard's JSON model (an object) belongs");
  });

  it.each(["validate", "test"])("%s: an --outdir that is a file is named (exit 1)", async (command) => {
    const root = folderWith({ "dist.txt": "x" });
    expect(await run(root, command, "--outdir", "dist.txt")).toMatchObject({
      code: 1,
      stderr: `watchkeeper ${command}: --outdir dist.txt is a file, not the folder watchkeeper synth wrote to; give that folder (dist by default)\n`,
    });
  });
});

describe("diff --against a folder that is not a synth output", () => {
  const project = (files: Record<string, string>) => {
    const root = folderWith({ "cdktf.json": '{"app": "npx tsx main.ts"}', "main.ts": "app.run();\n", ...files });
    cpSync(join(genuineOutput().folder, "cdktf.out"), join(root, "fresh/cdktf.out"), { recursive: true });
    return root;
  };
  const diff = (root: string, against: string) =>
    withFakeApp(() => ({ status: 0, stdout: "", stderr: "" }), () => run(root, "diff", "--against", against));
  const HOLDS = "a synth output folder holds cdktf.out/stacks/<stack>/cdk.tf.json and dist/<stack>/ for each stack, as watchkeeper synth writes them and snapshots/ keeps them";

  it("refuses a cdk.tf.json of another shape, naming the file and the field, with exit 1 (not a plan)", async () => {
    const root = project({ "previous/cdktf.out/stacks/production/cdk.tf.json": '{"resource": {"datadog_monitor": 5}}' });
    const result = await diff(root, "previous");
    expect(result).toMatchObject({
      code: 1,
      stdout: "",
      stderr: `watchkeeper diff: --against previous is not a synth output folder: previous/cdktf.out/stacks/production/cdk.tf.json is not what watchkeeper synth writes: resource.datadog_monitor: the number 5 where an object belongs; ${HOLDS}\n`,
    });
  });

  it("refuses a JavaScript build's dist/ (folders without Terraform beside them), a file, and a folder of something else", async () => {
    const build = await diff(project({ "dist/esm/index.js": "export {};\n", "dist/cjs/index.js": "" }), ".");
    expect(build.stderr).toBe(`watchkeeper diff: --against . is not a synth output folder: dist/cjs/, dist/esm/ have no cdktf.out/stacks/<stack>/cdk.tf.json beside them; ${HOLDS}\n`);
    const file = await diff(project({ "plan.json": "{}" }), "plan.json");
    expect(file.stderr).toBe("watchkeeper diff: --against plan.json: no such folder; give a folder holding a previous synth's output (cdktf.out/ and dist/), such as snapshots/\n");
    const other = await diff(project({ "src/index.ts": "" }), "src");
    expect(other.stderr).toMatch(/^watchkeeper diff: --against src is not a synth output folder: it holds neither cdktf.out\/stacks\/<stack>\/cdk.tf.json nor dist\/<stack>\//);
    expect([build.code, file.code, other.code]).toEqual([1, 1, 1]);
  });
});

describe("import, on files that cannot be imported", () => {
  it("names a missing file, a folder, a binary file and a file that is not YAML (with where), exit 1", async () => {
    const root = folderWith({ "binary.yaml": Uint8Array.from([0xff, 0xfe, 0x00]), "broken.yaml": "slos: [\n" });
    const fix = "give the Sloth prometheus/v1 YAML file to import";
    expect((await run(root, "import", "sloth", "missing.yaml")).stderr).toBe(`watchkeeper import: missing.yaml does not exist; ${fix}\n`);
    expect((await run(root, "import", "sloth", ".")).stderr).toBe(`watchkeeper import: . is a folder, not a file to read; ${fix}\n`);
    expect((await run(root, "import", "sloth", "binary.yaml")).stderr).toBe(`watchkeeper import: binary.yaml is not UTF-8 text (a binary file, or another encoding); ${fix}\n`);
    expect((await run(root, "import", "sloth", "broken.yaml")).stderr).toMatch(/^watchkeeper import: broken\.yaml is not YAML \(.+ at line \d+, column \d+\); give the Sloth/);
  });

  it("names each field of another type than the format's, per document", async () => {
    const root = folderWith({ "sloth.yaml": "version: prometheus/v1\nservice: checkout\nslos: 5\n", "openslo.yaml": "---\nnull\n---\napiVersion: openslo/v1\nkind: SLO\nmetadata: { name: checkout }\nspec: 5\n" });
    const sloth = await run(root, "import", "sloth", "sloth.yaml");
    expect(sloth).toMatchObject({ code: 1, stderr: "watchkeeper import: sloth.yaml cannot be imported as it is:\n  - slos: the number 5 where a list belongs\n" });
    const openslo = await run(root, "import", "openslo", "openslo.yaml");
    expect(openslo.stderr).toBe("watchkeeper import: openslo.yaml cannot be imported as it is:\n  - checkout.spec: the number 5 where an object belongs\n");
  });

  it("writes --out into a folder it makes, and refuses an --out that is a folder", async () => {
    const root = folderWith({ "sloth.yaml": "version: prometheus/v1\nservice: checkout\nslos:\n  - name: availability\n    objective: 99.9\n    sli: { raw: { error_ratio_query: 'x' } }\n" });
    expect(await run(root, "import", "sloth", "sloth.yaml", "--out", "src/slos/imported.ts")).toMatchObject({ code: 0, stderr: "" });
    expect(await run(root, "import", "sloth", "sloth.yaml", "--out", "src")).toMatchObject({ code: 1, stderr: "watchkeeper import: --out src is a folder; give the path of a file to write, e.g. src/report\n" });
  });
});

describe("init, into folders it cannot write", () => {
  it("names a folder below a file, and a folder name that makes no team name", async () => {
    const root = folderWith({ notes: "x" });
    expect(await run(root, "init", "notes/team")).toMatchObject({ code: 1, stderr: `watchkeeper init: <dir> notes/team: ${join(root, "notes")} is a file, so no folder can be made there; give a path of a folder\n` });
    const unnamed = await run(root, "init", "🚀");
    expect(unnamed.code).toBe(1);
    expect(unnamed.stderr).toMatch(/^watchkeeper init: team name "" is not usable .* \(made from the folder's name; pass --name\)\n$/);
  });
});
