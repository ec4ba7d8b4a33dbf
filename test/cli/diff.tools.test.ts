import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { JsonPlan } from "../../src/plan-diff/render-json";
import { ROOT } from "../support/example";

const TSX = join(ROOT, "node_modules/.bin/tsx");
const CLI = join(ROOT, "src/cli/main.ts");

/** A team's folder with an app file declaring `declarations` and a cdktf.json running it. */
function teamFolder(...declarations: string[]): string {
  const folder = mkdtempSync(join(tmpdir(), "watchkeeper-diff-"));
  const app = [
    `import { MonitoringApp, MonitoringStack, OnCallTeam, ServiceSlo } from ${JSON.stringify(join(ROOT, "constructs"))};`,
    "const app = new MonitoringApp();",
    'const stack = new MonitoringStack(app, "production");',
    ...declarations,
    "app.run();",
    "",
  ].join("\n");
  writeFileSync(join(folder, "main.ts"), app);
  writeFileSync(join(folder, "cdktf.json"), JSON.stringify({ app: `${TSX} main.ts` }));
  return folder;
}

const team = (escalation = "") =>
  `const owner = new OnCallTeam(stack, "team", { name: "checkout", members: ["ana@example.com"], slackChannel: "#checkout"${escalation} });`;

const slo = (name: string, objective: number, more = "") =>
  `new ServiceSlo(stack, "${name}", { service: "checkout", name: "${name}", objective: ${objective}, owner, runbookUrl: "https://runbooks.example.com"${more},` +
  ` sli: { events: { errors: 'http_requests_total{job="${name}",code=~"5.."}', total: 'http_requests_total{job="${name}"}' } } });`;

