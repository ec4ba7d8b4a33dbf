import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { filesEndingWith } from "../../src/cli/promtool";
import { PrometheusClient } from "../../src/prometheus-api/client";
import { REQUESTS_METRIC, SLO_SCENARIOS } from "../fixtures/quality/scenarios";
import { ROOT } from "./example";
import { labelText, openMetricsTexts } from "./open-metrics";
import { counterLabels, qualityHistory, requestCountersAt } from "./quality-history";
import { startPrometheus } from "./prometheus-server";

/** The quality fixture's Prometheus, as the tools tests receive it (`inject("quality")`). */
export interface QualityPrometheus {
  readonly url: string;
  /** The end of the backfilled history (ISO 8601), the "now" the scenarios were computed for. */
  readonly now: string;
  /** The fixture's synth output folder (`<outdir>/production/prometheus/*.rules.yml`, …). */
  readonly outdir: string;
}

/** What must be answered before the tests start: the rules have run over the history at least once. */
const EVALUATED = [
  'slo:period_error_budget_remaining:ratio{sloth_service="exhausted"}',
  'slo:period_error_budget_remaining:ratio{sloth_service="healthy"}',
  'ALERTS{service="burning", severity="page", alertstate="firing"}',
];

async function untilEvaluated(url: string): Promise<void> {
  const client = new PrometheusClient({ url });
  const deadline = Date.now() + 60_000;
  for (const query of EVALUATED) {
    while ((await client.query(query)).length === 0) {
      if (Date.now() > deadline) {
        throw new Error(`the fixture's rules did not produce ${query} within a minute`);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** An exporter on 127.0.0.1 whose request counters go on from the backfilled ones, as the scenarios say. */
async function liveTraffic(now: Date): Promise<Server> {
  const server = createServer((_request, response) => {
    const lines = SLO_SCENARIOS.filter((scenario) => scenario.scraped).flatMap((scenario) => {
      const counters = requestCountersAt(scenario, Date.now(), now);
      const labels = (code: "200" | "500") => {
        const { job: _job, instance: _instance, ...own } = counterLabels(scenario, code);
        return labelText(own);
      };
      return [`${REQUESTS_METRIC}${labels("200")} ${counters.ok}`, `${REQUESTS_METRIC}${labels("500")} ${counters.failed}`];
    });
    response.writeHead(200, { "content-type": "text/plain; version=0.0.4" });
    response.end(`${lines.join("\n")}\n`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

/**
 * Synthesizes test/fixtures/quality/main.ts, backfills the history its scenarios describe, and starts a real
 * Prometheus that evaluates the fixture's rules and scrapes its live traffic every 5 seconds. Returns the server
 * and a function that stops it and removes its folder.
 */
export async function startQualityPrometheus(): Promise<{ quality: QualityPrometheus; stop: () => Promise<void> }> {
  const folder = mkdtempSync(join(tmpdir(), "watchkeeper-quality-"));
  const synth = spawnSync(join(ROOT, "node_modules/.bin/tsx"), [join(ROOT, "test/fixtures/quality/main.ts")], { cwd: folder, encoding: "utf8" });
  if (synth.status !== 0) {
    throw new Error(`the quality fixture did not synthesize:\n${synth.stdout}${synth.stderr}`);
  }
  const outdir = join(folder, "dist");
  const rules = join(outdir, "production/prometheus");
  const now = new Date(Math.floor(Date.now() / 60_000) * 60_000);
  const traffic = await liveTraffic(now);
  const { port } = traffic.address() as { port: number };
  const server = await startPrometheus({
    folder,
    history: openMetricsTexts(qualityHistory(rules, now)),
    ruleFiles: filesEndingWith(rules, ".rules.yml"),
    interval: "5s",
    scrapeTarget: `127.0.0.1:${port}`,
  });
  await untilEvaluated(server.url);
  return {
    quality: { url: server.url, now: now.toISOString(), outdir },
    stop: async () => {
      await server.stop();
      await new Promise((resolve) => traffic.close(resolve));
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
