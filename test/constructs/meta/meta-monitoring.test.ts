import { describe, expect, it } from "vitest";
import { parse, parseAllDocuments } from "yaml";
import {
  AlertRouting,
  ApiHealthCheck,
  InfrastructureMonitoring,
  MetaMonitoring,
  SecretRef,
  ServiceSlo,
  ServiceTelemetry,
  type MetaMonitoringProps,
  type MonitoringStack,
} from "../../../constructs";
import { availabilityProps, synthProblems, team, testApp, testStack } from "../../support/app";

const RUNBOOKS = "https://runbooks.example.com/monitoring";
const HEARTBEAT_URL = SecretRef.kubernetes("watchkeeper-alertmanager", "heartbeat-url");
const OPSGENIE = { url: "https://api.opsgenie.com/v2/heartbeats/production/ping", credentials: { type: "GenieKey", secret: SecretRef.kubernetes("watchkeeper-alertmanager", "opsgenie-key") } };
const DEFAULT_RECEIVER = { slack: { channel: "#alerts", webhook: SecretRef.kubernetes("watchkeeper-alertmanager", "default-slack") } };

type Rules = { groups: Array<{ name: string; rules: Array<{ alert?: string; expr: string; labels: Record<string, string> }> }> };

/** A stack with a team and whatever `declare` adds; synthesized, or its problems. */
function synth(declare: (stack: MonitoringStack, owner: ReturnType<typeof team>) => void) {
  const test = testApp();
  const stack = testStack(test.app, "production", { prometheusRetention: "30d" });
  declare(stack, team(stack, "platform"));
  return test;
}

const meta = (overrides: Partial<MetaMonitoringProps> = {}): MetaMonitoringProps => ({ runbookBaseUrl: RUNBOOKS, heartbeat: { webhook: { url: HEARTBEAT_URL } }, ...overrides });

