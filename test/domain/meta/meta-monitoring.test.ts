import { metaMonitoringSchema } from "../../../src/domain/meta/meta-monitoring-schema";
import { schemaProblems } from "../../../src/domain/validation/schema";
import { describe, expect, it } from "vitest";
import { META_ALERTS } from "../../../src/domain/meta/meta-alerts";
import { HEARTBEAT_ALERT, heartbeatRule, metaRuleGroups, TARGET_MISSING_ALERT, type MetaSpec } from "../../../src/domain/meta/meta-rules";
import { metaTestCases } from "../../../src/domain/meta/meta-test-cases";
import { KUBE_PROMETHEUS_JOBS, parseHeartbeat, parseMeta, scrapeJobs } from "../../../src/domain/meta/parse-meta";
import { promqlError } from "../../../src/domain/promql";
import { INHIBITIONS, type LabelMatcher } from "../../../src/domain/routing/routing-plan";
import { isAlertingRule } from "../../../src/domain/rules/rules";
import { SecretRef } from "../../../src/domain/secret";
import { probeSource, scrapeSource } from "../../../src/domain/signals/signal-source";
import { parsing } from "../../support/problems";

const owner = { teamName: "platform", receivers: () => [] };
const RUNBOOKS = "https://runbooks.example.com/monitoring";
const spec: MetaSpec = {
  owner,
  service: "monitoring",
  environment: "production",
  runbookBaseUrl: RUNBOOKS,
  jobs: KUBE_PROMETHEUS_JOBS,
  scrapeJobs: ["alertmanager-main", "node-exporter", "prometheus-k8s"],
};
const alerts = () => metaRuleGroups(spec).flatMap((group) => group.rules).filter(isAlertingRule);
const hookUrl = SecretRef.kubernetes("watchkeeper-alertmanager", "heartbeat-url");
const heartbeat = (props: Parameters<typeof parseHeartbeat>[0]) => parsing((problems) => parseHeartbeat(props, "production", problems));

