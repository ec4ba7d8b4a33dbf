import { ApiHealthCheck, MonitoringStack, type ApiHealthCheckProps } from "../../constructs";
import type { MetaSpec } from "../../src/domain/meta/meta-rules";
import { KUBE_PROMETHEUS_JOBS } from "../../src/domain/meta/parse-meta";
import { team, testApp } from "./app";

/**
 * The rule files and promtool tests, by path, that a health check of checkout writes on Prometheus: over HTTP
 * every 5 minutes from 3 locations unless `props` say otherwise.
 */
export function healthCheckRulesAndTests(props: Partial<ApiHealthCheckProps> = {}): Map<string, string> {
  const test = testApp();
  const stack = new MonitoringStack(test.app, "production");
  new ApiHealthCheck(stack, "api-health", {
    service: "checkout",
    name: "api-health",
    owner: team(stack),
    runbookUrl: "https://runbooks.example.com/checkout/api",
    outputs: { datadog: false },
    request: { url: "https://api.example.com/health" },
    ...props,
  });
  test.app.synth();
  return new Map([...test.files("production")].filter(([path]) => /^(prometheus|tests)\//.test(path)));
}

/** Meta-monitoring of a production stack with kube-prometheus' jobs and five scrape jobs to watch. */
export const META_SPEC: MetaSpec = {
  owner: { teamName: "platform", receivers: () => [] },
  service: "monitoring",
  environment: "production",
  runbookBaseUrl: "https://runbooks.example.com/monitoring",
  jobs: KUBE_PROMETHEUS_JOBS,
  scrapeJobs: ["alertmanager-main", "kube-state-metrics", "node-exporter", "otel-collector", "prometheus-k8s"],
};
