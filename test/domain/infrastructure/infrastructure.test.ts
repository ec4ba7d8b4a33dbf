import { describe, expect, it } from "vitest";
import { Duration } from "../../../src/domain/duration";
import { capacityProblem, capacityRuleGroups } from "../../../src/domain/infrastructure/capacity";
import { infraRuleGroups, type InfraSpec } from "../../../src/domain/infrastructure/infra-rules";
import { INFRA_ALERTS, resolveInfraAlerts, type InfraAlertOverride } from "../../../src/domain/infrastructure/overrides";
import { promqlError } from "../../../src/domain/promql";
import { isAlertingRule, type AlertingRule } from "../../../src/domain/rules/rules";

const ALL = { nodes: true, containers: true, kubernetes: true, networkSecurity: true };
const owner = { teamName: "platform", receivers: () => [] };

function spec(overrides: Record<string, InfraAlertOverride> = {}): InfraSpec {
  const { alerts, problems } = resolveInfraAlerts(ALL, overrides);
  expect(problems).toEqual([]);
  return { cluster: "eu-1", alerts, owner, service: "eu-1", environment: "production", runbookBaseUrl: "https://runbooks.example.com/infra" };
}

function alertRules(infra: InfraSpec): AlertingRule[] {
  return infraRuleGroups(infra).flatMap((group) => group.rules).filter(isAlertingRule);
}

describe("infrastructure rule packs", () => {
  it("build every alert and recording as PromQL that parses, with namespaces and at every level", () => {
    const namespaced = Object.fromEntries(INFRA_ALERTS.filter((alert) => alert.namespaced).map((alert) => [alert.name, { namespaces: ["payments", "web"] }]));
    const rules = [...infraRuleGroups(spec()), ...infraRuleGroups(spec(namespaced)), ...capacityRuleGroups(spec(), { lookback: Duration.days(7), horizon: Duration.days(14) })].flatMap((group) => group.rules);
    expect(rules.length).toBeGreaterThan(40);
    expect(rules.filter((rule) => promqlError(rule.expr) !== undefined).map((rule) => rule.expr)).toEqual([]);
  });

  it("forecast a filesystem from the last hour's trend over 4 hours, and for a warning from two days' trend over 24 hours once it has two days of history", () => {
    const filesystem = alertRules(spec()).filter((rule) => rule.alert === "NodeFilesystemSpaceFillingUp");
    const fs = 'node_filesystem_avail_bytes{job="node-exporter",fstype!="",mountpoint!=""}';
    const free = (percent: number) => `(((${fs} / node_filesystem_size_bytes{job="node-exporter",fstype!="",mountpoint!=""}) * 100) < ${percent})`;
    const writable = '(node_filesystem_readonly{job="node-exporter",fstype!="",mountpoint!=""} == 0)';
    const recent = `(predict_linear(${fs}[1h], 14400) < 0)`;
    const days = `((predict_linear(${fs}[2d], 86400) < 0) and last_over_time(${fs}[1h] offset 2d))`;
    expect(filesystem.map((rule) => [rule.labels.severity, rule.for, rule.expr])).toEqual([
      ["ticket", "15m", `(${free(40)} and (${recent}\nor\n${days})) and ${writable}`],
      ["page", "30m", `(${free(20)} and ${recent}) and ${writable}`],
    ]);
    expect(filesystem[0].annotations.runbook_url).toBe("https://runbooks.example.com/infra/nodefilesystemspacefillingup");
    expect(filesystem[0].labels).toEqual({ cluster: "eu-1", severity: "ticket", team: "platform", service: "eu-1", env: "production" });
  });

  it("compare a container's working set with its memory limit, and watch the certificates the ingress serves, one alert per host whatever the replicas", () => {
    const rules = alertRules(spec());
    const [memory] = rules.filter((rule) => rule.alert === "ContainerMemoryNearLimit");
    expect([memory.labels.severity, memory.for, memory.expr]).toEqual([
      "ticket",
      "15m",
      '((max by (namespace, pod, container) (container_memory_working_set_bytes{job="cadvisor",container!=""})) / (max by (namespace, pod, container) (kube_pod_container_resource_limits{job="kube-state-metrics",resource="memory"}))) > 0.9',
    ]);
    const tls = rules.filter((rule) => rule.alert === "TlsCertificateExpiring");
    expect(tls.map((rule) => rule.expr)).toEqual(
      [14, 7].map((days) => `(((min by (host) (nginx_ingress_controller_ssl_expire_time_seconds{job="ingress-nginx",host!="_"})) - time()) / 86400) < ${days}`),
    );
    expect(rules.map((rule) => rule.expr).filter((expr) => expr.includes("probe_"))).toEqual([]);
  });

  it("change exactly the alert an override names", () => {
    const before = alertRules(spec());
    const after = alertRules(spec({ KubePodCrashLooping: { for: "30m", namespaces: ["web"] } }));
    const changed = after.filter((rule, index) => JSON.stringify(rule) !== JSON.stringify(before[index]));
    expect(changed.map((rule) => [rule.alert, rule.for, rule.expr])).toEqual([
      ["KubePodCrashLooping", "30m", 'max_over_time(kube_pod_container_status_waiting_reason{job="kube-state-metrics",reason="CrashLoopBackOff",namespace=~"web"}[5m]) >= 1'],
    ]);
    expect(after.length).toBe(before.length);
  });

  it("drop a disabled alert and the alerts of a pack that is off", () => {
    const { alerts } = resolveInfraAlerts({ ...ALL, networkSecurity: false }, { KubeHpaMaxedOut: { enabled: false } });
    const names = alerts.map((alert) => alert.definition.name);
    expect(names).not.toContain("KubeHpaMaxedOut");
    expect(names).not.toContain("TlsCertificateExpiring");
    expect(names).toContain("KubeJobFailed");
  });
});

