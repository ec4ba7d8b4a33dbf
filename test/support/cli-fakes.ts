import { vi } from "vitest";
import { appProcesses, type AppRun } from "../../src/cli/app-command";
import { checkerProcesses, type CheckerTool, type ToolResult } from "../../src/cli/checks/tools";

/** Puts back what a fake replaced. */
export type Restore = () => void;

/**
 * Runs `work` with the app of cdktf.json replaced by `app`, which is given the command line and the environment
 * watchkeeper adds (WATCHKEEPER_INSPECT, WATCHKEEPER_OUTDIR, …) and may write what a real app writes there.
 */
export async function withFakeApp<T>(app: (command: string, env: Readonly<Record<string, string>>) => AppRun, work: () => Promise<T>): Promise<T> {
  const spy = vi.spyOn(appProcesses, "run").mockImplementation(app);
  try {
    return await work();
  } finally {
    spy.mockRestore();
  }
}

/** Runs `work` with promtool and amtool replaced: `installed` says which are there, `run` answers them. */
export async function withFakeCheckers<T>(
  checkers: { readonly installed: (tool: CheckerTool) => boolean; readonly run: (tool: string, args: readonly string[], cwd?: string) => ToolResult },
  work: () => Promise<T>,
): Promise<T> {
  const installed = vi.spyOn(checkerProcesses, "installed").mockImplementation(checkers.installed);
  const run = vi.spyOn(checkerProcesses, "run").mockImplementation(async (tool, args, cwd) => checkers.run(tool, args, cwd));
  try {
    return await work();
  } finally {
    installed.mockRestore();
    run.mockRestore();
  }
}

/** How a fake Prometheus answers one call: its endpoint (`query`, `query_range`) and form parameters. */
export type FakeAnswer = (endpoint: string, params: URLSearchParams) => Response | Promise<Response>;

/** Runs `work` with every HTTP call answered by `answer`, as a Prometheus server (or a stranger at its URL) would. */
export async function withFakePrometheus<T>(answer: FakeAnswer, work: () => Promise<T>): Promise<T> {
  const spy = vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    const endpoint = String(input).split("/api/v1/")[1] ?? "";
    return answer(endpoint, new URLSearchParams(String(init?.body ?? "")));
  });
  try {
    return await work();
  } finally {
    spy.mockRestore();
  }
}

/** A Prometheus HTTP API answer: `data` with a result type and result, as JSON. */
export const apiAnswer = (resultType: string, result: unknown): Response =>
  new Response(JSON.stringify({ status: "success", data: { resultType, result } }), { headers: { "content-type": "application/json" } });
