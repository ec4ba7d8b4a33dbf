import { afterEach, describe, expect, it } from "vitest";
import { PrometheusApiError, PrometheusClient } from "../../../src/cli/prometheus-api/client";
import { answering, deadUrl, fakePrometheus, hanging, vectorOf, type FakeAnswer } from "../../support/fake-prometheus";

const servers: Array<{ close: () => Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function clientOf(answer: FakeAnswer, timeoutMs = 2000): Promise<PrometheusClient> {
  const server = await fakePrometheus(answer);
  servers.push(server);
  return new PrometheusClient({ url: `${server.url}/`, timeoutMs });
}

async function failure(call: Promise<unknown>): Promise<PrometheusApiError> {
  const error = await call.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(PrometheusApiError);
  return error as PrometheusApiError;
}

describe("PrometheusClient", () => {
  it("reads a vector, keeping NaN and infinities", async () => {
    const client = await clientOf(vectorOf("0.25", "NaN", "+Inf"));
    const samples = await client.query("up");
    expect(samples.map((sample) => sample.value)).toEqual([0.25, NaN, Infinity]);
    expect(samples[0].labels).toEqual({ n: "0" });
  });

  it("reads a matrix", async () => {
    const body = { status: "success", data: { resultType: "matrix", result: [{ metric: { a: "b" }, values: [[1, "1"], [2, "NaN"]] }] } };
    const client = await clientOf(answering(200, JSON.stringify(body)));
    expect(await client.queryRange("up", new Date(0), new Date(2000), 1)).toEqual([{ labels: { a: "b" }, values: [[1, 1], [2, NaN]] }]);
  });

  it("names an unreachable server", async () => {
    const url = await deadUrl();
    const error = await failure(new PrometheusClient({ url }).query("up"));
    expect(error.kind).toBe("unreachable");
    expect(error.message).toContain(`cannot reach Prometheus at ${url}`);
  });

  it("gives up on a slow server after the timeout", async () => {
    const client = await clientOf(hanging, 200);
    const error = await failure(client.query("up"));
    expect(error.kind).toBe("timeout");
    expect(error.message).toContain("did not answer within 200 ms");
  });

  it("reports an HTTP error with the API's own message", async () => {
    const client = await clientOf(answering(500, JSON.stringify({ status: "error", error: "query timed out" })));
    const error = await failure(client.query("up"));
    expect(error.kind).toBe("http");
    expect(error.message).toMatch(/answered HTTP 500: query timed out; check the URL/);
  });

  it("refuses a body that is not the API's JSON", async () => {
    const client = await clientOf(answering(200, "<html>Grafana</html>", "text/html"));
    const error = await failure(client.query("up"));
    expect(error.kind).toBe("malformed");
    expect(error.message).toContain('the body is not the API\'s JSON (starts with "<html>Grafana</html>")');
  });

  it("refuses a result of the wrong type", async () => {
    const client = await clientOf(vectorOf("1"));
    const error = await failure(client.queryRange("up", new Date(0), new Date(1000), 1));
    expect(error.kind).toBe("malformed");
    expect(error.message).toContain("a matrix result was expected, got vector");
  });
});
