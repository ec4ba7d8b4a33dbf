import { join } from "node:path";
import { MonitoringApp, MonitoringStack, OnCallTeam, ServiceSlo } from "../../constructs";
import { measureAndPrint } from "./measure";
import { benchSlo } from "./slo-set";

/** Watchkeeper's side of `npm run bench`: the SLO set as ServiceSlos of one stack, synthesized into `folder`. */
export function synthWatchkeeper(count: number, folder: string): void {
  const app = new MonitoringApp({ outdir: join(folder, "dist"), terraformOutdir: join(folder, "cdktf.out") });
  const stack = new MonitoringStack(app, "production", {
    grafanaUrl: "https://grafana.example.com",
    externalSignals: [
      { description: "the services' HTTP servers", metrics: ["http_requests_total"], labels: ["service", "code"] },
      { description: "the services' HTTP servers", metrics: ["http_request_duration_seconds_*"], labels: ["service", "le"] },
    ],
  });
  const owner = new OnCallTeam(stack, "team", { name: "bench", members: ["oncall@example.com"], slackChannel: "#bench" });
  for (let index = 0; index < count; index++) {
    const slo = benchSlo(index);
    new ServiceSlo(stack, `slo-${index}`, {
      service: slo.service,
      name: slo.name,
      objective: slo.objective,
      owner,
      runbookUrl: `https://runbooks.example.com/${slo.service}`,
      sli:
        "histogram" in slo.sli
          ? { latency: { histogram: slo.sli.histogram, threshold: `${slo.sli.thresholdSeconds * 1000}ms` } }
          : { events: { errors: slo.sli.errors, total: slo.sli.total } },
    });
  }
  app.synth();
}

if (require.main === module) {
  measureAndPrint(synthWatchkeeper);
}
