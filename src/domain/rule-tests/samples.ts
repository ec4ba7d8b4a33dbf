import * as promql from "../promql";

/**
 * Samples of a synthetic series at a fixed interval, as the generated rule tests write them for promtool: a number,
 * no sample at all (a scrape that did not happen), or the stale marker Prometheus writes when a target disappears.
 */
export type Sample = number | "missing" | "stale";

/** promtool's notation of one sample. */
function sampleText(sample: Sample): string {
  return sample === "missing" ? "_" : sample === "stale" ? "stale" : promql.num(sample);
}

/** The length of the run of whole numbers growing by one whole step from `start` (promtool adds the step exactly). */
function wholeRun(samples: readonly Sample[], start: number): number {
  const [first, second] = [samples[start], samples[start + 1]];
  if (typeof first !== "number" || typeof second !== "number" || !Number.isSafeInteger(first) || !Number.isSafeInteger(second - first) || second === first) {
    return 1;
  }
  let end = start + 2;
  while (end < samples.length && samples[end] === (samples[end - 1] as number) + (second - first)) end++;
  return end - start;
}

/**
 * promtool's notation for samples (`values:` of an input series), runs written short: `1x9` is ten ones, `_x4`
 * four missing samples, `100+5x3` is 100 105 110 115. Values are written as given; a growing run is only written
 * short for whole numbers, which promtool adds up exactly, so that it reads the numbers a test's expectations were
 * computed from.
 */
export function sampleValues(samples: readonly Sample[]): string {
  const parts: string[] = [];
  for (let start = 0; start < samples.length; ) {
    let end = start + 1;
    while (end < samples.length && samples[end] === samples[start] && samples[start] !== "stale") {
      end++;
    }
    const growing = wholeRun(samples, start);
    if (growing > 2 && growing > end - start) {
      const [first, second] = [samples[start] as number, samples[start + 1] as number];
      parts.push(`${first}${second > first ? "+" : ""}${second - first}x${growing - 1}`);
      start += growing;
      continue;
    }
    const count = end - start;
    const text = sampleText(samples[start]);
    parts.push(count === 1 ? text : samples[start] === "missing" ? `_x${count}` : `${text}x${count - 1}`);
    start = end;
  }
  return parts.join(" ");
}

/**
 * A deterministic source of noise for generated series: the same seed gives the same numbers, so that generated
 * tests are the same on every synth (mulberry32 over a hash of the seed text).
 */
export class Noise {
  private state: number;

  constructor(seed: string) {
    let hash = 2166136261;
    for (const char of seed) {
      hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
    }
    this.state = hash >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** `value` moved by up to `spread` of itself either way, rounded to `decimals`. */
  jitter(value: number, spread: number, decimals = 3): number {
    const factor = 10 ** decimals;
    return Math.round(value * (1 + spread * (2 * this.next() - 1)) * factor) / factor;
  }

  /** Whether an event of probability `chance` happens this time. */
  chance(chance: number): boolean {
    return this.next() < chance;
  }
}
