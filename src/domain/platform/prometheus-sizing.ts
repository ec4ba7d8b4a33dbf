/**
 * How much disk a Prometheus needs for the series it holds, kept for the stack's retention. Prometheus' storage
 * documentation gives `needed_disk_space = retention_time_seconds * ingested_samples_per_second * bytes_per_sample`
 * with 1–2 bytes per sample once compacted; the write-ahead log and compaction need room on top.
 */
import type { SignalKind } from "../signals/signal-source";

/** Bytes a compacted sample takes on disk: the upper end of the 1–2 bytes Prometheus documents. */
export const BYTES_PER_SAMPLE = 2;
/** Hours of samples the write-ahead log holds: the head block is cut once it spans 3 hours (1.5 × the 2-hour block). */
export const WAL_HOURS = 3;
/** Bytes a sample takes in the write-ahead log: its 8-byte timestamp and 8-byte value, before compression. */
export const WAL_BYTES_PER_SAMPLE = 16;
/** Room on top of blocks and WAL: compaction writes a merged block before deleting its sources, and series churn. */
export const STORAGE_HEADROOM = 1.2;
/**
 * The share of the volume given to Prometheus as `retentionSize`: above the estimate (1 / 1.2 = 83% of the volume),
 * so that the time retention rules while the estimate holds, and below the volume, so that Prometheus deletes its
 * oldest blocks rather than fill the disk when it does not.
 */
export const RETENTION_SIZE_SHARE = 0.85;

/** Bytes in a GiB, the unit of Kubernetes volume requests (`Gi`). */
export const GIB = 1024 ** 3;

/**
 * Active series assumed per declared source when a team declares none: a floor to start from, to be replaced by the
 * `prometheus_tsdb_head_series` of the running Prometheus. A scrape is an exporter or collector job (node-exporter
 * alone has about 1,000 series per node), an external signal one declared group of the services' metrics, a Probe
 * job the `probe_*` series of a target from one location, a rule its recorded series or its `ALERTS` series.
 */
export const SERIES_PER_SOURCE: Readonly<Record<SignalKind, number>> = {
  scrape: 2_000,
  external: 1_000,
  probe: 50,
  recording: 10,
  alert: 10,
};

/** The active series estimated from how many sources of each kind a stack declares. */
export function estimateActiveSeries(counts: Readonly<Partial<Record<SignalKind, number>>>): number {
  return Object.entries(SERIES_PER_SOURCE).reduce((total, [kind, series]) => total + (counts[kind as SignalKind] ?? 0) * series, 0);
}

/** What the storage of a Prometheus is sized from. */
export interface PrometheusStorageInput {
  readonly activeSeries: number;
  readonly scrapeIntervalSeconds: number;
  readonly retentionSeconds: number;
}

/** A Prometheus' storage, worked out step by step so that docs/monitoring-platform.md and the tests can show each number. */
export interface PrometheusStorage {
  /** Samples ingested per second: active series / scrape interval. */
  readonly samplesPerSecond: number;
  /** Compacted blocks: samples per second × retention × BYTES_PER_SAMPLE. */
  readonly blockBytes: number;
  /** The write-ahead log: samples per second × WAL_HOURS × WAL_BYTES_PER_SAMPLE. */
  readonly walBytes: number;
  /** The volume to request, in whole GiB: (blocks + WAL) × STORAGE_HEADROOM, rounded up, at least 1. */
  readonly volumeGi: number;
  /** Prometheus' `retentionSize`, in whole GiB: RETENTION_SIZE_SHARE of the volume, rounded down, at least 1. */
  readonly retentionSizeGi: number;
}

/** The storage a Prometheus needs for its active series, scrape interval and retention. */
export function prometheusStorage(input: PrometheusStorageInput): PrometheusStorage {
  const samplesPerSecond = input.activeSeries / input.scrapeIntervalSeconds;
  const blockBytes = samplesPerSecond * input.retentionSeconds * BYTES_PER_SAMPLE;
  const walBytes = samplesPerSecond * WAL_HOURS * 3600 * WAL_BYTES_PER_SAMPLE;
  const volumeGi = Math.max(1, Math.ceil(((blockBytes + walBytes) * STORAGE_HEADROOM) / GIB));
  return { samplesPerSecond, blockBytes, walBytes, volumeGi, retentionSizeGi: Math.max(1, Math.floor(volumeGi * RETENTION_SIZE_SHARE)) };
}