describe("MetaMonitoring", () => {
  it("watches every scrape job the stack declares (exporters, the collector, Prometheus and Alertmanager) and no probe job", () => {
    const test = synth((stack, owner) => {
      new InfrastructureMonitoring(stack, "eu-1", { cluster: "eu-1", owner, runbookBaseUrl: RUNBOOKS, packs: { networkSecurity: false } });
      new ServiceTelemetry(stack, "api", { service: "planner-api", language: "nodejs", version: "2.0.0", owner, runbookUrl: RUNBOOKS });
      new ApiHealthCheck(stack, "health", { service: "checkout", name: "health", owner, runbookUrl: RUNBOOKS, outputs: { datadog: false }, request: { url: "https://checkout.example.com/health" } });
      new MetaMonitoring(stack, "meta", meta({ owner, jobs: { prometheus: "prometheus" } }));
    });
    test.app.synth();
    const files = test.files("production");
    expect([...files.keys()].filter((path) => path.includes("meta"))).toEqual(["kubernetes/meta.yaml", "prometheus/meta-monitoring.rules.yml", "tests/meta-monitoring.test.yml"]);
    const rules = parse(files.get("prometheus/meta-monitoring.rules.yml") as string) as Rules;
    const targets = rules.groups.find((group) => group.name === "meta-targets")?.rules ?? [];
    const jobs = targets.map((rule) => /up\{job="([^"]+)"\} == 0/.exec(rule.expr)?.[1]);
    expect(jobs).toEqual(["alertmanager-main", "cadvisor", "ingress-nginx", "kube-state-metrics", "kubelet", "node-exporter", "planner-api-otel-collector", "prometheus"]);
    const prometheus = rules.groups.find((group) => group.name === "meta-prometheus")?.rules ?? [];
    expect(prometheus.every((rule) => rule.expr.includes('{job="prometheus"}'))).toBe(true);
    const resource = parseAllDocuments(files.get("kubernetes/meta.yaml") as string)[0].toJS();
    expect(resource).toMatchObject({ kind: "PrometheusRule", metadata: { name: "meta-monitoring" } });
  });

  it("watches the job of every external signal that names one, and reads a job the signal does not carry as nothing", () => {
    const test = testApp();
    const checkout = { description: "checkout's HTTP server", metrics: ["checkout_orders_total"], labels: ["service"], job: "checkout" };
    const stack = testStack(test.app, "production", { externalSignals: [checkout] });
    new MetaMonitoring(stack, "meta", meta({ owner: team(stack, "platform") }));
    test.app.synth();
    const rules = parse(test.files("production").get("prometheus/meta-monitoring.rules.yml") as string) as Rules;
    const targets = rules.groups.find((group) => group.name === "meta-targets")?.rules ?? [];
    expect(targets.map((rule) => /up\{job="([^"]+)"\} == 0/.exec(rule.expr)?.[1])).toEqual(["alertmanager-main", "checkout", "prometheus-k8s"]);

    const wrong = testApp();
    const other = testStack(wrong.app, "production", { externalSignals: [checkout] });
    const owner = team(other, "checkout");
    const sli = { events: { errors: 'checkout_orders_total{job="shop",service="checkout"}', total: 'checkout_orders_total{job="shop",service="checkout"}' } };
    new ServiceSlo(other, "orders", availabilityProps({ owner, sli }));
    expect(synthProblems(wrong.app).join("\n")).toMatch(/checkout_orders_total\{job="shop"/);
  });

  it("gives AlertRouting the heartbeat: first under the root, to its own receiver, in both outputs", () => {
    const test = synth((stack, owner) => {
      new MetaMonitoring(stack, "meta", meta({ owner, heartbeat: { webhook: OPSGENIE, repeatInterval: "2m" } }));
      new AlertRouting(stack, "routing", { defaultReceiver: DEFAULT_RECEIVER });
    });
    test.app.synth();
    const files = test.files("production");
    const config = parse(files.get("alertmanager/alertmanager.yml") as string);
    expect(config.route.routes[0]).toEqual({ receiver: "heartbeat", matchers: ['alertname="Watchdog"', 'env="production"'], group_interval: "30s", repeat_interval: "2m" });
    expect(config.receivers.find((receiver: { name: string }) => receiver.name === "heartbeat")).toEqual({
      name: "heartbeat",
      webhook_configs: [{ url: OPSGENIE.url, send_resolved: false, http_config: { authorization: { type: "GenieKey", credentials_file: "/etc/alertmanager/secrets/watchkeeper-alertmanager/opsgenie-key" } } }],
    });
    const { spec } = parseAllDocuments(files.get("kubernetes/routing.yaml") as string)[0].toJS();
    expect(spec.route.routes[0]).toMatchObject({ receiver: "heartbeat", groupInterval: "30s", repeatInterval: "2m" });
    expect(spec.receivers.find((receiver: { name: string }) => receiver.name === "heartbeat")).toEqual({
      name: "heartbeat",
      webhookConfigs: [{ url: OPSGENIE.url, sendResolved: false, httpConfig: { authorization: { type: "GenieKey", credentials: { name: "watchkeeper-alertmanager", key: "opsgenie-key" } } } }],
    });
  });

  it("refers to a secret URL by file (url_file, Alertmanager 0.26) and by secret key (urlSecret), never by value", () => {
    const test = synth((stack, owner) => {
      new MetaMonitoring(stack, "meta", meta({ owner }));
      new AlertRouting(stack, "routing", { defaultReceiver: DEFAULT_RECEIVER });
    });
    test.app.synth();
    const files = test.files("production");
    const heartbeat = (parse(files.get("alertmanager/alertmanager.yml") as string).receivers as Array<{ name: string }>).find((receiver) => receiver.name === "heartbeat");
    expect(heartbeat).toEqual({ name: "heartbeat", webhook_configs: [{ url_file: "/etc/alertmanager/secrets/watchkeeper-alertmanager/heartbeat-url", send_resolved: false }] });
    const { spec } = parseAllDocuments(files.get("kubernetes/routing.yaml") as string)[0].toJS();
    expect(spec.receivers[1]).toEqual({ name: "heartbeat", webhookConfigs: [{ urlSecret: { name: "watchkeeper-alertmanager", key: "heartbeat-url" }, sendResolved: false }] });
  });

  it("writes no heartbeat route without a MetaMonitoring", () => {
    const test = synth((stack) => new AlertRouting(stack, "routing", { defaultReceiver: DEFAULT_RECEIVER }));
    test.app.synth();
    expect(test.files("production").get("alertmanager/alertmanager.yml")).not.toContain("heartbeat");
  });
});

describe("MetaMonitoring validation", () => {
  it("reports the heartbeat's problems once, from its own path, and routing goes on without it", () => {
    const test = synth((stack, owner) => {
      new MetaMonitoring(stack, "meta", meta({ owner, heartbeat: { webhook: { url: "https://hc-ping.com/5f8a-uuid" } } }));
      new AlertRouting(stack, "routing", { defaultReceiver: DEFAULT_RECEIVER });
    });
    expect(synthProblems(test.app)).toEqual([expect.stringMatching(/^production\/meta: heartbeat\.webhook\.url "https:\/\/hc-ping\.com\/5f8a-uuid" is a literal string with no credentials/)]);
  });

  it("reports a second MetaMonitoring, an unknown owner and a bad runbook base, all at once", () => {
    const test = synth((stack, owner) => {
      new MetaMonitoring(stack, "meta", meta({ owner }));
      new MetaMonitoring(stack, "meta-again", meta({ owner: "nobody", runbookBaseUrl: "runbooks" }));
    });
    const problems = synthProblems(test.app);
    expect(problems).toContainEqual(expect.stringMatching(/^production: meta-monitoring rule file meta-monitoring is declared 2 times \(production\/meta, production\/meta-again\)/));
    expect(problems).toContainEqual(expect.stringMatching(/^production\/meta-again: runbookBaseUrl: "runbooks" is not an absolute web address/));
    expect(problems).toContainEqual(expect.stringMatching(/^production\/meta-again: owner "nobody" is not a team of stack production/));
  });

  it("reports a heartbeat secret outside Kubernetes for the AlertmanagerConfig, unless it is switched off", () => {
    const declare = (kubernetes: boolean) =>
      synth((stack, owner) => {
        new MetaMonitoring(stack, "meta", meta({ owner, heartbeat: { webhook: { url: SecretRef.file("/run/secrets/heartbeat-url") } } }));
        new AlertRouting(stack, "routing", { defaultReceiver: DEFAULT_RECEIVER, kubernetes });
      });
    expect(synthProblems(declare(true).app)).toEqual([
      expect.stringMatching(/^production\/routing: the heartbeat's webhook URL is the file \/run\/secrets\/heartbeat-url, which an AlertmanagerConfig cannot reference/),
    ]);
    const test = declare(false);
    test.app.synth();
    expect(test.files("production").get("alertmanager/alertmanager.yml")).toContain("url_file: /run/secrets/heartbeat-url");
  });
});
