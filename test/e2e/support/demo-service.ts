import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { performance } from "node:perf_hooks";
import { freePort } from "../../support/prometheus-server";
import { RequestMetrics } from "./request-metrics";

/** The routes every demo service serves (besides /metrics); `/health` answers "ok", the others JSON with "ok" in it. */
export const DEMO_ROUTES = ["/health", "/api/items", "/api/stock", "/api/suggest"] as const;

/** A route of a demo service. */
export type DemoRoute = (typeof DEMO_ROUTES)[number];

/** What goes wrong with a service (or one of its routes), switched at run time. Requests are picked evenly, not at random. */
export interface Fault {
  /** The share of requests answered 500, 0 to 1: 0.5 fails every second request. @default 0 */
  readonly errorRatio?: number;
  /** Milliseconds added before answering, to `latencyRatio` of the requests. @default 0 */
  readonly latencyMs?: number;
  /** The share of requests `latencyMs` is added to. @default 1 */
  readonly latencyRatio?: number;
  /**
   * `"503"`: every request is answered 503 (its metrics are still served, as a service whose dependency is down);
   * `"refuse"`: the service stops listening, so connections are refused (metrics included). Only for the whole service.
   * @default up
   */
  readonly down?: "503" | "refuse";
}

/** Whether the `index`-th event (from 0) is among `ratio` of events spread evenly: 0.25 picks the 4th, 8th, … */
export function picked(index: number, ratio: number): boolean {
  return Math.floor((index + 1) * ratio) > Math.floor(index * ratio);
}

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/**
 * A small HTTP service on 127.0.0.1 that exports its request metrics on /metrics and fails on demand: a
 * {@link Fault} for the whole service, or for one route, switched while it runs.
 */
export class DemoService {
  readonly metrics: RequestMetrics;
  private readonly faults = new Map<string, Fault>();
  private readonly served = new Map<string, number>();
  private server?: Server;

  private constructor(
    readonly name: string,
    readonly port: number,
  ) {
    this.metrics = new RequestMetrics(name, DEMO_ROUTES);
  }

  /** Starts a demo service named `name` (its `service` label) on a free port of 127.0.0.1. */
  static async start(name: string): Promise<DemoService> {
    const service = new DemoService(name, await freePort());
    await service.listen();
    return service;
  }

  /** `http://127.0.0.1:<port>`. */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** `127.0.0.1:<port>`, as a scrape target. */
  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  /** Sets the fault of the whole service, or of one route (which then takes precedence over the service's). */
  async setFault(fault: Fault, route?: DemoRoute): Promise<void> {
    if (fault.down === "refuse" && route !== undefined) {
      throw new Error(`${this.name}: a route cannot refuse connections, only the whole service`);
    }
    this.faults.set(route ?? "*", fault);
    await this.applyListening();
  }

  /** Clears every fault: the service answers normally again. */
  async recover(): Promise<void> {
    this.faults.clear();
    await this.applyListening();
  }

  /** Stops listening for good. */
  async stop(): Promise<void> {
    this.faults.set("*", { down: "refuse" });
    await this.applyListening();
  }

  private faultOf(route: string): Fault {
    return this.faults.get(route) ?? this.faults.get("*") ?? {};
  }

  private async applyListening(): Promise<void> {
    const refusing = this.faults.get("*")?.down === "refuse";
    if (refusing && this.server !== undefined) {
      const server = this.server;
      this.server = undefined;
      server.closeAllConnections(); // kept-alive connections too: a service that is down answers nobody
      await new Promise((resolve) => server.close(resolve));
    } else if (!refusing && this.server === undefined) {
      await this.listen();
    }
  }

  private async listen(): Promise<void> {
    const server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.port, "127.0.0.1", () => resolve());
    });
    this.server = server;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const route = new URL(request.url ?? "/", this.url).pathname;
    if (route === "/metrics") {
      response.writeHead(200, { "content-type": "text/plain; version=0.0.4" }).end(this.metrics.exposition());
      return;
    }
    if (!(DEMO_ROUTES as readonly string[]).includes(route)) {
      response.writeHead(404).end("not found\n");
      return;
    }
    const started = performance.now();
    const index = this.served.get(route) ?? 0;
    this.served.set(route, index + 1);
    const fault = this.faultOf(route);
    const code = fault.down === "503" ? 503 : picked(index, fault.errorRatio ?? 0) ? 500 : 200;
    if (code !== 503 && (fault.latencyMs ?? 0) > 0 && picked(index, fault.latencyRatio ?? 1)) {
      await sleep(fault.latencyMs!);
    }
    const body = code === 200 ? (route === "/health" ? "ok\n" : JSON.stringify({ status: "ok", route }) + "\n") : "failing\n";
    response.writeHead(code, { "content-type": route === "/health" ? "text/plain" : "application/json" }).end(body);
    this.metrics.observe(route, String(code), (performance.now() - started) / 1000);
  }
}
