import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { Measurement } from "./measure";

/**
 * `npm run bench`: synthesizes 100 and 1,000 SLOs with Watchkeeper (watchkeeper.ts) and with the hand-written
 * baseline (baseline.ts), each run a fresh process, three runs of each taken in turn so that drift on a shared
 * machine hits both alike. Prints the median of each figure and the ratios Watchkeeper / baseline.
 * `npm run bench -- 100` measures one size only.
 *
 * Every run's output stays on disk until the last run is done: removing thousands of files just before the next
 * run would make that run pay for them on file systems that skip recently freed inodes when creating files (ext4
 * without a journal scans past each one), a cost of the bench and not of either side. What creating files costs
 * on the disk at the time is measured before and after the runs and printed beside the figures: Watchkeeper
 * writes a file per output of each SLO (6,002 at 1,000 SLOs), the baseline 4 in all.
 */

const RUNS = 3;
const SIDES = { watchkeeper: "watchkeeper.ts", baseline: "baseline.ts" } as const;
type Side = keyof typeof SIDES;

interface Row extends Measurement {
  /** The whole process, from start to exit: module loading included. */
  readonly processSeconds: number;
}

const OUTPUT = mkdtempSync(join(tmpdir(), "watchkeeper-bench-"));

function run(side: Side, count: number): Row {
  const start = performance.now();
  const result = spawnSync(process.execPath, [...process.execArgv, join(__dirname, SIDES[side]), String(count), OUTPUT], { encoding: "utf8" });
  const processSeconds = (performance.now() - start) / 1000;
  if (result.status !== 0) {
    throw new Error(`${side} with ${count} SLOs failed:\n${result.stderr}`);
  }
  return { ...(JSON.parse(result.stdout.trim().split("\n").at(-1) as string) as Measurement), processSeconds };
}

/** How many empty files the disk's probe creates: about as many as Watchkeeper writes at 1,000 SLOs. */
const PROBE_FILES = 6_000;
/** Seconds above which the probe shows a disk slow to create files: a healthy one takes about 0.1 s. */
const SLOW_DISK_SECONDS = 1;

/** Seconds to create PROBE_FILES empty files in a new folder of the bench's, left there until the bench is done. */
function fileCreationSeconds(): number {
  const folder = mkdtempSync(join(OUTPUT, "disk-"));
  const start = performance.now();
  for (let index = 0; index < PROBE_FILES; index++) {
    writeFileSync(join(folder, String(index)), "");
  }
  return (performance.now() - start) / 1000;
}

function median(rows: readonly Row[], figure: (row: Row) => number): number {
  return rows.map(figure).sort((a, b) => a - b)[Math.floor(rows.length / 2)];
}

const FIGURES: ReadonlyArray<[string, (row: Row) => number, number]> = [
  ["synth s", (row) => row.seconds, 2],
  ["CPU s", (row) => row.cpuSeconds, 2],
  ["process s", (row) => row.processSeconds, 2],
  ["peak RSS MB", (row) => row.peakRssMb, 0],
  ["output MB", (row) => row.outputMb, 1],
  ["files", (row) => row.files, 0],
];

/** Three runs of each side at one size, alternating which side goes first. */
function measure(count: number): Record<Side, Row[]> {
  const rows: Record<Side, Row[]> = { watchkeeper: [], baseline: [] };
  for (let index = 0; index < RUNS; index++) {
    const order: Side[] = index % 2 === 0 ? ["watchkeeper", "baseline"] : ["baseline", "watchkeeper"];
    for (const side of order) {
      const row = run(side, count);
      rows[side].push(row);
      console.error(`${count} SLOs, ${side} run ${index + 1}: ${row.seconds.toFixed(2)} s, ${row.peakRssMb.toFixed(0)} MB`);
    }
  }
  return rows;
}

const cell = (text: string) => text.padStart(12);
const requested = process.argv.slice(2).map(Number);
const sizes = requested.length > 0 ? requested : [100, 1000];
const medians = new Map<number, Record<Side, number[]>>();
const disk: number[] = [];
try {
  disk.push(fileCreationSeconds());
  for (const count of sizes) {
    const rows = measure(count);
    medians.set(count, {
      watchkeeper: FIGURES.map(([, figure]) => median(rows.watchkeeper, figure)),
      baseline: FIGURES.map(([, figure]) => median(rows.baseline, figure)),
    });
  }
  disk.push(fileCreationSeconds());
} finally {
  rmSync(OUTPUT, { recursive: true, force: true });
}

console.log(`\nMedian of ${RUNS} processes each${"".padEnd(4)}${FIGURES.map(([name]) => cell(name)).join("")}`);
for (const [count, sides] of medians) {
  for (const side of Object.keys(SIDES) as Side[]) {
    console.log(`${String(count).padStart(5)} SLOs ${side.padEnd(20)}${sides[side].map((value, i) => cell(value.toFixed(FIGURES[i][2]))).join("")}`);
  }
  const ratios = sides.watchkeeper.map((value, i) => cell(`${(value / sides.baseline[i]).toFixed(2)}x`));
  console.log(`${String(count).padStart(5)} SLOs ${"watchkeeper/baseline".padEnd(20)}${ratios.join("")}`);
}
const [small, large] = [medians.get(100), medians.get(1000)];
if (small !== undefined && large !== undefined) {
  for (const side of Object.keys(SIDES) as Side[]) {
    console.log(`t(1000)/t(100) ${side}: ${(large[side][0] / small[side][0]).toFixed(2)}`);
  }
}
console.log(`This disk created ${PROBE_FILES.toLocaleString("en")} empty files in ${disk.map((seconds) => `${seconds.toFixed(2)} s`).join(" before the runs and ")} after.`);
if (Math.max(...disk) > SLOW_DISK_SECONDS) {
  console.log("The disk was slow to create files: the synth s and CPU s ratios measure it as much as Watchkeeper; run the bench again once that figure is low.");
}
console.log("Targets at 1,000 SLOs: synth time ≤ 1.2x and peak RSS ≤ 1.2x the baseline's; t(1000)/t(100) ≤ 10.");
