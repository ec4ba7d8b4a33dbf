import { CommandError } from "../command-action";
import { responseProblems, type ApiData, type ApiSample } from "./response-shape";

/** Why a Prometheus HTTP API call failed: each kind has its own fix, named in the error's message. */
export type PrometheusApiErrorKind = "unreachable" | "timeout" | "http" | "malformed";

/** The exit code of every command that reads Prometheus when Prometheus fails it (its help documents it). */
export const PROMETHEUS_ERROR_EXIT = 3;

/**
 * A failed call to the Prometheus HTTP API, with the URL it called and what to do about it; a command that meets
 * one exits with PROMETHEUS_ERROR_EXIT.
 */
export class PrometheusApiError extends CommandError {
  constructor(
    readonly kind: PrometheusApiErrorKind,
    message: string,
  ) {
    super(message, PROMETHEUS_ERROR_EXIT);
    this.name = "PrometheusApiError";
  }
}

/** A query as messages name it: on one line, shortened. */
export function shownQuery(expr: string): string {
  const line = expr.replace(/\s+/g, " ").trim();
  return `\`${line.length > 80 ? `${line.slice(0, 77)}...` : line}\``;
}

/** One series of an instant query: its labels and its value (NaN stays NaN: a 0/0 ratio of a quiet service). */
export interface InstantSample {
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

/** One series of a range query: its labels and its `[unix seconds, value]` points, oldest first. */
export interface RangeSeries {
  readonly labels: Readonly<Record<string, string>>;
  readonly values: ReadonlyArray<readonly [number, number]>;
}

export interface PrometheusClientProps {
  /** The server's base URL, e.g. `http://prometheus:9090` (a path prefix such as `/prometheus` is kept). */
  readonly url: string;
  /**
   * How long one call may take before it fails with kind "timeout".
   * @default 10000
   */
  readonly timeoutMs?: number;
}

/** Reads Prometheus's number encoding: decimal strings plus "NaN", "+Inf" and "-Inf". */
function sampleValue([, text]: ApiSample): number {
  return text === "+Inf" ? Infinity : text === "-Inf" ? -Infinity : Number(text);
}

/**
 * A small client of the Prometheus HTTP API (`/api/v1/query`, `/api/v1/query_range`) for the commands that read a
 * running server: `gate`, `report` and `status-page`. Every failure is a {@link PrometheusApiError}.
 */
export class PrometheusClient {
  private readonly base: string;
  private readonly timeoutMs: number;

  constructor(props: PrometheusClientProps) {
    this.base = props.url.replace(/\/+$/, "");
    this.timeoutMs = props.timeoutMs ?? 10_000;
  }

  /** Evaluates `expr` at `at` (default: the server's now) and returns its series; a scalar comes back as one. */
  async query(expr: string, at?: Date): Promise<InstantSample[]> {
    const params: Record<string, string> = { query: expr };
    if (at !== undefined) {
      params.time = String(at.getTime() / 1000);
    }
    const data = await this.call("query", params, ["vector", "scalar"]);
    if (data.resultType === "scalar") {
      return [{ labels: {}, value: sampleValue(data.result) }];
    }
    return data.resultType === "vector" ? data.result.map((series) => ({ labels: series.metric, value: sampleValue(series.value) })) : [];
  }

  /** Evaluates `expr` from `start` to `end` every `stepSeconds` and returns each series' points. */
  async queryRange(expr: string, start: Date, end: Date, stepSeconds: number): Promise<RangeSeries[]> {
    const params = { query: expr, start: String(start.getTime() / 1000), end: String(end.getTime() / 1000), step: String(stepSeconds) };
    const data = await this.call("query_range", params, ["matrix"]);
    return data.resultType === "matrix" ? data.result.map((series) => ({ labels: series.metric, values: series.values.map((sample) => [sample[0], sampleValue(sample)] as const) })) : [];
  }

  /** Asks an endpoint; the answer's data once its shape is one of `resultTypes`'. */
  private async call(endpoint: string, params: Record<string, string>, resultTypes: ReadonlyArray<ApiData["resultType"]>): Promise<ApiData> {
    const url = `${this.base}/api/v1/${endpoint}`;
    let response: Response;
    try {
      response = await fetch(url, {
        method: "POST",
        body: new URLSearchParams(params),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      const cause = error as Error;
      if (cause.name === "TimeoutError" || cause.name === "AbortError") {
        throw new PrometheusApiError(
          "timeout",
          `Prometheus at ${this.base} did not answer within ${this.timeoutMs} ms; check its load or raise --timeout`,
        );
      }
      const reason = (cause.cause as Error | undefined)?.message ?? cause.message;
      throw new PrometheusApiError(
        "unreachable",
        `cannot reach Prometheus at ${this.base} (${reason}); check the URL and that the server is up`,
      );
    }
    let text: string;
    try {
      text = await response.text();
    } catch {
      throw new PrometheusApiError("timeout", `Prometheus at ${this.base} did not finish its answer within ${this.timeoutMs} ms; raise --timeout`);
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    if (!response.ok) {
      const said = (body as { error?: unknown } | null | undefined)?.error;
      const detail = typeof said === "string" ? `: ${said.replace(/\s+/g, " ").slice(0, 200)}` : "";
      throw new PrometheusApiError(
        "http",
        `Prometheus at ${this.base} answered HTTP ${response.status}${detail}; check the URL (it should be the server's base URL) and the server's logs`,
      );
    }
    if (body === undefined) {
      throw this.malformed(params.query, `the body is not the API's JSON (starts with ${JSON.stringify(text.slice(0, 40))})`);
    }
    const problems = responseProblems(body, resultTypes);
    if (problems.length > 0) {
      throw this.malformed(params.query, problems.join("; "));
    }
    return (body as { data: ApiData }).data;
  }

  private malformed(query: string, detail: string): PrometheusApiError {
    return new PrometheusApiError(
      "malformed",
      `${this.base} did not answer like the Prometheus HTTP API to the query ${shownQuery(query)}: ${detail}; check that the URL is Prometheus's base URL, not a proxy or UI page`,
    );
  }
}
