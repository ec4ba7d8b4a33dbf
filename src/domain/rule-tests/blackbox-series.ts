import type { InputSeries } from "./slo-tests";
import { Noise, sampleValues, type Sample } from "./samples";

/**
 * What one run of a blackbox exporter's HTTP probe found, minute by minute: the endpoint answered in time
 * (`up`), answered with an error status (`failing`, a 503), did not answer before the probe's timeout
 * (`timeout`), answered but slowly (`slow`), or the probe's series are gone (`gone`: the location's exporter
 * or its Probe went away, and Prometheus marked the series stale).
 */
export type ProbeOutcome = "up" | "failing" | "timeout" | "slow" | "gone";

/** One location's probe of an endpoint, as the blackbox exporter's series show it. */
export interface BlackboxProbe {
  /** The labels of every series of the probe: job, instance, namespace and the Probe's target labels. */
  readonly labels: Readonly<Record<string, string>>;
  /** A usual response time, in seconds; each run varies by up to `variation` around it. */
  readonly usualSeconds: number;
  /**
   * How much each run's response time varies (noise), as a share of it.
   * @default 0.15
   */
  readonly variation?: number;
  /** The response time of a slow run. */
  readonly slowSeconds: number;
  /** What the exporter reports as the duration of a run that timed out: about the module's timeout. */
  readonly timeoutSeconds: number;
  /** When the served certificate expires, in seconds since the test's start; none for plain HTTP. */
  readonly certificateExpiry?: number;
}

/** The samples of a probe the rules read, for the expectations of a test. */
export interface ProbeSamples {
  readonly success: readonly Sample[];
  readonly duration: readonly Sample[];
  readonly expiry: readonly Sample[];
}

const STATUS: Readonly<Record<Exclude<ProbeOutcome, "gone">, number>> = { up: 200, failing: 503, timeout: 0, slow: 200 };

/**
 * The series one blackbox exporter returns for a probe over the outcomes, one run a minute, as Prometheus stores
 * them: `probe_success`, `probe_duration_seconds`, `probe_http_status_code`, `probe_ssl_earliest_cert_expiry` for
 * HTTPS, and the scrape's `up`. Gone runs leave a stale marker, then no samples, and `up` 0 (the exporter does not
 * answer). Durations carry noise from `seed`, deterministically.
 */
export function blackboxSeries(probe: BlackboxProbe, outcomes: readonly ProbeOutcome[], seed: string): { series: InputSeries[]; samples: ProbeSamples } {
  const noise = new Noise(seed);
  const gone = (index: number): Sample => (index > 0 && outcomes[index - 1] === "gone" ? "missing" : "stale");
  const each = (value: (outcome: Exclude<ProbeOutcome, "gone">, index: number) => number): Sample[] =>
    outcomes.map((outcome, index) => (outcome === "gone" ? gone(index) : value(outcome, index)));
  const success = each((outcome) => (outcome === "up" || outcome === "slow" ? 1 : 0));
  const duration = each((outcome) =>
    outcome === "timeout"
      ? noise.jitter(probe.timeoutSeconds, (probe.variation ?? 0.15) / 8)
      : noise.jitter(outcome === "slow" ? probe.slowSeconds : probe.usualSeconds, probe.variation ?? 0.15),
  );
  const expiry = probe.certificateExpiry === undefined ? [] : each(() => probe.certificateExpiry as number);
  const series = (metric: string, samples: readonly Sample[]): InputSeries => ({ metric, labels: probe.labels, values: sampleValues(samples) });
  return {
    series: [
      series("probe_success", success),
      series("probe_duration_seconds", duration),
      series("probe_http_status_code", each((outcome) => STATUS[outcome])),
      ...(expiry.length === 0 ? [] : [series("probe_ssl_earliest_cert_expiry", expiry)]),
      series("up", outcomes.map((outcome) => (outcome === "gone" ? 0 : 1))),
    ],
    samples: { success, duration, expiry },
  };
}
