/**
 * The SLOs both benchmarks build: four objectives per service, three event-ratio SLIs at 99.9% and one latency
 * SLI at 95%, so that Watchkeeper and the hand-written baseline describe the same monitoring.
 */
export interface BenchSlo {
  readonly service: string;
  readonly name: string;
  readonly objective: number;
  /** The PromQL selectors of the SLI: bad and total events, or a latency histogram and its threshold. */
  readonly sli:
    | { readonly errors: string; readonly total: string }
    | { readonly histogram: string; readonly thresholdSeconds: number };
}

/** The index-th SLO of the set. */
export function benchSlo(index: number): BenchSlo {
  const service = `service-${Math.floor(index / 4)}`;
  const kind = index % 4;
  return {
    service,
    name: `objective-${kind}`,
    objective: kind === 3 ? 95 : 99.9,
    sli:
      kind === 3
        ? { histogram: `http_request_duration_seconds{service="${service}"}`, thresholdSeconds: 0.5 }
        : { errors: `http_requests_total{service="${service}",code=~"5.."}`, total: `http_requests_total{service="${service}"}` },
  };
}
