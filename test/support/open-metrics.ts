/** One series of a backfill: labels and `[unix milliseconds, value]` points, oldest first. */
export interface BackfillSeries {
  readonly labels: Readonly<Record<string, string>>;
  readonly points: ReadonlyArray<readonly [number, number]>;
}

/** Metric families by name. */
export type Backfill = ReadonlyMap<string, readonly BackfillSeries[]>;

/** Prometheus's text for a sample value: NaN and infinities spelled as the exposition formats want them. */
export function valueText(value: number): string {
  return Number.isNaN(value) ? "NaN" : value === Infinity ? "+Inf" : value === -Infinity ? "-Inf" : String(value);
}

/** `{a="1",b="2"}`, or nothing without labels. */
export function labelText(labels: Readonly<Record<string, string>>): string {
  const pairs = Object.entries(labels).map(([name, value]) => `${name}=${JSON.stringify(value)}`);
  return pairs.length === 0 ? "" : `{${pairs.join(",")}}`;
}

/** TSDB blocks cover two hours each; promtool 2.42 writes one per two-hour range that holds samples. */
const BLOCK_MS = 2 * 60 * 60 * 1000;

/**
 * The OpenMetrics texts `promtool tsdb create-blocks-from openmetrics` reads, each covering at most
 * `blocksPerText` of the TSDB's two-hour ranges: promtool reads its whole input once per range it writes, so one
 * text for months of history costs minutes, and short texts cost seconds. Each metric family's series are
 * together, timestamps in seconds, ending with `# EOF`.
 */
export function openMetricsTexts(families: Backfill, blocksPerText = 12): string[] {
  const ranges = new Set<number>();
  for (const series of families.values()) {
    for (const { points } of series) {
      points.forEach(([time]) => ranges.add(Math.floor(time / BLOCK_MS)));
    }
  }
  const ordered = [...ranges].sort((a, b) => a - b);
  const chunkOf = new Map(ordered.map((range, index) => [range, Math.floor(index / blocksPerText)]));
  const texts: string[][] = Array.from({ length: Math.ceil(ordered.length / blocksPerText) }, () => []);
  for (const [name, series] of families) {
    for (const { labels, points } of series) {
      const prefix = `${name}${labelText(labels)} `;
      for (const [time, value] of points) {
        texts[chunkOf.get(Math.floor(time / BLOCK_MS)) ?? 0].push(`${prefix}${valueText(value)} ${time / 1000}`);
      }
    }
  }
  return texts.map((lines) => `${lines.join("\n")}\n# EOF\n`);
}
