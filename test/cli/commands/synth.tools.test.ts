import { describe, expect, it } from "vitest";
import { CLI, runInFolder, teamAppFolder } from "../../support/team-folder";

/** A team's folder with an app declaring a stack, its team and `declaration`, then `ending`. */
const teamFolder = (declaration: string, ending = "app.run();") =>
  teamAppFolder(
    [
      'const stack = new MonitoringStack(app, "production", { externalSignals: [{ description: "checkout", metrics: ["http_requests_total"], labels: ["job", "code"] }] });',
      'const owner = new OnCallTeam(stack, "team", { name: "checkout", members: ["ana@example.com"], slackChannel: "#checkout" });',
      declaration,
    ],
    ending,
  );

const slo = (objective: number, name = "availability") =>
  `new ServiceSlo(stack, "${name}", { service: "checkout", name: "${name}", objective: ${objective}, owner, runbookUrl: "https://runbooks.example.com",` +
  ` sli: { events: { errors: 'http_requests_total{code=~"5.."}', total: "http_requests_total" } } });`;

const watchkeeperSynth = (folder: string) => runInFolder(folder, [CLI, "synth"]);

describe("watchkeeper synth", () => {
  it("prints one summary line per stack and exits 0", () => {
    const result = watchkeeperSynth(teamFolder(slo(99.9)));
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/^production: \d+ Terraform resources, \d+ files, \d+ alerts\n$/);
    expect(result.status).toBe(0);
  });

  it("lists the problems without a stack trace and exits 1, run by the CLI or directly", () => {
    const folder = teamFolder(`${slo(100)}\n${slo(100, "errors")}`);
    for (const result of [watchkeeperSynth(folder), runInFolder(folder, ["main.ts"])]) {
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
    expect(result.stderr).toBe("TypeError: Cannot read properties of undefined (reading 'grafanaUrl')\n  at main.ts:7:22\n");
    expect(result.status).toBe(1);
  });
});
