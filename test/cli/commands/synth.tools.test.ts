import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../support/example";

const TSX = join(ROOT, "node_modules/.bin/tsx");

/** A team's folder with an app file (declaring, then `ending`) and a cdktf.json running it. */
function teamFolder(declaration: string, ending = "app.run();"): string {
  const folder = mkdtempSync(join(tmpdir(), "watchkeeper-cli-"));
  const app = [
    `import { MonitoringApp, MonitoringStack, OnCallTeam, ServiceSlo } from ${JSON.stringify(join(ROOT, "constructs"))};`,
    "const app = new MonitoringApp();",
    'const stack = new MonitoringStack(app, "production", { externalSignals: [{ description: "checkout", metrics: ["http_requests_total"], labels: ["job", "code"] }] });',
    'const owner = new OnCallTeam(stack, "team", { name: "checkout", members: ["ana@example.com"], slackChannel: "#checkout" });',
    declaration,
    ending,
    "",
  ].join("\n");
  writeFileSync(join(folder, "main.ts"), app);
  writeFileSync(join(folder, "cdktf.json"), JSON.stringify({ app: `${TSX} main.ts` }));
  return folder;
}

const slo = (objective: number, name = "availability") =>
  `new ServiceSlo(stack, "${name}", { service: "checkout", name: "${name}", objective: ${objective}, owner, runbookUrl: "https://runbooks.example.com",` +
  ` sli: { events: { errors: 'http_requests_total{code=~"5.."}', total: "http_requests_total" } } });`;

/** Runs a command in the folder, as a person would in a terminal. */
function run(folder: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(TSX, args, { cwd: folder, encoding: "utf8", env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "" } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const watchkeeperSynth = (folder: string) => run(folder, [join(ROOT, "src/cli/main.ts"), "synth"]);

describe("watchkeeper synth", () => {
  it("prints one summary line per stack and exits 0", () => {
    const result = watchkeeperSynth(teamFolder(slo(99.9)));
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/^production: \d+ Terraform resources, \d+ files, \d+ alerts\n$/);
    expect(result.status).toBe(0);
  });

  it("lists the problems without a stack trace and exits 1, run by the CLI or directly", () => {
    const folder = teamFolder(`${slo(100)}\n${slo(100, "errors")}`);
    for (const result of [watchkeeperSynth(folder), run(folder, ["main.ts"])]) {
      expect(result.stderr).toMatch(/^2 problems to fix before synth:\n {2}- production\/availability: [^\n]+\n {2}- production\/errors: [^\n]+\n$/);
      expect(result.stderr).not.toContain("    at ");
      expect(result.stdout).toBe("");
      expect(result.status).toBe(1);
    }
  });

  it("lists the problems of an app that ends with synth() instead of run()", () => {
    const result = watchkeeperSynth(teamFolder(slo(100), "app.synth();"));
    expect(result.stderr).toMatch(/^1 problem to fix before synth:\n {2}- production\/availability: objective: 100[^\n]+\n$/);
    expect(result.status).toBe(1);
  });

  it("shows an error in the app's own code as one line plus where, and exits 1", () => {
    const result = watchkeeperSynth(teamFolder("const settings: any = undefined;\nconsole.log(settings.grafanaUrl);"));
    expect(result.stderr).toBe("TypeError: Cannot read properties of undefined (reading 'grafanaUrl')\n  at main.ts:6:22\n");
    expect(result.status).toBe(1);
  });
});
