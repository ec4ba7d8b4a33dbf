import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { filesEndingWith } from "../../src/cli/checks/tools";
import { PrometheusClient } from "../../src/cli/prometheus-api/client";
import { FIXTURE_NOW, PROBE_METRIC, PROBE_SCENARIO, REQUESTS_METRIC, SLO_SCENARIOS } from "../fixtures/quality/scenarios";
import { ROOT, TSX_IMPORT } from "./example";
import { labelText, openMetricsTexts } from "./open-metrics";
import { counterLabels, qualityHistory, requestCountersAt } from "./quality-history";
import { freePort, startPrometheus } from "./prometheus-server";

/** The quality fixture's Prometheus, as the tools tests receive it (`inject("quality")`). */
export interface QualityPrometheus {
  readonly url: string;
  /** The end of the backfilled history (ISO 8601), the "now" the scenarios were computed for. */
  readonly now: string;
  /** The fixture's synth output folder (`<outdir>/production/prometheus/*.rules.yml`, …). */
  readonly outdir: string;
  /** Where the start-up's failure is written, if it fails. */
  readonly failureFile: string;
}

/** What must be answered before a test reads the server: the rules have run over the history. */
const EVALUATED = [
  'slo:period_error_budget_remaining:ratio{sloth_service="exhausted"}',
  'slo:period_error_budget_remaining:ratio{sloth_service="healthy"}',
  'ALERTS{service="burning", severity="page", alertstate="firing"}',
];

/**
 * Waits until the shared server has evaluated the fixture's rules (it starts while the other tests run), and
 * returns it; throws the start-up's failure if there was one.
 */
export async function qualityReady(quality: QualityPrometheus): Promise<QualityPrometheus> {
  const client = new PrometheusClient({ url: quality.url, timeoutMs: 5000 });
  const deadline = Date.now() + 180_000;
  for (const query of EVALUATED) {
    while ((await client.query(query).catch(() => [])).length === 0) {
      if (existsSync(quality.failureFile)) {
        throw new Error(readFileSync(quality.failureFile, "utf8"));
      }
      if (Date.now() > deadline) {
        throw new Error(`the quality fixture's Prometheus at ${quality.url} did not answer ${query} within 3 minutes`);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  return quality;
}

/** An exporter on 127.0.0.1 whose request counters go on from the backfilled ones, as the scenarios say, and whose probes succeed. */
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
    lines.push(`${PROBE_METRIC}${labelText({ service: PROBE_SCENARIO.service })} 1`);
    response.writeHead(200, { "content-type": "text/plain; version=0.0.4" });
    response.end(`${lines.join("\n")}\n`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

function synthFixture(folder: string, now: Date): Promise<void> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, [FIXTURE_NOW]: now.toISOString() };
    const child = spawn(process.execPath, [...TSX_IMPORT, join(ROOT, "test/fixtures/quality/main.ts")], { cwd: folder, env });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`the quality fixture did not synthesize:\n${output}`))));
  });
}

/**
 * Launches the shared server without waiting for it: synthesizes test/fixtures/quality/main.ts, backfills the
 * history its scenarios describe, and starts a real Prometheus that evaluates the fixture's rules and scrapes its
 * live traffic every 5 seconds. Tests wait with {@link qualityReady}; `stop` ends it and removes its folder.
 */
export async function launchQualityPrometheus(): Promise<{ quality: QualityPrometheus; stop: () => Promise<void> }> {
  const folder = mkdtempSync(join(tmpdir(), "watchkeeper-quality-"));
  const port = await freePort();
  const now = new Date(Math.floor(Date.now() / 60_000) * 60_000);
  const quality = { url: `http://127.0.0.1:${port}`, now: now.toISOString(), outdir: join(folder, "dist"), failureFile: join(folder, "failure") };
  const start = async () => {
    await synthFixture(folder, now);
    const rules = join(quality.outdir, "production/prometheus");
    const traffic = await liveTraffic(now);
    const server = await startPrometheus({
      folder,
      port,
      history: openMetricsTexts(qualityHistory(rules, now)),
      ruleFiles: filesEndingWith(rules, ".rules.yml"),
      interval: "5s",
      scrapeTarget: `127.0.0.1:${(traffic.address() as { port: number }).port}`,
    });
    return async () => {
      await server.stop();
      await new Promise((resolve) => traffic.close(resolve));
    };
  };
  const started = start().catch((error: Error) => {
    writeFileSync(quality.failureFile, error.stack ?? error.message);
    return async () => undefined;
  });
  return {
    quality,
    stop: async () => {
      await (await started)();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