describe("meta-monitoring rules", () => {
  it("are the heartbeat, kube-prometheus' alerts on Prometheus and Alertmanager, and a TargetMissing per scrape job, all PromQL that parses", () => {
    const groups = metaRuleGroups(spec);
    expect(groups.map((group) => [group.name, group.rules.map((rule) => ("alert" in rule ? rule.alert : rule.record))])).toEqual([
      ["meta-heartbeat", ["Watchdog"]],
      ["meta-prometheus", ["PrometheusBadConfig", "PrometheusRuleFailures", "PrometheusMissingRuleEvaluations", "PrometheusNotConnectedToAlertmanagers", "PrometheusErrorSendingAlertsToSomeAlertmanagers", "PrometheusDroppingAlerts"]],
      ["meta-alertmanager", ["AlertmanagerFailedReload", "AlertmanagerFailedToSendAlerts", "AlertmanagerClusterFailedToSendAlerts"]],
      ["meta-targets", ["TargetMissing", "TargetMissing", "TargetMissing"]],
    ]);
    expect(alerts().filter((rule) => promqlError(rule.expr) !== undefined)).toEqual([]);
    expect(metaRuleGroups({ ...spec, scrapeJobs: [] }).map((group) => group.name)).not.toContain("meta-targets");
  });

  it("page for kube-prometheus' critical alerts and open a ticket for its warnings, each with identity labels and a runbook", () => {
    const severity = Object.fromEntries(alerts().map((rule) => [rule.alert, rule.labels.severity]));
    for (const definition of META_ALERTS) {
      expect(severity[definition.name], definition.name).toBe(definition.level === "critical" ? "page" : "ticket");
    }
    expect(severity.PrometheusRuleFailures).toBe("page");
    expect(severity.PrometheusMissingRuleEvaluations).toBe("ticket");
    expect(severity[TARGET_MISSING_ALERT]).toBe("ticket");
    for (const rule of alerts()) {
      expect(rule.labels, rule.alert).toMatchObject({ team: "platform", service: "monitoring", env: "production" });
      expect(rule.annotations.runbook_url).toBe(`${RUNBOOKS}/${rule.alert.toLowerCase()}`);
    }
  });

  it("read each component's metrics from its job, and each scrape job's up series, present or absent", () => {
    const byName = (name: string) => alerts().filter((rule) => rule.alert === name);
    expect(byName("PrometheusRuleFailures")[0].expr).toBe('increase(prometheus_rule_evaluation_failures_total{job="prometheus-k8s"}[5m]) > 0');
    expect(byName("AlertmanagerFailedReload")[0].expr).toBe('max_over_time(alertmanager_config_last_reload_successful{job="alertmanager-main"}[5m]) == 0');
    expect(byName(TARGET_MISSING_ALERT).map((rule) => [rule.expr, rule.for])).toContainEqual(['(up{job="node-exporter"} == 0)\nor\nabsent(up{job="node-exporter"})', "5m"]);
    const renamed = metaRuleGroups({ ...spec, jobs: { prometheus: "prometheus", alertmanager: "alertmanager" }, scrapeJobs: [] }).flatMap((group) => group.rules);
    expect(renamed.filter((rule) => rule.expr.includes("-k8s") || rule.expr.includes("-main"))).toEqual([]);
  });

  it("make the heartbeat always fire, at severity info, which no inhibition mutes", () => {
    const rule = heartbeatRule(spec);
    expect([rule.alert, rule.expr, rule.for, rule.labels]).toEqual([HEARTBEAT_ALERT, "vector(1)", undefined, { severity: "info", team: "platform", service: "monitoring", env: "production" }]);
    const matches = (matcher: LabelMatcher, labels: Record<string, string>) =>
      matcher.matchType === "=" ? labels[matcher.name] === matcher.value : new RegExp(`^(?:${matcher.value})$`).test(labels[matcher.name] ?? "");
    const labels = { ...rule.labels, alertname: rule.alert };
    expect(INHIBITIONS.filter((inhibition) => inhibition.target.every((matcher) => matches(matcher, labels)))).toEqual([]);
  });

  it("are each tested firing for its failure and quiet without it (the heartbeat, always firing, only firing)", () => {
    const checks = metaTestCases(spec).flatMap((testCase) => testCase.checks);
    const names = [HEARTBEAT_ALERT, ...META_ALERTS.map((definition) => definition.name), TARGET_MISSING_ALERT];
    expect(names.filter((name) => !checks.some((check) => check.alertname === name && check.firing.length > 0))).toEqual([]);
    expect(names.filter((name) => name !== HEARTBEAT_ALERT && !checks.some((check) => check.alertname === name && check.firing.length === 0))).toEqual([]);
    const targets = checks.filter((check) => check.alertname === TARGET_MISSING_ALERT && check.firing.length > 0);
    expect(targets.map((check) => check.firing.map((alert) => alert.labels.job))).toEqual([spec.scrapeJobs, spec.scrapeJobs]);
  });
});

describe("parseMeta", () => {
  it("defaults to kube-prometheus' jobs and the service monitoring", () => {
    expect(parsing((problems) => parseMeta({ runbookBaseUrl: RUNBOOKS, heartbeat: { webhook: { url: hookUrl } } }, problems))).toEqual({
      parsed: { service: "monitoring", runbookBaseUrl: RUNBOOKS, jobs: { prometheus: "prometheus-k8s", alertmanager: "alertmanager-main" } },
      problems: [],
    });
  });

  it("reports a runbook base that is no web address, a service that is no label value and an empty job, all at once (its schema)", () => {
    const problems = schemaProblems(metaMonitoringSchema, { runbookBaseUrl: "runbooks", service: "Monitoring Team", jobs: { alertmanager: " " }, heartbeat: { webhook: { url: hookUrl } } });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^runbookBaseUrl: "runbooks" is not an absolute web address/);
    expect(problems[1]).toMatch(/^service: "Monitoring Team" is not a service name/);
    expect(problems[2]).toBe("jobs.alertmanager: is empty; give it a value");
  });
});

