import { labelText } from "../../support/open-metrics";

/** The latency buckets (seconds) of the demo services' histogram: the Prometheus client libraries' defaults. */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] as const;

/** Every status code a demo service answers with: success, an injected error, and down. */
export const STATUS_CODES = ["200", "500", "503"] as const;

/** One sample of a metric family, as exposed. */
export interface Sample {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

interface RouteHistogram {
  readonly buckets: number[];
  sum: number;
  count: number;
}

/**
 * The request metrics of one service, as an instrumented HTTP server exports them: the counter
 * `http_requests_total{service,route,code}` and the histogram `http_request_duration_seconds{service,route}`.
 * Every route and code starts at zero, as the Prometheus instrumentation guidelines advise, so that a ratio of
 * errors to requests exists before the first error.
 */
export class RequestMetrics {
  private readonly requests = new Map<string, number>();
  private readonly durations = new Map<string, RouteHistogram>();

  constructor(
    readonly service: string,
    readonly routes: readonly string[],
  ) {
    for (const route of routes) {
      STATUS_CODES.forEach((code) => this.requests.set(`${route} ${code}`, 0));
      this.durations.set(route, { buckets: LATENCY_BUCKETS.map(() => 0), sum: 0, count: 0 });
    }
  }

  /** Counts `count` requests to `route` answered with `code`, each taking `seconds`. */
  observe(route: string, code: string, seconds: number, count = 1): void {
    const key = `${route} ${code}`;
    const histogram = this.durations.get(route);
    if (!this.requests.has(key) || histogram === undefined) {
      throw new Error(`${this.service} has no route ${route} answering ${code}`);
    }
    this.requests.set(key, this.requests.get(key)! + count);
    LATENCY_BUCKETS.forEach((bound, index) => {
      if (seconds <= bound) {
        histogram.buckets[index] += count;
      }
    });
    histogram.sum += seconds * count;
    histogram.count += count;
  }

  /** The current value of every series. */
  samples(): Sample[] {
    const samples: Sample[] = [];
    for (const [key, value] of this.requests) {
      const [route, code] = key.split(" ");
      samples.push({ name: "http_requests_total", labels: { service: this.service, route, code }, value });
    }
    for (const [route, histogram] of this.durations) {
      const labels = { service: this.service, route };
      LATENCY_BUCKETS.forEach((bound, index) =>
        samples.push({ name: "http_request_duration_seconds_bucket", labels: { ...labels, le: String(bound) }, value: histogram.buckets[index] }),
      );
      samples.push({ name: "http_request_duration_seconds_bucket", labels: { ...labels, le: "+Inf" }, value: histogram.count });
      samples.push({ name: "http_request_duration_seconds_sum", labels, value: histogram.sum });
      samples.push({ name: "http_request_duration_seconds_count", labels, value: histogram.count });
    }
    return samples;
  }

  /** The Prometheus text exposition of {@link samples}, each family after its HELP and TYPE lines. */
  exposition(): string {
    const line = (sample: Sample) => `${sample.name}${labelText(sample.labels)} ${sample.value}`;
    const samples = this.samples();
    const counters = samples.filter((sample) => sample.name === "http_requests_total");
    const histogram = samples.filter((sample) => sample.name !== "http_requests_total");
    return [
      "# HELP http_requests_total Requests served, by route and status code.",
      "# TYPE http_requests_total counter",
      ...counters.map(line),
      "# HELP http_request_duration_seconds Time to answer a request, by route.",
      "# TYPE http_request_duration_seconds histogram",
      ...histogram.map(line),
      "",
    ].join("\n");
  }
}