/** Runs a command in the folder, as a person would in a terminal. */
function run(folder: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(TSX, args, { cwd: folder, encoding: "utf8", env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const BASE = [team(), slo("availability", 99.9), slo("latency", 99)];

/** The base app's folder, its synth kept in snapshots/ as a team's repository keeps it. */
let base: string;
let previous: string;

beforeAll(() => {
  base = teamFolder(...BASE);
  previous = join(base, "snapshots");
  const synth = run(base, ["main.ts"], { WATCHKEEPER_OUTDIR: join(previous, "dist"), CDKTF_OUTDIR: join(previous, "cdktf.out") });
  expect(synth.status, synth.stderr).toBe(0);
});

/** `watchkeeper diff` of an app variant against the base's synth, as JSON. */
function jsonDiff(...declarations: string[]): { status: number | null; plan: JsonPlan } {
  const result = run(teamFolder(...declarations), [CLI, "diff", "--against", previous, "--format", "json"]);
  expect(result.stderr).toBe("");
  return { status: result.status, plan: JSON.parse(result.stdout) as JsonPlan };
}

describe("watchkeeper diff", () => {
  it("finds no change against snapshots/ by default, exits 0 and leaves the project's output folders alone", () => {
    const result = run(base, [CLI, "diff"]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("### Watchkeeper plan\n\n**no changes**\n");
    expect(result.status).toBe(0);
    expect([existsSync(join(base, "dist")), existsSync(join(base, "cdktf.out"))]).toEqual([false, false]);
  });

  it("lists a new SLO by construct and exits 2 when nothing is dangerous", () => {
    const result = run(teamFolder(...BASE, slo("errors", 99.5)), [CLI, "diff", "--against", previous, "--format", "text"]);
    expect(result.status).toBe(2);
    expect(result.stdout).not.toContain("Dangerous");
    expect(result.stdout).toMatch(/^Watchkeeper plan: \d+ changes in 1 construct \(\d+ added\)\n\nproduction\/errors\n {2}\+ /);
    expect(result.stdout).toContain('\n  + Datadog SLO "checkout errors"\n');
  });

  it("flags a destroyed SLO, its removed alerts, a loosened objective and changed routing, and exits 3", () => {
    const { status, plan } = jsonDiff(team(", escalation: { loops: 1 }"), slo("availability", 99.5));
    expect(status).toBe(3);
    expect(plan.exitCode).toBe(3);
    const found = plan.dangers.map((danger) => `${danger.kind} ${danger.construct}: ${danger.summary}`);
    expect(found).toEqual(expect.arrayContaining([
      "history-lost production/latency: will be destroyed: history lost",
      "alert-removed production/latency: removed",
      "objective-loosened production/availability: objective loosened 99.9 → 99.5",
      "route-changed production/team: routing changed",
    ]));
    expect(new Set(plan.dangers.map((danger) => danger.kind))).toEqual(new Set(["history-lost", "alert-removed", "objective-loosened", "route-changed"]));
    const itemsOf = (kind: string) => plan.dangers.find((danger) => danger.kind === kind)?.items;
    expect(itemsOf("history-lost")).toEqual(expect.arrayContaining(['Datadog SLO "checkout latency"', 'Grafana dashboard "SLO checkout latency"']));
    expect(itemsOf("alert-removed")).toEqual(expect.arrayContaining(["alerting rule CheckoutLatencyErrorBudgetBurn (page)", "alerting rule CheckoutLatencySLIMetricsAbsent (ticket)"]));
    const target = plan.changes.find((change) => change.label === 'Datadog SLO "checkout availability"');
    expect(target?.fields).toEqual([{ path: "thresholds[0].target", before: 99.9, after: 99.5 }]);
  });

  it("flags a page alert lowered to a ticket and a raised burn-rate threshold, dangerous items first in Markdown", () => {
    const windows =
      ', burnRateWindows: [{ severity: "ticket", budgetConsumedPercent: 2, long: "1h", short: "5m" }, { severity: "ticket", budgetConsumedPercent: 5, long: "6h", short: "30m" },' +
      ' { severity: "ticket", budgetConsumedPercent: 20, long: "1d", short: "2h" }, { severity: "ticket", budgetConsumedPercent: 10, long: "3d", short: "6h" }]';
    const result = run(teamFolder(team(), slo("availability", 99.9, windows), slo("latency", 99)), [CLI, "diff", "--against", previous]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(3);
    const dangers = result.stdout.slice(result.stdout.indexOf("#### ⚠️ Dangerous changes"), result.stdout.indexOf("#### Changes by construct"));
    expect(dangers).toContain("- **alert muted** in `production/availability`: severity lowered page → ticket (alerting rule CheckoutAvailabilityErrorBudgetBurn (page))\n");
    expect(dangers).toContain('- **threshold raised** in `production/availability`: threshold raised 3 → 6 (Datadog monitor "[ticket] checkout availability: error budget burn 3x over 1d")\n');
    expect(result.stdout.indexOf("Dangerous changes")).toBeLessThan(result.stdout.indexOf("##### `production/availability`"));
  });
});

describe("watchkeeper diff failures", () => {
  it("exits 1 when --against is missing or holds no synth output, before running the app", () => {
    const missing = run(base, [CLI, "diff", "--against", "no-such-folder"]);
    expect(missing.stderr).toBe("watchkeeper diff: --against no-such-folder: no such folder; give a folder holding a previous synth's output (cdktf.out/ and dist/), such as snapshots/\n");
    expect(missing.status).toBe(1);
    const foreign = join(base, "foreign");
    mkdirSync(join(foreign, "src"), { recursive: true });
    const result = run(base, [CLI, "diff", "--against", "foreign"]);
    expect(result.stderr).toMatch(/^watchkeeper diff: --against foreign is not a synth output folder: it holds neither cdktf\.out\/stacks\/<stack>\/cdk\.tf\.json nor dist\/<stack>\//);
    expect(result.status).toBe(1);
  });

  it("lists the problems of an app that cannot synth, and exits 1", () => {
    const result = run(teamFolder(team(), slo("availability", 100)), [CLI, "diff", "--against", previous]);
    expect(result.stderr).toMatch(/^1 problem to fix before synth:\n {2}- production\/availability: objective 100[^\n]+\n$/);
    expect(result.stdout).toBe("");
    expect(result.status).toBe(1);
  });
});
