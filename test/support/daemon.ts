import { spawn, type ChildProcess } from "node:child_process";

/** A server process a test started in its own process group, and how to stop it. */
export interface Daemon {
  /** The name it is reported under, e.g. "prometheus" or "alertmanager main". */
  readonly name: string;
  /** The last few kilobytes of its standard output and error. */
  log(): string;
  /** Whether it has exited. */
  exited(): boolean;
  /** Stops its whole process group: SIGTERM, then SIGKILL after 10 seconds; resolves once it has exited. */
  stop(): Promise<void>;
}

/** What to start, and the URL that answers 2xx once it is ready. */
export interface DaemonSpec {
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  /** Polled until it answers with a 2xx status. */
  readonly readyUrl: string;
  /** @default 60 seconds */
  readonly readyTimeoutMs?: number;
}

const LOG_TAIL = 8000;

/** Process groups started and not yet stopped: killed when this process exits without stopping them. */
const running = new Set<number>();
process.once("exit", () => {
  for (const pid of running) {
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
});

async function answers(url: string): Promise<boolean> {
  return fetch(url, { signal: AbortSignal.timeout(2000) }).then(
    (response) => response.ok,
    () => false,
  );
}

function stopGroup(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
      resolve();
      return;
    }
    const pid = child.pid;
    const signal = (name: NodeJS.Signals) => {
      try {
        process.kill(-pid, name); // the group: the daemon and anything it started
      } catch {
        // already gone
      }
    };
    const force = setTimeout(() => signal("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    signal("SIGTERM");
  });
}

/**
 * Starts a server process in a process group of its own (so that stopping it ends everything it started) and
 * waits until `readyUrl` answers. Throws with the end of its log when it exits or is not ready in time; it is
 * stopped then, so a failed start leaves nothing running.
 */
export async function startDaemon(spec: DaemonSpec): Promise<Daemon> {
  const child = spawn(spec.command, spec.args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  const keep = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-LOG_TAIL));
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  let spawnError: Error | undefined;
  child.on("error", (error) => (spawnError = error));
  if (child.pid !== undefined) {
    const pid = child.pid;
    running.add(pid);
    child.once("exit", () => running.delete(pid));
  }
  const daemon: Daemon = {
    name: spec.name,
    log: () => log,
    exited: () => child.exitCode !== null || child.signalCode !== null,
    stop: () => stopGroup(child),
  };
  const deadline = Date.now() + (spec.readyTimeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (spawnError !== undefined || daemon.exited()) {
      throw new Error(`${spec.name} (${spec.command}) exited with ${spawnError?.message ?? child.exitCode}:\n${log}`);
    }
    if (await answers(spec.readyUrl)) {
      return daemon;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await daemon.stop();
  throw new Error(`${spec.name} was not ready at ${spec.readyUrl} within ${(spec.readyTimeoutMs ?? 60_000) / 1000}s:\n${log}`);
}
