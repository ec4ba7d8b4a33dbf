import { existsSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CLI, runInFolder as run, teamAppFolder } from "../../support/team-folder";

/** A team's folder with an app declaring a stack and `declarations`. */
const teamFolder = (...declarations: string[]) =>
  teamAppFolder(['const stack = new MonitoringStack(app, "production", { externalSignals: [{ description: "checkout", metrics: ["http_requests_total"], labels: ["job", "code"] }] });', ...declarations]);

/** The team: two members, a Slack channel, more props. */
const team = (more = "") => `const owner = new OnCallTeam(stack, "team", { name: "checkout", members: ["ana@example.com", "ben@example.com"], slackChannel: "#checkout"${more} });`;

const slo = (name: string, objective: number, more = "") =>
  `new ServiceSlo(stack, "${name}", { service: "checkout", name: "${name}", objective: ${objective}, owner, runbookUrl: "https://runbooks.example.com"${more},` +
  ` sli: { events: { errors: 'http_requests_total{job="${name}",code=~"5.."}', total: 'http_requests_total{job="${name}"}' } } });`;

/** The lines of a Markdown plan's section, from its `####` heading to the next. */
const section = (markdown: string, heading: string): string[] => (markdown.split(`#### ${heading}`)[1] ?? "").split("\n#### ")[0].split("\n").filter((line) => line !== "");

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
    expect(JSON.parse(result.stdout)).toEqual({
      version: 1,
      exitCode: 0,
      counts: { added: 0, changed: 0, removed: 0, retired: 0, dangers: 0, moved: 0, imported: 0 },
      dangers: [],
      constructs: [],
      changes: [],
    });
    expect(result.status).toBe(0);
    expect([existsSync(join(base, "dist")), existsSync(join(base, "cdktf.out"))]).toEqual([false, false]);
  });

  it("lists a new SLO by construct, each output once, and exits 2 when nothing is dangerous", () => {
    const result = run(teamFolder(...BASE, slo("errors", 99.5)), [CLI, "diff", "--against", previous, "--format", "text"]);
    expect(result.status).toBe(2);
    expect(result.stdout).not.toContain("Dangerous");
    expect(result.stdout).toMatch(/^Watchkeeper plan: \d+ changes in 1 construct \(\d+ added\)\n\nChanges:\n {2}production\/errors added: /);
    const detail = result.stdout.split("\nproduction/errors\n")[1];
    expect(detail).toContain('\n  + Datadog SLO "checkout errors"\n');
    expect(detail).toMatch(/\n {2}\+ Grafana dashboard "SLO checkout errors" \(in Terraform, GrafanaDashboard monitoring\/[^ ]+ and grafana\/checkout-errors\.json\)\n/);
    expect(detail).toMatch(/\n {2}\+ 3 alerting rules: [^\n]+ \(in PrometheusRule monitoring\/checkout-errors and prometheus\/checkout-errors\.rules\.yml\)\n/);
  });

  it("flags every danger class in Markdown, one line for each, then a line per construct and its folded detail, and exits 3", () => {
    const windows =
      ', burnRateWindows: [{ severity: "ticket", budgetConsumedPercent: 2, long: "1h", short: "5m" }, { severity: "ticket", budgetConsumedPercent: 5, long: "6h", short: "30m" },' +
      ' { severity: "ticket", budgetConsumedPercent: 20, long: "1d", short: "2h" }, { severity: "ticket", budgetConsumedPercent: 10, long: "3d", short: "6h" }]';
    const result = run(teamFolder(team(", escalation: { loops: 1 }"), slo("availability", 99.5, windows)), [CLI, "diff", "--against", previous]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(3);
    const dangers = section(result.stdout, "⚠️ Dangerous changes");
    expect(dangers.map((line) => /^- \*\*([a-z ]+)\*\* in (`[^:]+):/.exec(line)?.slice(1).join(" in "))).toEqual([
      "history lost in `production/availability`, `production/latency`",
      "alert removed in `production/availability`, `production/latency`",
      "alert muted in `production/availability`",
      "objective loosened in `production/availability`",
      "threshold raised in `production/availability`",
      "route changed in `production/team`",
    ]);
    expect(dangers[0]).toBe(
      '- **history lost** in `production/availability`, `production/latency`: Datadog SLO "checkout latency", 6 Datadog monitors, Grafana dashboard "SLO checkout latency" will be destroyed: history lost',
    );
    expect(dangers[1]).toBe("- **alert removed** in `production/availability`, `production/latency`: 6 Datadog monitors, 4 alerting rules removed");
    expect(dangers).toContain("- **alert muted** in `production/availability`: severity lowered page → ticket (alerting rule CheckoutAvailabilityErrorBudgetBurn (page))");
    expect(dangers).toContain("- **objective loosened** in `production/availability`: objective loosened 99.9 → 99.5 (Datadog SLO \"checkout availability\", 2 recording rules)");
    expect(dangers[5]).toBe('- **route changed** in `production/team`: routing changed: num_loops: 2 → 1 (PagerDuty escalation policy "checkout escalation")');
    const summary = section(result.stdout, "Changes");
    expect(summary).toContain("- `production/latency` **removed**: 4 Datadog monitors, 1 Datadog SLO, 1 Grafana dashboard, 3 alerting rules, 17 recording rules, 1 PrometheusRule, 3 promtool test files");
    expect(summary.filter((line) => line.startsWith("- `"))).toHaveLength(3);
    expect(result.stdout).toContain('<details><summary><code>production/availability</code> changed: ');
    expect(result.stdout).toContain('\n- **changed** Datadog SLO "checkout availability"\n  - `thresholds[0].target: 99.9 → 99.5`\n');
    expect(result.stdout.match(/CheckoutLatencySLIMetricsAbsent/g)).toHaveLength(1);
  });
});

