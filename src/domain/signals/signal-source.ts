import { closedLabels, openLabels, type LabelSet } from "./label-set";

/**
 * What produces series in a stack's Prometheus: a blackbox Probe job, a scraped exporter or collector, a rule's
 * recording or alert, or a signal the team declares as its own (its services' metrics, with their labels).
 */
export type SignalKind = "probe" | "scrape" | "recording" | "alert" | "external";

/** A producer of series, and what is known of them. */
export interface SignalSource {
  readonly kind: SignalKind;
  /** How messages and the graph name it, e.g. `blackbox Probe job "synthetics/checkout-login" (us-east-1)`. */
  readonly name: string;
  /** The construct path that declares it. */
  readonly path: string;
  /** The metric names it produces: exact names, or a prefix followed by `*` (`probe_*`). */
  readonly metrics: readonly string[];
  /** The labels of its series. */
  readonly labels: LabelSet;
}

/** Every scrape adds `up` and the `scrape_*` series of its target. */
const SCRAPE_SERIES = ["up", "scrape_*"];

/** Whether a source's metric pattern covers a metric name. */
export function producesMetric(pattern: string, metric: string): boolean {
  return pattern.endsWith("*") ? metric.startsWith(pattern.slice(0, -1)) : pattern === metric;
}

/**
 * The series a blackbox exporter returns for one Probe: `probe_*` with the Probe's `job`, `instance` (the target)
 * and its static target labels. Modules add labels of their own (`phase`), so the set is open.
 */
export function probeSource(path: string, job: string, targetLabels: Readonly<Record<string, string>>): SignalSource {
  return {
    kind: "probe",
    name: `blackbox Probe job "${job}"`,
    path,
    metrics: ["probe_*", ...SCRAPE_SERIES],
    labels: openLabels([["job", job], ["instance", undefined], ...Object.entries(targetLabels)]),
  };
}

/** The series of a scrape job (a ServiceMonitor or PodMonitor): its metrics with `job` and `instance`, maybe more. */
export function scrapeSource(path: string, job: string, metrics: readonly string[], labels: readonly string[], what: string): SignalSource {
  return {
    kind: "scrape",
    name: `${what} scraped as job "${job}"`,
    path,
    metrics: [...metrics, ...SCRAPE_SERIES],
    labels: openLabels([["job", job], ["instance", undefined], ...labels.map((label) => [label, undefined] as const)]),
  };
}

/** Series a team's own services export, as a stack declares them (its `externalSignals`). */
export interface ExternalSignal {
  readonly description: string;
  readonly metrics: readonly string[];
  readonly labels: readonly string[];
  /** The job they are scraped under, when known. */
  readonly job?: string;
}

/**
 * Series the team's own services export, declared with the labels they carry; like every scraped series they also
 * carry `job` and `instance` (with the job declared, its scrape's own series too). The set is closed: a rule that selects another label reads nothing.
 */
export function externalSource(path: string, signal: ExternalSignal): SignalSource {
  const carried = [...new Set(["job", "instance", ...signal.labels])];
  return {
    kind: "external",
    name: `external signal "${signal.description}"`,
    path,
    // A job named is a scrape Prometheus runs, which records `up` and `scrape_*` for it as for any other.
    metrics: signal.job === undefined ? signal.metrics : [...signal.metrics, ...SCRAPE_SERIES],
    labels: closedLabels(carried.map((label) => [label, label === "job" ? signal.job : undefined] as const)),
  };
}
