import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** How the fake server answers every request. */
export type FakeAnswer = (response: ServerResponse) => void;

/** A tiny HTTP server on 127.0.0.1 that answers every request with `answer`: the faults a real server can show. */
export async function fakePrometheus(answer: FakeAnswer): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((_request, response) => answer(response));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Answers with a status and a body. */
export const answering =
  (status: number, body: string, contentType = "application/json"): FakeAnswer =>
  (response) => {
    response.writeHead(status, { "content-type": contentType });
    response.end(body);
  };

/** Answers with a vector of the given values, as Prometheus encodes them (NaN as "NaN"). */
export const vectorOf = (...values: string[]): FakeAnswer =>
  answering(
    200,
    JSON.stringify({
      status: "success",
      data: { resultType: "vector", result: values.map((value, index) => ({ metric: { n: String(index) }, value: [1764000000, value] })) },
    }),
  );

/** Never answers (until the server closes): a server slower than any timeout. */
export const hanging: FakeAnswer = () => undefined;

/** A URL on 127.0.0.1 where nothing listens. */
export async function deadUrl(): Promise<string> {
  const server = await fakePrometheus(answering(200, ""));
  await server.close();
  return server.url;
}