describe("parseHeartbeat", () => {
  it("routes the Watchdog of the environment every minute, checked every quarter of it, to a secret URL", () => {
    expect(heartbeat({ webhook: { url: hookUrl } })).toEqual({
      parsed: {
        matchers: [{ name: "alertname", matchType: "=", value: "Watchdog" }, { name: "env", matchType: "=", value: "production" }],
        webhook: { urlSecret: hookUrl },
        repeatInterval: "1m",
        groupInterval: "15s",
      },
      problems: [],
    });
    expect(heartbeat({ webhook: { url: hookUrl }, repeatInterval: "10s" }).parsed).toMatchObject({ repeatInterval: "10s", groupInterval: "2s" });
    expect(heartbeat({ webhook: { url: hookUrl }, repeatInterval: "2s" }).parsed).toMatchObject({ repeatInterval: "2s", groupInterval: "1s" });
  });

  it("sends a public URL's secret in the Authorization header, Bearer unless told", () => {
    const secret = SecretRef.kubernetes("watchkeeper-alertmanager", "opsgenie-key");
    const url = "https://api.opsgenie.com/v2/heartbeats/production/ping";
    expect(heartbeat({ webhook: { url, credentials: { type: "GenieKey", secret } } }).parsed?.webhook).toEqual({ url, authorization: { type: "GenieKey", credentials: secret } });
    expect(heartbeat({ webhook: { url, credentials: { secret } } }).parsed?.webhook).toEqual({ url, authorization: { type: "Bearer", credentials: secret } });
  });

  it("refuses a URL in clear, credentials beside a secret URL, Basic, a bad address or duration, and literal secrets", () => {
    const secret = SecretRef.kubernetes("watchkeeper-alertmanager", "key");
    const problems = (props: Parameters<typeof parseHeartbeat>[0]) => heartbeat(props).problems;
    expect(problems({ webhook: { url: "https://hc-ping.com/5f8a-uuid" } })).toEqual([
      expect.stringMatching(/^webhook\.url "https:\/\/hc-ping\.com\/5f8a-uuid" is a literal string with no credentials: a dead man's switch's URL usually is its secret/),
    ]);
    expect(problems({ webhook: { url: hookUrl, credentials: { secret } } })).toEqual([expect.stringMatching(/^webhook\.credentials: the URL is a secret already/)]);
    expect(problems({ webhook: { url: "hc-ping", credentials: { type: "Basic", secret } } })).toEqual([
      expect.stringMatching(/^webhook\.credentials\.type "Basic" must be one word of an Authorization header other than Basic/),
    ]);
    expect(problems({ webhook: { url: "https://example.com/ping", credentials: { secret: "s3cret" as unknown as SecretRef } }, repeatInterval: "1.5m" })).toEqual([
      expect.stringMatching(/^webhook\.credentials\.secret is a literal string, and secrets must not be written into configuration/),
      expect.stringMatching(/^repeatInterval: "1.5m" has a decimal point/),
    ]);
    expect(schemaProblems(metaMonitoringSchema, { runbookBaseUrl: "https://runbooks.example.com", heartbeat: { webhook: { url: "hc-ping", credentials: { secret } }, repeatInterval: "500ms" } })).toEqual([
      'heartbeat.webhook.url: "hc-ping" is not an absolute web address; write it with its scheme and host, e.g. "https://grafana.example.com"',
      'heartbeat.repeatInterval: "500ms" is shorter than 10s, the shortest this prop takes; use 10s or more',
    ]);
  });
});

describe("scrapeJobs", () => {
  it("takes the job of every scrape once, sorted, and leaves probes to the synthetic checks", () => {
    const sources = [
      scrapeSource("p/a", "otel-collector", ["traces_*"], [], "the collector"),
      probeSource("p/b", "synthetics/checkout", { location: "eu" }),
      scrapeSource("p/c", "node-exporter", ["node_*"], [], "node-exporter"),
      scrapeSource("p/d", "node-exporter", ["node_*"], [], "node-exporter again"),
    ];
    expect(scrapeJobs(sources)).toEqual(["node-exporter", "otel-collector"]);
  });
});
