import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Construct } from "constructs";
import { describe, expect, it } from "vitest";
import { InfrastructureMonitoring, MonitoringStack, OnCallTeam, RealUserMonitoring, ServiceSlo, type MonitoringApp } from "../../../constructs";
import type { AppRun } from "../../../src/cli/app-command";
import { availabilityProps, team, testStack } from "../../support/app";
import { inProcessApp, withFakeApp } from "../../support/cli-fakes";
import { expectDocumentedOutcome, runWatchkeeper, type CommandRun } from "../../support/cli-run";
import { genuineOutput } from "../../property/commands/genuine-output";

/** A project folder: cdktf.json (as given) and main.ts, and a previous synth for diff. */
function project(cdktf = '{"app": "npx tsx main.ts"}', main = true): string {
  const root = mkdtempSync(join(tmpdir(), "watchkeeper-app-errors-"));
  writeFileSync(join(root, "cdktf.json"), cdktf);
  if (main) writeFileSync(join(root, "main.ts"), "app.run();\n");
  cpSync(genuineOutput().folder, join(root, "snapshots"), { recursive: true });
  return root;
}

/** Each command that runs the app, as typed. */
const APP_COMMANDS: ReadonlyArray<readonly string[]> = [["synth"], ["graph"], ["export", "openslo"], ["diff"]];

/** Runs a command in a project whose app is `app` (a real MonitoringApp declared in this process, or a fake run). */
async function withApp(args: readonly string[], app: ((app: MonitoringApp) => void) | AppRun, root = project()): Promise<CommandRun> {
  const run = await withFakeApp(typeof app === "function" ? inProcessApp(app) : () => app, () => runWatchkeeper(args, root));
  expectDocumentedOutcome(run, [0, 1, 2, 3]);
  return run;
}

