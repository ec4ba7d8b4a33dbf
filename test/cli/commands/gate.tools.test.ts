import { spawnSync } from "node:child_process";
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { Command } from "commander";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { registerGate } from "../../../src/cli/commands/gate";
import { flaggerGateQuery, FLAGGER_VALUES, gateValueQuery, type GatedSlo } from "../../../src/domain/gate/gate-queries";
import type { GateVerdict } from "../../../src/domain/gate/gate-verdict";
import { PrometheusClient } from "../../../src/cli/prometheus-api/client";
import { argoConditions } from "../../../src/targets/kubernetes/deployment-gate";
import { argoMeasurement } from "../../support/argo-condition";
import { ROOT, TSX_IMPORT } from "../../support/example";
import { qualityReady } from "../../support/quality-prometheus";

/**
 * `watchkeeper gate` against the tools run's real Prometheus, loaded with the quality fixture's SLOs (healthy,
 * burning, exhausted, probed: a healthy one measured by probes, silent: no series, quiet: NaN), and the DeploymentGate's Argo and Flagger rule evaluated on the
 * same server's answers. The construct's test proves the templates hold exactly `gateValueQuery`, `argoConditions`
 * and `flaggerGateQuery`; here they meet real data. Argo's conditions are evaluated by test/support/argo-condition.ts,
 * which covers exactly the expr-language subset the templates emit and refuses anything else.
 */

const { url } = inject("quality");
const STATES = ["burning", "exhausted", "healthy", "probed", "quiet", "silent"] as const;
const sloOf = (service: string): GatedSlo => ({ id: `${service}-availability`, service, name: "availability", env: "production" });

/** Runs `watchkeeper gate <args>` in this process, as main.ts registers it: its exit code and what it printed. */
async function gate(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  vi.spyOn(console, "log").mockImplementation((text: string) => void stdout.push(text));
  vi.spyOn(console, "error").mockImplementation((text: string) => void stderr.push(text));
  const program = new Command("watchkeeper");
  registerGate(program);
  await program.parseAsync(["gate", ...args], { from: "user" });
  const code = Number(process.exitCode);
  process.exitCode = undefined;
  vi.restoreAllMocks();
  return { code, stdout: stdout.join("\n"), stderr: stderr.join("\n") };
}

interface JsonReport {
  verdict: GateVerdict;
  exitCode: number;
  slos: Array<{ id: string; verdict: GateVerdict; reason: string; budgetRemaining: number | null; firingPageAlerts: string[] }>;
}

async function verdicts(onNoData: GateVerdict): Promise<Record<string, GateVerdict>> {
  const { stdout } = await gate("--prometheus", url, "--stack", "production", "--on-no-data", onNoData, "--format", "json");
  const report = JSON.parse(stdout) as JsonReport;
  return Object.fromEntries(report.slos.map((slo) => [slo.id.replace(/-availability$/, ""), slo.verdict]));
}

describe("watchkeeper gate on a real Prometheus", () => {
  beforeAll(() => qualityReady(inject("quality")));

  it("judges each SLO with its reason: burning and exhausted fail, healthy passes, silent and quiet have no data", async () => {
    const { code, stdout } = await gate("--prometheus", url, "--format", "json");
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.slos.map((slo) => [slo.id, slo.verdict])).toEqual(STATES.map((state) => [`${state}-availability`, expectedVerdict(state, "inconclusive")]));
    const byId = Object.fromEntries(report.slos.map((slo) => [slo.id.replace(/-availability$/, ""), slo]));
    expect(byId.burning.firingPageAlerts).toEqual(["BurningAvailabilityErrorBudgetBurn"]);
    expect(byId.burning.reason).toMatch(/^page burn alert firing \(BurningAvailabilityErrorBudgetBurn\)/);
    expect(byId.burning.budgetRemaining).toBeGreaterThan(0);
    expect(byId.exhausted.reason).toMatch(/^error budget exhausted: -\d+\.\d% left in the period$/);
    expect(byId.exhausted.budgetRemaining).toBeLessThan(0);
    expect(byId.healthy.budgetRemaining).toBeGreaterThan(0.7);
    expect(byId.silent.reason).toBe("no data: no budget series; --on-no-data gives inconclusive");
    expect(byId.quiet.reason).toBe("no data: the budget is NaN (no events: 0/0); --on-no-data gives inconclusive");
    expect([report.verdict, report.exitCode, code]).toEqual(["fail", 1, 1]);
  });

  it("exits 0, 1 or 2 for one SLO of each state, and as --on-no-data says for those without data", async () => {
    const codes: Record<string, number[]> = {};
    for (const state of STATES) {
      for (const onNoData of ["inconclusive", "pass", "fail"]) {
        const { code } = await gate("--prometheus", url, "--slo", `${state}-availability`, "--on-no-data", onNoData);
        (codes[state] ??= []).push(code);
      }
    }
    expect(codes).toEqual({ burning: [1, 1, 1], exhausted: [1, 1, 1], healthy: [0, 0, 0], probed: [0, 0, 0], quiet: [2, 0, 1], silent: [2, 0, 1] });
  });

  it("selects by SLO name across services and by environment, and names the known SLOs for an unknown one", async () => {
    const all = await gate("--prometheus", url, "--stack", "production", "--slo", "availability");
    expect(all.stdout.split("\n")).toHaveLength(STATES.length + 1);
    // Every series of the fixture's SLOs carries env="production": another environment's gate judges none of them.
    const staging = await gate("--prometheus", url, "--stack", "staging", "--slo", "burning-availability");
    expect(staging.stdout + staging.stderr).toContain("has no sloth_slo_info series");
    expect(staging.code).toBe(3);
    const unknown = await gate("--prometheus", url, "--slo", "checkout-availability", "--format", "github");
    expect(unknown.stdout).toBe(
      `::error title=watchkeeper gate::Prometheus at ${url} has no SLO named checkout-availability; known SLOs: ${STATES.map((s) => `${s}-availability`).join(", ")}`,
    );
    expect(unknown.code).toBe(3);
  });

  it("prints GitHub annotations and exits with the verdict when run as the watchkeeper binary", () => {
    const result = spawnSync(process.execPath, [...TSX_IMPORT, join(ROOT, "src/cli/main.ts"), "gate", "--prometheus", url, "--slo", "exhausted-availability", "--format", "github"], { encoding: "utf8" });
    expect(result.stdout).toMatch(/^::error title=SLO exhausted-availability::error budget exhausted: -\d+\.\d%25 left in the period\n::error title=watchkeeper gate::gate: fail /);
    expect(result.status).toBe(1);
  });
});

