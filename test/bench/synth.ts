import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { MonitoringApp, MonitoringStack, OnCallTeam, ServiceSlo } from "../../constructs";
import { readTree } from "../support/files";

/**
 * `npm run bench`: synthesizes 100 and 1,000 ServiceSlos, three times each in fresh processes, and prints the
 * median run's wall time, peak RSS, output size, and the ratio of the synth time to JSON-serializing the same
 * output (the median, because a shared machine's timings vary by a few seconds from run to run).
 */

interface Measurement {
  readonly slos: number;
  readonly seconds: number;
  readonly peakRssMb: number;
  readonly outputMb: number;
  readonly files: number;
  readonly jsonSeconds: number;
}

function declare(app: MonitoringApp, count: number): void {
  const stack = new MonitoringStack(app, "production", { grafanaUrl: "https://grafana.example.com" });
  const owner = new OnCallTeam(stack, "team", { name: "bench", members: ["oncall@example.com"], slackChannel: "#bench" });
  for (let index = 0; index < count; index++) {
    const service = `service-${Math.floor(index / 4)}`;
    const kind = index % 4;
    new ServiceSlo(stack, `slo-${index}`, {
      service,
      name: `objective-${kind}`,
      objective: kind === 3 ? 95 : 99.9,
      owner,
      runbookUrl: `https://runbooks.example.com/${service}`,
      sli:
        kind === 3
          ? { latency: { histogram: `http_request_duration_seconds{service="${service}"}`, threshold: "500ms" } }
          : { events: { errors: `http_requests_total{service="${service}",code=~"5.."}`, total: `http_requests_total{service="${service}"}` } },
    });
  }
}

/** One measurement, in this process. */
function measure(count: number): Measurement {
  const folder = mkdtempSync(join(tmpdir(), "watchkeeper-bench-"));
  const start = performance.now();
  const app = new MonitoringApp({ outdir: join(folder, "dist"), terraformOutdir: join(folder, "cdktf.out") });
  declare(app, count);
  app.synth();
  const seconds = (performance.now() - start) / 1000;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const files = readTree(folder);
  const bytes = [...files.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  const parsed = [...files.entries()].map(([path, text]) => [path, path.endsWith(".json") ? JSON.parse(text) : text]);
  const jsonStart = performance.now();
  JSON.stringify(parsed, null, 2);
  const jsonSeconds = (performance.now() - jsonStart) / 1000;
  rmSync(folder, { recursive: true, force: true });
  return { slos: count, seconds, peakRssMb, outputMb: bytes / 1024 / 1024, files: files.size, jsonSeconds };
}

function inChild(count: number): Measurement {
  const result = spawnSync(process.execPath, [...process.execArgv, __filename, String(count)], { encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(`benchmark of ${count} SLOs failed:\n${result.stderr}`);
  }
  return JSON.parse(result.stdout.trim().split("\n").at(-1) as string) as Measurement;
}

const requested = Number(process.argv[2]);
if (Number.isInteger(requested) && requested > 0) {
  console.log(JSON.stringify(measure(requested)));
} else {
  const median = (count: number) => {
    const runs = [1, 2, 3].map(() => inChild(count)).sort((a, b) => a.seconds - b.seconds);
    console.log(`${count} SLOs: ${runs.map((run) => run.seconds.toFixed(2)).join(" s, ")} s`);
    return runs[1];
  };
  const rows = [100, 1000].map(median);
  console.log("SLOs   wall (s)  peak RSS (MB)  output (MB)  files  JSON.stringify (s)  synth/JSON");
  for (const row of rows) {
    console.log(
      `${String(row.slos).padEnd(6)} ${row.seconds.toFixed(2).padStart(8)}  ${row.peakRssMb.toFixed(0).padStart(13)}  ` +
        `${row.outputMb.toFixed(1).padStart(11)}  ${String(row.files).padStart(5)}  ${row.jsonSeconds.toFixed(3).padStart(18)}  ` +
        `${(row.seconds / row.jsonSeconds).toFixed(0).padStart(10)}`,
    );
  }
  console.log(`t(1000)/t(100) = ${(rows[1].seconds / rows[0].seconds).toFixed(2)} (target ≤ 12); targets for 1,000: ≤ 15 s, ≤ 1024 MB`);
}