describe("bad overrides", () => {
  const problems = (overrides: Record<string, InfraAlertOverride>, packs = ALL) => resolveInfraAlerts(packs, overrides).problems;

  it("reject a warning threshold worse than its critical one, on either side", () => {
    expect(problems({ NodeFilesystemSpaceFillingUp: { warning: 10 }, NodeMemoryPressure: { warning: 0.97, critical: 0.96 } })).toEqual([
      "overrides.NodeFilesystemSpaceFillingUp: the warning threshold 10 is worse than the critical one 20 (the percent of the filesystem free, worse below); a warning must come first: make warning at least 20",
      "overrides.NodeMemoryPressure: the warning threshold 0.97 is worse than the critical one 0.96 (the share of memory used (0 to 1), worse above); a warning must come first: make warning at most 0.96",
    ]);
  });

  it("reject thresholds, levels, severities and namespaces an alert does not have, and overrides of a pack that is off", () => {
    expect(
      problems(
        {
          KubePodCrashLooping: { warning: 2 },
          NodeCpuSaturated: { critical: 0.99, namespaces: ["web"] },
          NodeFilesystemSpaceFillingUp: { severity: "page" },
          TlsCertificateExpiring: { warning: 30 },
        },
        { ...ALL, networkSecurity: false },
      ),
    ).toEqual([
      "overrides.KubePodCrashLooping.warning: KubePodCrashLooping has no threshold to change; override for, severity or namespaces, or disable it",
      "overrides.NodeCpuSaturated.critical: NodeCpuSaturated has no critical level; its levels are warning",
      "overrides.NodeCpuSaturated.namespaces: NodeCpuSaturated is about nodes or the cluster, not namespaced objects; remove namespaces",
      "overrides.NodeFilesystemSpaceFillingUp.severity: NodeFilesystemSpaceFillingUp has a warning (ticket) and a critical (page) level; change their thresholds instead",
      "overrides.TlsCertificateExpiring: TlsCertificateExpiring is in the networkSecurity pack, which is off; turn the pack on or remove the override",
    ]);
  });
});

describe("capacity planning", () => {
  it("rejects a horizon longer than four times the lookback, and a lookback beyond retention", () => {
    expect(capacityProblem({ lookback: Duration.days(7), horizon: Duration.days(28) }, Duration.days(30))).toBeUndefined();
    expect(capacityProblem({ lookback: Duration.days(7), horizon: Duration.days(30) }, Duration.days(30))).toBe(
      "capacity.horizon: 30d is longer than a trend over 1w supports (at most 4 times the lookback, 4w); shorten the horizon or lengthen the lookback to at least 7d12h",
    );
    expect(capacityProblem({ lookback: Duration.days(20), horizon: Duration.days(30) }, Duration.days(15))).toBe(
      "capacity.lookback: 20d is more history than the stack's Prometheus keeps (15d); shorten it or raise prometheusRetention",
    );
  });

  it("forecasts the instant requests exceed allocatable from the headroom and the requests' trend", () => {
    const rules = capacityRuleGroups(spec(), { lookback: Duration.days(7), horizon: Duration.days(14) }).flatMap((group) => group.rules);
    const exhaustion = rules.find((rule) => "record" in rule && rule.record === "cluster_resource:allocatable_exhausted:timestamp_seconds");
    expect(exhaustion?.expr).toBe(
      'time() + (cluster_resource:allocatable_minus_requests:sum{cluster="eu-1"} / (deriv(cluster_resource:kube_pod_container_resource_requests:sum{cluster="eu-1"}[1w]) > 0))',
    );
    const alert = rules.filter(isAlertingRule).find((rule) => rule.alert === "ClusterCapacityRunningOut");
    expect(alert?.expr).toBe('(cluster_resource:allocatable_exhausted:timestamp_seconds{cluster="eu-1"} - time()) < 1209600');
  });
});
