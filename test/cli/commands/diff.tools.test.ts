import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../../support/example";

const TSX = join(ROOT, "node_modules/.bin/tsx");
const CLI = join(ROOT, "src/cli/main.ts");

/** A team's folder with an app file declaring `declarations` and a cdktf.json running it. */
function teamFolder(...declarations: string[]): string {
  const folder = mkdtempSync(join(tmpdir(), "watchkeeper-diff-"));
  const app = [
    `import { MonitoringApp, MonitoringStack, OnCallTeam, ServiceSlo } from ${JSON.stringify(join(ROOT, "constructs"))};`,
    "const app = new MonitoringApp();",
    'const stack = new MonitoringStack(app, "production", { externalSignals: [{ description: "checkout", metrics: ["http_requests_total"], labels: ["job", "code"] }] });',
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

describe("watchkeeper diff", () => {
  it("finds no change against snapshots/ by default, exits 0 and leaves the project's output folders alone", () => {
    const result = run(base, [CLI, "diff", "--format", "json"]);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual({ version: 1, exitCode: 0, counts: { added: 0, changed: 0, removed: 0, retired: 0, dangers: 0 }, dangers: [], changes: [] });
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

  it("flags every danger class in Markdown, dangerous items first, and exits 3", () => {
    const windows =
      ', burnRateWindows: [{ severity: "ticket", budgetConsumedPercent: 2, long: "1h", short: "5m" }, { severity: "ticket", budgetConsumedPercent: 5, long: "6h", short: "30m" },' +
      ' { severity: "ticket", budgetConsumedPercent: 20, long: "1d", short: "2h" }, { severity: "ticket", budgetConsumedPercent: 10, long: "3d", short: "6h" }]';
    const result = run(teamFolder(team(", escalation: { loops: 1 }"), slo("availability", 99.5, windows)), [CLI, "diff", "--against", previous]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(3);
    const [dangers, changes] = result.stdout.split("#### Changes by construct");
    const lines = dangers.split("\n").filter((line) => line.startsWith("- **"));
    expect(lines.map((line) => /^- \*\*([a-z ]+)\*\* in `([^`]+)`/.exec(line)?.slice(1).join(" in "))).toEqual([
      "history lost in production/availability",
      "history lost in production/latency",
      "alert removed in production/availability",
      "alert removed in production/latency",
      "alert muted in production/availability",
      "objective loosened in production/availability",
      "threshold raised in production/availability",
      "route changed in production/team",
    ]);
    expect(lines[1]).toMatch(/^- \*\*history lost\*\* in `production\/latency`: Datadog SLO "checkout latency", .*Grafana dashboard "SLO checkout latency" will be destroyed: history lost$/);
    expect(lines[3]).toContain("alerting rule CheckoutLatencyErrorBudgetBurn (page), alerting rule CheckoutLatencyErrorBudgetBurn (ticket), alerting rule CheckoutLatencySLIMetricsAbsent (ticket) removed");
    expect(lines).toContain("- **alert muted** in `production/availability`: severity lowered page → ticket (alerting rule CheckoutAvailabilityErrorBudgetBurn (page))");
    expect(lines).toContain('- **objective loosened** in `production/availability`: objective loosened 99.9 → 99.5 (Datadog SLO "checkout availability"; recording rule slo:objective:ratio; recording rule sloth_slo_info)');
    expect(lines).toContain('- **threshold raised** in `production/availability`: threshold raised 3 → 6 (Datadog monitor "[ticket] checkout availability: error budget burn 3x over 1d")');
    expect(lines[7]).toMatch(/^- \*\*route changed\*\* in `production\/team`: routing changed \(PagerDuty escalation policy "[^"]+"\)$/);
    expect(changes).toContain('- **changed** Datadog SLO "checkout availability"\n  - `thresholds[0].target: 99.9 → 99.5`\n');
  });
});

describe("watchkeeper diff failures", () => {
  it("exits 1 when --against is missing or holds no synth output, or --format is unknown, before running the app", () => {
    const format = run(base, [CLI, "diff", "--format", "html"]);
    expect(format.stderr).toBe("error: option '--format <format>' argument 'html' is invalid. Allowed choices are markdown, text, json.\n");
    expect(format.status).toBe(1);
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
