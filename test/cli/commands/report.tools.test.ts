import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { Duration } from "../../../src/domain/duration";
import { slaRuleGroup } from "../../../src/domain/sla/sla-rules";
import { budget, percent } from "../../../src/cli/report/document";
import { renderRuleFile } from "../../../src/targets/prometheus/rule-file";
import { SLA_RECORDED_DAYS, SLA_SCENARIO, slaMonth } from "../../fixtures/quality/sla-scenario";
import { runWatchkeeper } from "../../support/cli-run";
import { qualityReady } from "../../support/quality-prometheus";

/** Runs `watchkeeper report` in this process, capturing what it writes and its exit code. */
const report = (args: readonly string[]) => runWatchkeeper(["report", ...args]);

const month = (time: number) => new Date(time).toISOString().slice(0, 7);

describe("watchkeeper report against the quality fixture's Prometheus", () => {
  const quality = inject("quality");
  const now = new Date(quality.now);
  const { start, end } = slaMonth(now);
  const reported = month(start);
  const minutes = (end - start) / 60_000;
  // 150 minutes down outside maintenance (90 on the 10th, 60 on the 20th), 120 in maintenance, a 3-minute blip ignored.
  const eligible = minutes - 120;
  const availability = 100 * (1 - 150 / eligible);
  const allowed = Number(((eligible * (100 - SLA_SCENARIO.target)) / 100).toPrecision(12));
  let markdown: { code: number; stdout: string; stderr: string };

  beforeAll(async () => {
    await qualityReady(quality);
    markdown = await report(["--prometheus", quality.url, "--month", reported]);
  });

  it("measures the SLA over its month: 150 minutes down outside maintenance, the 3-minute blip ignored, at least 10% owed", () => {
    expect([markdown.code, markdown.stderr]).toEqual([0, ""]);
    // The fixture records three days of minutes: every other minute is unmeasured, counted neither up nor down.
    const unmeasured = minutes - SLA_RECORDED_DAYS.length * 1440;
    expect(markdown.stdout).toContain(
      `| storefront | 99.8% | at most ${percent(availability)} (missed; ${unmeasured.toLocaleString("en-US")} min unmeasured) | 150 min of ${allowed} allowed | ${budget((100 * 150) / allowed)} | 2 | at least 10% |`,
    );
    const trend = [5, 4, 3].map((back) => `${month(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1))} no data`).join(" · ");
    expect(markdown.stdout).toContain(
      [
        "### storefront (storefront, service healthy)",
        "",
        `- Measured in UTC: ${minutes} minutes, 120 in maintenance (excluded), ${unmeasured} unmeasured (no sample: neither up nor down; ` +
          `the availability is between ${percent(100 * (1 - (150 + unmeasured) / eligible))} and ${percent(availability)}).`,
        `- Breaches (outages of at least 5 min): ${reported}-10 10:00 (90 min); ${reported}-20 04:00 (60 min). 3 down minutes in shorter runs not counted.`,
        `- Worst days: ${reported}-10 (90 min), ${reported}-20 (60 min).`,
        "- Credit tiers: below 99.8% → 10%, below 99% → 25%.",
        `- Trend: ${trend}.`,
      ].join("\n"),
    );
    expect(markdown.stdout).toContain(
      `- SLAs: 0 of 1 met their target; missed: storefront (at most ${percent(availability)} of 99.8%).\n- Credits owed: storefront at least 10%.\n` +
        `- Warning: unmeasured minutes (no sample of sla:downtime:minute) in storefront: ${unmeasured.toLocaleString("en-US")} of ${eligible.toLocaleString("en-US")}.`,
    );
  });

  it("measures each SLO over the UTC month from its recorded error ratio", () => {
    expect(markdown.stdout).toContain("| healthy-availability | 99.9% | 99.98% (met) | 20% |");
    expect(markdown.stdout).toContain("| exhausted-availability | 99.9% | 99.85% (missed) | 150% |");
    expect(markdown.stdout).toContain("| quiet-availability | 99.9% | no data |  |  |");
    expect(markdown.stdout).toContain("| silent-availability | 99.9% | no data |  |  |");
  });

  it("writes the same report as one self-contained HTML page", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "watchkeeper-report-")), "report.html");
    expect((await report(["--prometheus", quality.url, "--month", reported, "--format", "html", "--out", file])).code).toBe(0);
    const html = readFileSync(file, "utf8");
    expect(html).toContain(`<h1>Compliance report ${reported}</h1>`);
    expect(html).toContain('<td class="bad">at least 10%</td>');
    expect(html).not.toMatch(/(src|href)=|@import|url\(/);
  });
});

