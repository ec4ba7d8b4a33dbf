/** Resolves after `milliseconds`. */
export function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

/**
 * Polls `check` every `intervalMs` until it returns true; rejects after `timeoutMs` saying `what` never held
 * (with the last error `check` threw, if any).
 */
export async function waitUntil(what: string, check: () => Promise<boolean> | boolean, timeoutMs: number, intervalMs = 500): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      if (await check()) {
        return;
      }
    } catch (error) {
      lastError = error;
    }
    await sleep(intervalMs);
  }
  const cause = lastError === undefined ? "" : ` (last error: ${(lastError as Error).message})`;
  throw new Error(`${what} did not happen within ${timeoutMs / 1000}s${cause}`);
}

/** One series of an instant query's answer. */
export interface InstantSample {
  readonly metric: Readonly<Record<string, string>>;
  readonly value: number;
}

/** Evaluates `expr` now on the Prometheus server at `url`. */
export async function instantQuery(url: string, expr: string): Promise<InstantSample[]> {
  const response = await fetch(`${url}/api/v1/query?query=${encodeURIComponent(expr)}`);
  const answer = (await response.json()) as {
    status: string;
    error?: string;
    data?: { result: Array<{ metric: Record<string, string>; value: [number, string] }> };
  };
  if (answer.status !== "success" || answer.data === undefined) {
    throw new Error(`prometheus could not evaluate ${expr}: ${answer.error ?? response.status}`);
  }
  return answer.data.result.map(({ metric, value }) => ({ metric, value: Number(value[1]) }));
}

/** Seconds since `start` (unix milliseconds), with one decimal, e.g. "41.3s". */
export function secondsSince(start: number, until = Date.now()): string {
  return `${((until - start) / 1000).toFixed(1)}s`;
}
