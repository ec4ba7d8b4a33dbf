import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import {
  ApiHealthCheck,
  BusinessKpi,
  CriticalUserFlow,
  LogAlert,
  logQuery,
  MonitoringApp,
  MonitoringStack,
  OnCallTeam,
  ServiceSlo,
  ServiceTelemetry,
} from "../../constructs";

/**
 * `npm run bench:org`: an organisation of 50 services with every capability (3 SLOs, a health check, a flow, a KPI,
 * telemetry and log alerts each) in two stacks, production and staging, synthesized once; then `watchkeeper test`
 * over it, timed: wall time and the CPU time of the command and its promtool processes. `npm run bench:org -- 10`
 * builds 10 services.
 */

const SIGNALS = [
  { description: "the services' HTTP servers", metrics: ["http_requests_total"], labels: ["service", "code"] },
  { description: "the services' HTTP servers", metrics: ["http_request_duration_seconds_*"], labels: ["service", "le"] },
  { description: "the services' business metrics", metrics: ["shop_*"], labels: ["service"] },
];

/** One service's monitoring: what a team of the organisation declares for it. */
function service(stack: MonitoringStack, owner: OnCallTeam, name: string): void {
  const common = { service: name, owner, runbookUrl: `https://runbooks.example.com/${name}` };
  const requests = `http_requests_total{service="${name}"}`;
  new ServiceSlo(stack, `${name}-availability`, { ...common, name: "availability", objective: 99.9, sli: { events: { errors: `http_requests_total{service="${name}",code=~"5.."}`, total: requests } } });
  new ServiceSlo(stack, `${name}-latency`, { ...common, name: "latency", objective: 99, sli: { latency: { histogram: `http_request_duration_seconds{service="${name}"}`, threshold: "500ms" } } });
  new ServiceSlo(stack, `${name}-latency-p99`, { ...common, name: "latency-p99", objective: 95, sli: { latency: { histogram: `http_request_duration_seconds{service="${name}"}`, threshold: "1s" } } });
  new ApiHealthCheck(stack, `${name}-health`, { ...common, name: "health", frequency: "1m", request: { url: `https://${name}.example.com/health`, expect: { status: 200, responseTimeBelow: "800ms" } } });
  new CriticalUserFlow(stack, `${name}-checkout`, {
    ...common,
    name: "checkout",
    frequency: "5m",
    // One request: the flows the Prometheus backend (the blackbox exporter) runs.
    steps: [{ kind: "http", name: "list", url: `https://${name}.example.com/v1/items`, expect: { status: 200, responseTimeBelow: "800ms" } }],
  });
  new BusinessKpi(stack, `${name}-orders`, { ...common, name: "orders", description: "Orders per second", signal: { counter: `shop_orders_total{service="${name}"}` } });
  new ServiceTelemetry(stack, `${name}-telemetry`, { ...common, language: "nodejs", version: "1.4.2", thresholds: { errorRatio: 0.001, p95: "500ms", p99: "1s", databaseP95: "250ms" } });
  new LogAlert(stack, `${name}-errors`, { ...common, name: "error-spike", query: logQuery.equals("log.level", "error"), threshold: { above: 50, window: "5m" }, description: "More than 50 errors in 5 minutes" });
}

/** The organisation, synthesized into `folder/dist`. */
export function synthOrganisation(services: number, folder: string): void {
  const app = new MonitoringApp({ outdir: join(folder, "dist"), terraformOutdir: join(folder, "cdktf.out") });
  for (const environment of ["production", "staging"]) {
    const stack = new MonitoringStack(app, environment, { grafanaUrl: "https://grafana.example.com", externalSignals: SIGNALS, prometheusRetention: "30d" });
    const teams = Array.from({ length: Math.ceil(services / 10) }, (_, index) => new OnCallTeam(stack, `team-${index}`, { name: `team-${index}`, members: [`oncall-${index}@example.com`], slackChannel: `#team-${index}` }));
    for (let index = 0; index < services; index++) service(stack, teams[Math.floor(index / 10)], `shop-${String(index).padStart(2, "0")}`);
  }
  app.synth();
}

/** Runs `watchkeeper test` on the folder in a child process: its wall time and its CPU time with its children's. */
function timeTest(folder: string): { seconds: number; cpuSeconds: number; status: number | null; tail: string } {
  const start = performance.now();
  const result = spawnSync("bash", ["-c", `TIMEFORMAT='%U %S'; time ${JSON.stringify(process.execPath)} ${process.execArgv.join(" ")} ${join(__dirname, "../../src/cli/main.ts")} test --outdir ${join(folder, "dist")} > ${join(folder, "report.txt")}`], { encoding: "utf8" });
  const seconds = (performance.now() - start) / 1000;
  const [user, system] = result.stderr.trim().split("\n").at(-1)!.split(" ").map(Number);
  return { seconds, cpuSeconds: user + system, status: result.status, tail: result.stderr.slice(-2000) };
}

if (require.main === module) {
  const services = Number(process.argv[2] ?? 50);
  const folder = mkdtempSync(join(tmpdir(), "watchkeeper-org-"));
  try {
    const synthStart = performance.now();
    synthOrganisation(services, folder);
    const synthSeconds = (performance.now() - synthStart) / 1000;
    const testFiles = ["production", "staging"].reduce((sum, stack) => sum + readdirSync(join(folder, "dist", stack, "tests")).filter((name) => name.endsWith(".test.yml")).length, 0);
    const test = timeTest(folder);
    console.log(JSON.stringify({ services, testFiles, synthSeconds: Number(synthSeconds.toFixed(1)), testSeconds: Number(test.seconds.toFixed(1)), testCpuSeconds: Number(test.cpuSeconds.toFixed(1)), exit: test.status }));
    if (test.status !== 0) console.error(test.tail);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