describe("watchkeeper report's exit codes", () => {
  let server: Server;
  let url: string;

  beforeAll(async () => {
    server = createServer((_request, response) => {
      response.writeHead(500).end('{"status":"error","error":"boom"}');
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("3 when Prometheus answers with an HTTP error, 1 for a month in the future", async () => {
    const failed = await report(["--prometheus", url, "--month", "2026-01"]);
    expect(failed.code).toBe(3);
    expect(failed.stderr).toContain("HTTP 500");
    const future = new Date(Date.now() + 62 * 86_400_000).toISOString().slice(0, 7);
    expect(await report(["--prometheus", url, "--month", future])).toMatchObject({ code: 1, stderr: expect.stringContaining("is in the future") });
  });
});

describe("the SLA's recording rules in promtool", () => {
  it("count a minute down at the threshold, not while degraded, and never inside a maintenance window", () => {
    const folder = mkdtempSync(join(tmpdir(), "watchkeeper-sla-rules-"));
    const group = slaRuleGroup({
      name: "shop", title: "Shop", service: "shop", targetPercent: 99.9, timeZone: "UTC",
      dependencies: [{ id: "shop-availability", sli: { kind: "events", errors: { metric: "req_total", matchers: [{ name: "code", operator: "=", value: "500" }] }, total: { metric: "req_total", matchers: [] } } }],
      downErrorRatio: 0.5, degradedErrorRatio: 0.05, degradedCounts: false, minimumOutageMinutes: 1,
      // Epoch 0 is a Thursday 00:00 UTC: the weekly window covers minutes 10-20, the dated one minutes 30-40.
      weeklyMaintenance: [{ day: "thursday", start: "00:10", durationMinutes: 10 }],
      datedMaintenance: [{ start: 30 * 60_000, end: 40 * 60_000 }],
      creditTiers: [], labels: {}, window: Duration.parse("1m"),
    });
    writeFileSync(join(folder, "sla.rules.yml"), renderRuleFile([group], "test"));
    const sample = (metric: string, minute: number, value: number) =>
      `      - { expr: '${metric}', eval_time: ${minute}m, exp_samples: [{ labels: '${metric}{sla="shop"}', value: ${value} }] }`;
    writeFileSync(
      join(folder, "sla.test.yml"),
      [
        "rule_files: [sla.rules.yml]",
        "evaluation_interval: 1m",
        "tests:",
        "  - interval: 15s",
        "    input_series:",
        "      # up for 5 minutes, every request failing until minute 50, then 10% failing (degraded)",
        `      - { series: 'req_total{code="200"}', values: '0+10x20 200+0x180 200+9x40' }`,
        `      - { series: 'req_total{code="500"}', values: '0+0x20 0+10x180 1800+1x40' }`,
        "    promql_expr_test:",
        sample("sla:downtime:minute", 4, 0),
        sample("sla:downtime:minute", 7, 1),
        sample("sla:downtime:minute", 12, 0),
        sample("sla:maintenance:minute", 20, 1),
        sample("sla:downtime:minute", 21, 1),
        sample("sla:maintenance:minute", 21, 0),
        sample("sla:downtime:minute", 40, 0),
        sample("sla:downtime:minute", 41, 1),
        sample("sla:downtime:minute", 55, 0),
        "",
      ].join("\n"),
    );
    const result = spawnSync("promtool", ["test", "rules", "sla.test.yml"], { cwd: folder, encoding: "utf8" });
    expect(result.stdout + result.stderr).toContain("SUCCESS");
  });
});
