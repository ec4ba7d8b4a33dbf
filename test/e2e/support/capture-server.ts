import { EventEmitter } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { freePort } from "../../support/prometheus-server";

/** One request a receiver got: when, where, with which headers and (parsed) JSON body. */
export interface Delivery {
  /** Unix milliseconds at which it arrived. */
  readonly at: number;
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The body parsed as JSON, or the raw text when it is not JSON. */
  readonly body: unknown;
}

/** The PagerDuty Events API v2 endpoint, as Alertmanager posts to it. */
export const PAGERDUTY_PATH = "/v2/enqueue";
/** Where Slack incoming webhooks are captured: `/slack/<secret>/<key>`, after the secret that held the webhook's URL. */
export const SLACK_PREFIX = "/slack/";
/** Where generic webhooks are captured: `/webhook/<name>`. */
export const WEBHOOK_PREFIX = "/webhook/";

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => (text += chunk));
    request.on("end", () => resolve(text));
    request.on("error", reject);
  });
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** What the real service would answer, so that the sender counts the delivery as done; 500 when it is down. */
function answer(path: string, body: unknown, response: ServerResponse, down: boolean): void {
  if (down) {
    response.writeHead(500, { "content-type": "text/plain" }).end("internal server error");
  } else if (path === PAGERDUTY_PATH) {
    const dedupKey = (body as { dedup_key?: string } | undefined)?.dedup_key;
    response.writeHead(202, { "content-type": "application/json" });
    response.end(JSON.stringify({ status: "success", message: "Event processed", dedup_key: dedupKey }));
  } else {
    response.writeHead(200, { "content-type": "text/plain" }).end("ok");
  }
}

/**
 * Stands for PagerDuty's Events API v2 (`POST /v2/enqueue`), Slack incoming webhooks and generic webhooks on
 * 127.0.0.1: records every request and lets tests wait for one that matches.
 */
export class CaptureServer {
  readonly deliveries: Delivery[] = [];
  private readonly arrivals = new EventEmitter();
  private readonly down = new Set<string>();

  private constructor(
    readonly name: string,
    private readonly server: Server,
    readonly port: number,
  ) {
    this.arrivals.setMaxListeners(0); // many scenarios wait on one server at once
  }

  /** Starts a capture server on a free port of 127.0.0.1; `name` says whose deliveries it holds, in failures. */
  static async start(name: string): Promise<CaptureServer> {
    const port = await freePort();
    let capture: CaptureServer | undefined;
    const server = createServer((request, response) => {
      void readBody(request).then((text) => {
        const path = new URL(request.url ?? "/", "http://capture").pathname;
        const delivery = { at: Date.now(), method: request.method ?? "", path, headers: request.headers, body: parsed(text) };
        capture?.record(delivery);
        answer(path, delivery.body, response, capture?.down.has(path) ?? false);
      });
    });
    await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
    capture = new CaptureServer(name, server, port);
    return capture;
  }

  /** `http://127.0.0.1:<port>`. */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** From now on answers 500 to every delivery to `path`, still recording them: an endpoint that is down. */
  failDeliveriesTo(path: string): void {
    this.down.add(path);
  }

  private record(delivery: Delivery): void {
    this.deliveries.push(delivery);
    this.arrivals.emit("delivery", delivery);
  }

  /** The deliveries so far that match. */
  matching(predicate: (delivery: Delivery) => boolean): Delivery[] {
    return this.deliveries.filter(predicate);
  }

  /**
   * The first delivery that matches, already received or still to come; rejects after `timeoutMs` with `what` and
   * a summary of everything received.
   */
  waitFor(what: string, predicate: (delivery: Delivery) => boolean, timeoutMs: number): Promise<Delivery> {
    const found = this.deliveries.find(predicate);
    if (found !== undefined) {
      return Promise.resolve(found);
    }
    return new Promise((resolve, reject) => {
      const listener = (delivery: Delivery) => {
        if (predicate(delivery)) {
          clearTimeout(timer);
          this.arrivals.off("delivery", listener);
          resolve(delivery);
        }
      };
      const timer = setTimeout(() => {
        this.arrivals.off("delivery", listener);
        reject(new Error(`${this.name}: no ${what} within ${timeoutMs / 1000}s; received:\n${this.summary()}`));
      }, timeoutMs);
      this.arrivals.on("delivery", listener);
    });
  }

  /** One line per delivery: time, path and what it is about (PagerDuty action and summary, Slack title). */
  summary(): string {
    if (this.deliveries.length === 0) {
      return "  (nothing)";
    }
    return this.deliveries.map((delivery) => `  ${new Date(delivery.at).toISOString()} ${delivery.path} ${deliveryText(delivery)}`).join("\n");
  }

  /** Stops listening. */
  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** A delivery in a few words, for failure messages. */
export function deliveryText(delivery: Delivery): string {
  const body = delivery.body as Record<string, unknown> | undefined;
  if (delivery.path === PAGERDUTY_PATH) {
    const payload = body?.payload as Record<string, unknown> | undefined;
    return `${String(body?.event_action)} ${String(payload?.severity)} dedup=${String(body?.dedup_key)} "${String(payload?.summary)}"`;
  }
  const attachments = body?.attachments as Array<Record<string, unknown>> | undefined;
  return `${String(body?.channel)} "${String(attachments?.[0]?.title ?? "")}"`;
}
