import { mkdtempSync, readFileSync, existsSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { expectDocumentedOutcome, runWatchkeeper } from "../../support/cli-run";

type Handler = (query: string, response: ServerResponse) => void;

/** A stand-in Prometheus whose answers each test sets; it reads the query from the form body. */
let handler: Handler = () => undefined;
const server = createServer((request: IncomingMessage, response: ServerResponse) => {
  let body = "";
  request.on("data", (chunk) => (body += chunk));
  request.on("end", () => handler(new URLSearchParams(body).get("query") ?? "", response));
});
let url = "";

const json = (response: ServerResponse, resultType: string, result: unknown[]) =>
  response.end(JSON.stringify({ status: "success", data: { resultType, result } }));

/** Runs `watchkeeper status-page` in this process; returns its exit code and what it printed. */
async function statusPage(...args: string[]): Promise<{ code: number | undefined; output: string; out: string }> {
  const out = join(mkdtempSync(join(tmpdir(), "watchkeeper-status-")), "page");
  const run = await runWatchkeeper(["status-page", "--out", out, ...args]);
  expectDocumentedOutcome(run, [0, 1, 3]);
  return { code: run.code, output: `${run.stdout}${run.stderr}`.trim(), out };
}

describe("watchkeeper status-page", () => {
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  afterEach(() => {
    handler = () => undefined;
  });

  it("writes the page of a quiet public component (NaN error ratio) as status unknown, and exits 0", async () => {
    const mark = { sloth_id: "checkout-availability", sloth_service: "checkout", sloth_slo: "availability", sloth_window: "5m", component: "Checkout" };
    handler = (query, response) => {
      if (query === "watchkeeper_status_component_info") return json(response, "vector", [{ metric: mark, value: [0, "1"] }]);
      if (query.startsWith("slo:error_budget")) return json(response, "vector", [{ metric: mark, value: [0, "0.001"] }]);
      if (query.startsWith("slo:current_burn_rate")) return json(response, "vector", [{ metric: mark, value: [0, "NaN"] }]);
      if (query.startsWith("avg_over_time")) return json(response, "matrix", [{ metric: mark, values: [] }]);
      return json(response, query.startsWith("ALERTS") && query.includes("page") ? "matrix" : "vector", []);
    };
    const { code, output, out } = await statusPage("--prometheus", url, "--title", "Example status");
    expect(code).toBe(0);
    expect(output).toBe(`${join(out, "index.html")}: 1 component, 0 incidents in the last 14 days`);
    const html = readFileSync(join(out, "index.html"), "utf8");
    expect(html).toContain('<li class="component" data-state="unknown">');
    expect(html.match(/data-level="no-data"/g)).toHaveLength(90);
  });

  it("writes nothing and exits 1 when no component is public", async () => {
    handler = (_query, response) => json(response, "vector", []);
    const { code, output, out } = await statusPage("--prometheus", url);
    expect(code).toBe(1);
    expect(output).toMatch(/has no public component .* mark SLOs or flows with statusPage/);
    expect(existsSync(out)).toBe(false);
  });

  it("refuses an address that is not a URL as a usage error (exit 1)", async () => {
    const { code, output } = await statusPage("--prometheus", "prometheus:9090");
    expect(code).toBe(1);
    expect(output).toBe("error: option '--prometheus <url>' argument 'prometheus:9090' is invalid. expected an http(s) URL, e.g. http://prometheus:9090");
  });

  it.each([
    ["answers HTTP 500", (_query: string, response: ServerResponse) => response.writeHead(500).end("oops"), /answered HTTP 500/],
    ["answers a page that is not the API's JSON", (_query: string, response: ServerResponse) => response.end("<html>"), /did not answer like the Prometheus HTTP API/],
    ["is slower than --timeout", (_query: string, response: ServerResponse) => void setTimeout(() => response.end("{}"), 1500), /did not answer within 1000 ms/],
  ])("exits 3 when Prometheus %s", async (_case, answer, message) => {
    handler = answer;
    const { code, output, out } = await statusPage("--prometheus", url, "--timeout", "1s");
    expect(code).toBe(3);
    expect(output).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it("exits 3 when Prometheus is down", async () => {
    const { code, output } = await statusPage("--prometheus", "http://127.0.0.1:9");
    expect(code).toBe(3);
    expect(output).toMatch(/cannot reach Prometheus at http:\/\/127.0.0.1:9/);
  });
});
