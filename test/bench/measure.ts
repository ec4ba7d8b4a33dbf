import { mkdtempSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

/** One benchmark run, measured inside its own process. */
export interface Measurement {
  readonly slos: number;
  /** From the first construct to the last file written, module loading excluded. */
  readonly seconds: number;
  /** CPU time (user and system) over the same span: steadier than wall time on a shared machine. */
  readonly cpuSeconds: number;
  /** The process's peak resident set, module loading included. */
  readonly peakRssMb: number;
  readonly outputMb: number;
  readonly files: number;
}

function treeSize(folder: string): { bytes: number; files: number } {
  return readdirSync(folder).reduce(
    (sum, name) => {
      const path = join(folder, name);
      const stat = statSync(path);
      const inner = stat.isDirectory() ? treeSize(path) : { bytes: stat.size, files: 1 };
      return { bytes: sum.bytes + inner.bytes, files: sum.files + inner.files };
    },
    { bytes: 0, files: 0 },
  );
}

/**
 * Runs `synth(count, folder)` into a new folder inside `parent` and prints its Measurement as a JSON line, the
 * child's side of the protocol `synth.ts` reads. Called when a bench module runs as a script with the SLO count
 * and the parent folder; the output is left there for the caller to remove (see `synth.ts`).
 */
export function measureAndPrint(synth: (count: number, folder: string) => void): void {
  const [count, parent] = [Number(process.argv[2]), process.argv[3]];
  if (!Number.isInteger(count) || count <= 0 || parent === undefined) {
    throw new Error(`usage: tsx ${process.argv[1]} <number of SLOs> <folder for the output>`);
  }
  const folder = mkdtempSync(join(parent, "run-"));
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  synth(count, folder);
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const { bytes, files } = treeSize(folder);
  const measurement: Measurement = { slos: count, seconds, cpuSeconds, peakRssMb, outputMb: bytes / 1024 / 1024, files };
  console.log(JSON.stringify(measurement));
}
