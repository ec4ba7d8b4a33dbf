import { vi } from "vitest";
import { MonitoringApp } from "../../constructs";
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

/**
 * An app run in this process instead of by a shell: `declare` builds it on a new MonitoringApp, which then runs as
 * the last line of an app file does (`app.run()`), with watchkeeper's environment variables set. An error thrown
 * while declaring ends it as Node ends a crashed app: exit code 1 and the error's stack on standard error.
 */
export function inProcessApp(declare: (app: MonitoringApp) => void): (command: string, env: Readonly<Record<string, string>>) => AppRun {
  return (_command, env) => {
    const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
    const { log, error } = console;
    const out: string[] = [];
    const err: string[] = [];
    Object.assign(process.env, env);
    console.log = (...parts: unknown[]) => void out.push(`${parts.join(" ")}\n`);
    console.error = (...parts: unknown[]) => void err.push(`${parts.join(" ")}\n`);
    process.exitCode = undefined;
    try {
      const app = new MonitoringApp();
      declare(app);
      app.run();
      return { status: Number(process.exitCode ?? 0), stdout: out.join(""), stderr: err.join("") };
    } catch (thrown) {
      // What Node prints for an error nobody caught: its stack; for another value, the value and a hint.
      const report = thrown instanceof Error ? `${thrown.stack}\n` : `node:internal/modules/run_main:123\n    triggerUncaughtException(\n    ^\n${String(thrown)}\n(Use \`node --trace-uncaught ...\` to show where the exception was thrown)\n`;
      return { status: 1, stdout: out.join(""), stderr: `${err.join("")}${report}\nNode.js ${process.version}\n` };
    } finally {
      console.log = log;
      console.error = error;
      process.exitCode = undefined;
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  };
}