describe("an app's mistakes, through every command that runs it", () => {
  it.each(APP_COMMANDS)("%s: an app that declares no stack is an error, not a silent success", async (...args) => {
    const run = await withApp(args, () => undefined);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      '1 problem to fix before synth:\n  - the app declares no MonitoringStack, so there is nothing to write; declare one, e.g. const stack = new MonitoringStack(app, "production"), and your constructs in it\n',
    );
  });

  it.each(APP_COMMANDS)("%s: two constructs with one id are named by path, with the fix, not in the constructs library's words", async (...args) => {
    const run = await withApp(args, (app) => {
      const stack = testStack(app);
      new ServiceSlo(stack, "checkout", { ...availabilityProps(), owner: team(stack) });
      new ServiceSlo(stack, "checkout", { ...availabilityProps({ name: "latency" }), owner: "checkout" });
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('1 problem to fix before synth:\n  - production/checkout: another construct of production already has the id "checkout"; give each construct of a scope an id of its own, e.g. "checkout-2"\n');
  });

  it("names duplicate ids of stacks, teams and plain constructs too", async () => {
    const stacks = await withApp(["synth"], (app) => [testStack(app), testStack(app)]);
    expect(stacks.stderr).toContain('  - production: another construct of the app already has the id "production"; give each construct of a scope an id of its own');
    const teams = await withApp(["synth"], (app) => {
      const stack = testStack(app);
      [1, 2].forEach(() => new OnCallTeam(stack, "team", { name: "checkout", members: ["ana@example.com"], slackChannel: "#checkout" }));
    });
    expect(teams.stderr).toContain('  - production/team: another construct of production already has the id "team"');
    const plain = await withApp(["synth"], (app) => {
      const stack = testStack(app);
      [1, 2].forEach(() => new Construct(stack, "group"));
    });
    expect(plain.stderr).toMatch(/^production\/group: another construct of production already has the id "group"; give each construct of a scope an id of its own, e\.g\. "group-2"\n {2}at \S+:\d+:\d+\n$/);
  });

  it("names the stack prop and the fix of a retired entry without a reason (or without an address)", async () => {
    const run = await withApp(["synth"], (app) => {
      const stack = testStack(app, "production", { retired: [{ address: "datadog_monitor.checkout_1" } as never, { reason: "moved" } as never] });
      team(stack);
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      '  - production: retired datadog_monitor.checkout_1 gives no reason; add reason: "…" to its entry in retired (props of MonitoringStack production), saying why it was retired, for those who read the stack later\n',
    );
    expect(run.stderr).toContain("  - production: retired[1] has no address; write each entry as");
  });

  it("refuses names too long for the file names made from them at validation, with their limit, before writing", async () => {
    const long = "a".repeat(300);
    const run = await withApp(["synth"], (app) => {
      const stack = testStack(app, "production", { externalSignals: [{ description: "cluster", metrics: ["probe_ssl_earliest_cert_expiry"], labels: [] }] });
      const owner = team(stack);
      new InfrastructureMonitoring(stack, "eu-1", { cluster: long, runbookBaseUrl: "https://runbooks.example.com", owner });
      new RealUserMonitoring(stack, "web", { service: "checkout", name: long, owner });
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('  - production/eu-1: cluster: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…(300 characters)" is 300 bytes long and becomes a file name; use at most 200\n');
    expect(run.stderr).toContain('  - production/web: name: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…(300 characters)" is 300 bytes long and becomes a file name; use at most 200\n');
    const stack = await withApp(["synth"], (app) => new MonitoringStack(app, long));
    expect(stack.stderr).toMatch(/^1 problem to fix before synth:\n {2}- stack a{30}…: the id "a{30}…\(300 characters\)" is 300 bytes long and becomes a file name; use at most 200\n/);
  });

  it("names the construct whose props are of another type than declared, without JavaScript's words", async () => {
    const run = await withApp(["synth"], (app) => {
      const stack = testStack(app);
      new ServiceSlo(stack, "checkout", { ...availabilityProps(), owner: team(stack), burnRateWindows: [null] } as never);
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("  - production/checkout: burnRateWindows[0]: null is not an object; give an object\n");
    expect(run.stderr).not.toMatch(/TypeError|reading "|could not be read/);
  });

  it.each(APP_COMMANDS)("%s: shows an error the app throws while being declared, and where; a thrown value that is not an Error too", async (...args) => {
    const error = await withApp(args, () => {
      throw new Error("settings.json has no entry for checkout");
    });
    expect(error.code).toBe(1);
    expect(error.stderr).toMatch(/^Error: settings.json has no entry for checkout\n {2}at \S+:\d+:\d+\n$/);
    const value = await withApp(args, () => {
      throw "settings.json has no entry for checkout";
    });
    expect(value.stderr).toBe('the app threw settings.json has no entry for checkout, which is not an Error and says nowhere where it happened; throw new Error("…") instead to see where\n');
  });
});

describe("cdktf.json and the app command, through every command that runs the app", () => {
  const synthesizes = { status: 0, stdout: "", stderr: "" };

  it.each(APP_COMMANDS)("%s: cdktf.json that is not JSON, names no app, is a folder, or is missing", async (...args) => {
    const notJson = await withApp(args, synthesizes, project("not json"));
    expect(notJson).toMatchObject({ code: 1, stderr: `watchkeeper ${args[0]}: cdktf.json is not JSON (Unexpected token 'o'); it names the app to synthesize, e.g. {"app": "npx tsx main.ts"}\n` });
    const noApp = await withApp(args, synthesizes, project('{"language": "typescript"}'));
    expect(noApp.stderr).toBe(`watchkeeper ${args[0]}: cdktf.json has no "app" command to run (app is missing); give one, e.g. {"app": "npx tsx main.ts"}\n`);
    const notText = await withApp(args, synthesizes, project('{"app": 5}'));
    expect(notText.stderr).toBe(`watchkeeper ${args[0]}: cdktf.json has no "app" command to run (app: the number 5 where a text belongs); give one, e.g. {"app": "npx tsx main.ts"}\n`);
    const folder = project();
    mkdirSync(join(folder, "settings"));
    const missing = await withApp(args, synthesizes, join(folder, "settings"));
    expect(missing.stderr).toBe(`watchkeeper ${args[0]}: no cdktf.json here; run it from the project root, whose cdktf.json names the app (e.g. {"app": "npx tsx main.ts"})\n`);
  });

  it.each(APP_COMMANDS)("%s: an app file that does not exist, and a program the shell cannot find", async (...args) => {
    const root = project('{"app": "npx tsx stacks/main.ts"}');
    const noFile = await withApp(args, synthesizes, root);
    expect(noFile).toMatchObject({ code: 1, stderr: `watchkeeper ${args[0]}: cdktf.json's app "npx tsx stacks/main.ts" runs stacks/main.ts, which does not exist in ${root}; create it, or fix "app" in cdktf.json\n` });
    // A loader given by URL (node --import file:///…) is no file of the project's.
    const byUrl = project('{"app": "node --import file:///nowhere/register.mjs stacks/main.ts"}');
    const urlAside = await withApp(args, synthesizes, byUrl);
    expect(urlAside.stderr).toBe(`watchkeeper ${args[0]}: cdktf.json's app "node --import file:///nowhere/register.mjs stacks/main.ts" runs stacks/main.ts, which does not exist in ${byUrl}; create it, or fix "app" in cdktf.json\n`);
    const notFound = await withApp(args, { status: 127, stdout: "", stderr: "/bin/sh: 1: tsx: not found\n" });
    expect(notFound.stderr).toBe(`watchkeeper ${args[0]}: cdktf.json's app "npx tsx main.ts" cannot be started: the program it runs was not found (/bin/sh: 1: tsx: not found); run npm install, or fix "app" in cdktf.json\n`);
    expect(notFound.code).toBe(1);
  });

  it("synth: an app that ends without synthesizing is an error, and an app's own exit code is 1", async () => {
    const silent = await withApp(["synth"], synthesizes);
    expect(silent).toMatchObject({ code: 1, stderr: 'watchkeeper synth: the app "npx tsx main.ts" ended without synthesizing anything; end it with app.run() (or app.synth()) on its MonitoringApp\n' });
    const failed = await withApp(["synth"], { status: 7, stdout: "", stderr: "" });
    expect(failed).toMatchObject({ code: 1, stderr: 'watchkeeper synth: cdktf.json\'s app "npx tsx main.ts" failed with exit code 7 and printed no reason; run it directly to see what it does\n' });
  });
});
