import { createServer, type Server } from "node:http";
import { DEFAULT_BUCKETS_MS } from "../../../src/domain/apm/telemetry";
import { freePort } from "../../support/prometheus-server";

/** How long every span of the stand-in takes: well within any latency target. */
const SPAN_MS = 20;

/**
 * Stands in for the Prometheus exporter of a service's OpenTelemetry collector: it serves the span metrics of a
 * healthy service (server spans at a steady rate, none failed, each taking {@link SPAN_MS}, in the buckets the
 * synthesized collector configures by default) as the collector's spanmetrics connector names them with suffixes (`traces_span_metrics_calls_total`,
 * `traces_span_metrics_duration_milliseconds_*`), until it is stopped: then the scrape itself fails.
 */
export class SpanMetricsExporter {
  private readonly startedAt = Date.now();
  private server?: Server;

  private constructor(readonly service: string, readonly port: number, private readonly spansPerSecond: number) {}

  /** Starts serving the span metrics of `service` on a free port of 127.0.0.1. */
  static async start(service: string, spansPerSecond: number): Promise<SpanMetricsExporter> {
    const exporter = new SpanMetricsExporter(service, await freePort(), spansPerSecond);
    const server = createServer((request, response) => {
      const found = request.url === "/metrics";
      response
        .writeHead(found ? 200 : 404, {
          "content-type": "text/plain; version=0.0.4",
        })
        .end(found ? exporter.exposition() : "not found\n");
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(exporter.port, "127.0.0.1", () => resolve());
    });
    exporter.server = server;
    return exporter;
  }

  /** `127.0.0.1:<port>`, as a scrape target. */
  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  /** Stops listening for good, dropping kept-alive connections: the process is gone. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server !== undefined) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  }

  /** The counters so far, in the Prometheus text format. */
  private exposition(): string {
    const spans = Math.floor(((Date.now() - this.startedAt) / 1000) * this.spansPerSecond);
    const labels = `service_name="${this.service}",span_name="GET /api/shipments",span_kind="SPAN_KIND_SERVER",status_code="STATUS_CODE_UNSET"`;
    const buckets = [...DEFAULT_BUCKETS_MS.map(String), "+Inf"].map(
      (le) => `traces_span_metrics_duration_milliseconds_bucket{${labels},le="${le}"} ${le === "+Inf" || Number(le) >= SPAN_MS ? spans : 0}`,
    );
    return [
      "# TYPE traces_span_metrics_calls_total counter",
      `traces_span_metrics_calls_total{${labels}} ${spans}`,
      "# TYPE traces_span_metrics_duration_milliseconds histogram",
      ...buckets,
      `traces_span_metrics_duration_milliseconds_sum{${labels}} ${spans * SPAN_MS}`,
      `traces_span_metrics_duration_milliseconds_count{${labels}} ${spans}`,
      "",
    ].join("\n");
  }
}
