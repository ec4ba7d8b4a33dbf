import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Command } from "commander";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { registerGate } from "../../src/cli/commands/gate";

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
    expect(JSON.parse(results[3].stdout)).toEqual({ verdict: "error", exitCode: 3, error: expect.stringMatching(/did not answer like the Prometheus HTTP API: the body is not the API's JSON/) });
  });
});