/** The gate's rule for a fixture state, written out: what every evaluation below must agree with. */
function expectedVerdict(state: (typeof STATES)[number], onNoData: GateVerdict): GateVerdict {
  return { burning: "fail", exhausted: "fail", healthy: "pass", probed: "pass", quiet: onNoData, silent: onNoData }[state] as GateVerdict;
}

describe("the DeploymentGate's templates on the same Prometheus", () => {
  const client = new PrometheusClient({ url });
  beforeAll(() => qualityReady(inject("quality")));

  it.each(["inconclusive", "pass", "fail"] as const)("Argo's conditions give the gate's verdicts with on-no-data %s", async (onNoData) => {
    const gateVerdicts = await verdicts(onNoData);
    const argo: Record<string, string> = {};
    for (const state of STATES) {
      const answer = await client.query(gateValueQuery(sloOf(state)));
      argo[state] = argoMeasurement(argoConditions(onNoData), answer.map((sample) => sample.value));
    }
    expect(argo).toEqual(gateVerdicts);
    expect(gateVerdicts).toEqual(Object.fromEntries(STATES.map((state) => [state, expectedVerdict(state, onNoData)])));
  });

  it.each(["inconclusive", "pass", "fail"] as const)("Flagger's query within thresholdRange { min: 1 } gives the gate's verdicts with on-no-data %s", async (onNoData) => {
    const gateVerdicts = await verdicts(onNoData);
    const flagger: Record<string, string> = {};
    for (const state of STATES) {
      const answer = await client.query(flaggerGateQuery(sloOf(state), onNoData));
      expect(answer, state).toHaveLength(1);
      const [{ value }] = answer;
      // Flagger has no inconclusive check: -1 fails the range like 0 does; it is told apart here only to compare.
      flagger[state] = value >= 1 ? "pass" : value === FLAGGER_VALUES.noData ? "inconclusive" : "fail";
    }
    expect(flagger).toEqual(gateVerdicts);
  });
});

// Faults come from a tiny HTTP server: down, slower than the timeout, an HTTP error, a body that is not the API's.
describe("watchkeeper gate when Prometheus fails", () => {
  let server: Server;
  let base: string;
  const handlers: Record<string, (response: ServerResponse) => void> = {
    "/slow": (response) => void setTimeout(() => response.end("{}"), 2_000),
    "/error": (response) => response.writeHead(500, { "content-type": "application/json" }).end('{"status":"error","error":"out of memory"}'),
    "/html": (response) => response.writeHead(200, { "content-type": "text/html" }).end("<html>login</html>"),
  };

  beforeAll(async () => {
    server = createServer((request, response) => handlers[`/${(request.url ?? "").split("/")[1]}`](response));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(resolve));
  });
  afterEach(() => vi.restoreAllMocks());

  it("exits 3 naming the URL and the fix: down, slower than --timeout, HTTP 500, a body that is not the API's JSON", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const down = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((resolve) => closed.close(resolve));
    const results = [
      await gate("--prometheus", down),
      await gate("--prometheus", `${base}/slow`, "--timeout", "300ms"),
      await gate("--prometheus", `${base}/error`),
      await gate("--prometheus", `${base}/html`, "--format", "json"),
    ];
    expect(results.map((result) => result.code)).toEqual([3, 3, 3, 3]);
    expect(results[0].stderr).toMatch(new RegExp(`^watchkeeper gate: cannot reach Prometheus at ${down} .*check the URL and that the server is up$`));
    expect(results[1].stderr).toBe(`watchkeeper gate: Prometheus at ${base}/slow did not answer within 300 ms; check its load or raise --timeout`);
    expect(results[2].stderr).toMatch(/^watchkeeper gate: Prometheus at \S+\/error answered HTTP 500: out of memory; /);
    expect(JSON.parse(results[3].stdout)).toEqual({ verdict: "error", exitCode: 3, error: expect.stringMatching(/did not answer like the Prometheus HTTP API to the query `[^`]+`: the body is not the API's JSON/) });
  });
});
