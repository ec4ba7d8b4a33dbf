import { parse, parseAllDocuments } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { InfrastructureMonitoring, type InfrastructureMonitoringProps } from "../../../constructs";
import { CAPACITY_PANEL_TITLES } from "../../../src/targets/grafana/capacity-dashboard";
import { validateAgainstCrd, type KubernetesObject } from "../../../src/cli/checks/crd-schema";
import { synthProblems, team, testApp, testStack } from "../../support/app";

const RUNBOOKS = "https://runbooks.example.com/infra";

function problemsOf(props: Partial<InfrastructureMonitoringProps>, retention = "30d"): string[] {
  const test = testApp();
  const stack = testStack(test.app, "production", { prometheusRetention: retention });
  new InfrastructureMonitoring(stack, "eu-1", { cluster: "eu-1", runbookBaseUrl: RUNBOOKS, owner: team(stack, "platform"), ...props });
  return synthProblems(test.app);
}

describe("InfrastructureMonitoring", () => {
  let files: Map<string, string>;

  beforeAll(() => {
    const test = testApp();
    const stack = testStack(test.app, "production", { prometheusRetention: "30d", grafanaUrl: "https://grafana.example.com" });
    new InfrastructureMonitoring(stack, "eu-1", {
      cluster: "eu-1",
      owner: team(stack, "platform"),
      runbookBaseUrl: RUNBOOKS,
      packs: { networkSecurity: false },
      overrides: { NodeFilesystemSpaceFillingUp: { warning: 30, critical: 10 }, KubeHpaMaxedOut: { enabled: false } },
    });
    test.app.synth();
    files = test.files("production");
  });

  it("writes a rule file and a PrometheusRule with a group per enabled pack and the capacity rules, their promtool tests, and the capacity dashboard", () => {
    expect([...files.keys()].filter((path) => path.includes("eu-1"))).toEqual([
      "grafana/eu-1.capacity.json",
      "kubernetes/eu-1.yaml",
      "prometheus/infrastructure-eu-1.rules.yml",
      "tests/infrastructure-eu-1-containers.test.yml",
      "tests/infrastructure-eu-1-forecasts.every-1h.test.yml",
      "tests/infrastructure-eu-1-forecasts.test.yml",
      "tests/infrastructure-eu-1-kubernetes.test.yml",
      "tests/infrastructure-eu-1-nodes.test.yml",
    ]);
    const rules = parse(files.get("prometheus/infrastructure-eu-1.rules.yml") as string);
    expect(rules.groups.map((group: { name: string }) => group.name)).toEqual([
      "infrastructure-nodes",
      "infrastructure-containers",
      "infrastructure-kubernetes",
      "infrastructure-capacity-recordings",
      "infrastructure-capacity",
    ]);
    const alerts = rules.groups.flatMap((group: { rules: Array<{ alert?: string; expr: string; labels: Record<string, string> }> }) => group.rules.filter((rule) => rule.alert !== undefined));
    expect(alerts.map((rule: { alert: string }) => rule.alert)).not.toContain("KubeHpaMaxedOut");
    const filesystem = alerts.filter((rule: { alert: string }) => rule.alert === "NodeFilesystemSpaceFillingUp");
    expect(filesystem.map((rule: { labels: Record<string, string>; expr: string }) => [rule.labels.severity, /\* 100\) < (\d+)/.exec(rule.expr)?.[1]])).toEqual([
      ["ticket", "30"],
      ["page", "10"],
    ]);
    const capacity = alerts.filter((rule: { alert: string }) => rule.alert.endsWith("RunningOut"));
    expect(capacity.map((rule: { alert: string; annotations: Record<string, string> }) => [rule.alert, rule.annotations.dashboard_url])).toEqual([
      ["ClusterCapacityRunningOut", "https://grafana.example.com/d/capacity-eu-1"],
      ["PersistentVolumeRunningOut", "https://grafana.example.com/d/capacity-eu-1"],
    ]);
    const dashboard = JSON.parse(files.get("grafana/eu-1.capacity.json") as string);
    expect(dashboard.panels.map((panel: { title: string }) => panel.title)).toEqual(Object.values(CAPACITY_PANEL_TITLES));
  });

  it("writes PodMonitor and ServiceMonitors that pass their CRDs and set the job names the packs select", () => {
    const objects = parseAllDocuments(files.get("kubernetes/eu-1.yaml") as string).map((document) => document.toJS() as KubernetesObject);
    expect(objects.map((object) => `${object.kind}/${(object.metadata as { name: string }).name}`)).toEqual([
      "PrometheusRule/infrastructure-eu-1",
      "PodMonitor/eu-1-node-exporter",
      "ServiceMonitor/eu-1-kube-state-metrics",
      "ServiceMonitor/eu-1-kubelet",
      "ServiceMonitor/eu-1-ingress-nginx",
      "GrafanaDashboard/capacity-eu-1",
    ]);
    objects.forEach((object) => expect(validateAgainstCrd(object), object.kind).toEqual([]));
    const kubelet = objects[3] as unknown as { spec: { endpoints: Array<{ path: string; relabelings: Array<{ replacement: string }> }> } };
    expect(kubelet.spec.endpoints.map((endpoint) => [endpoint.path, endpoint.relabelings[0].replacement])).toEqual([
      ["/metrics", "kubelet"],
      ["/metrics/cadvisor", "cadvisor"],
    ]);
  });
});

describe("InfrastructureMonitoring's bad input", () => {
  it("rejects an override naming no alert, listing the valid names", () => {
    const [problem] = problemsOf({ overrides: { NodeDiskFull: { warning: 10 } } as InfrastructureMonitoringProps["overrides"] });
    expect(problem).toMatch(/^production\/eu-1: overrides\.NodeDiskFull: no alert of the packs is named "NodeDiskFull"; valid names are NodeCpuSaturated, NodeMemoryPressure, /);
  });

  it("rejects a warning threshold worse than its critical one", () => {
    expect(problemsOf({ overrides: { KubePersistentVolumeFillingUp: { warning: 2 } } })).toEqual([
      "production/eu-1: overrides.KubePersistentVolumeFillingUp: the warning threshold 2 is worse than the critical one 3 (the percent of the volume free, worse below); a warning must come first: make warning at least 3",
    ]);
  });

  it("rejects a forecast horizon longer than the lookback supports, and an unknown pack", () => {
    expect(problemsOf({ capacity: { lookback: "2d", horizon: "30d" }, packs: { network: false } as InfrastructureMonitoringProps["packs"] })).toEqual([
      "production/eu-1: packs.network: no pack is named \"network\"; valid names are nodes, containers, kubernetes, networkSecurity",
      "production/eu-1: capacity.horizon: 30d is longer than a trend over 2d supports (at most 4 times the lookback, 8d); shorten the horizon or lengthen the lookback to at least 7d12h",
    ]);
  });

  it("rejects thresholds outside their unit: a percent for a ratio, a ratio for a percent, below 0, not a number", () => {
    const overrides = {
      NodeCpuSaturated: { warning: 95 },
      NodeFilesystemSpaceFillingUp: { warning: 0.3, critical: 0.1 },
      ContainerRestartingOften: { warning: -1 },
      NodeMemoryPressure: { warning: Number.NaN },
    };
    expect(problemsOf({ overrides })).toEqual([
      "production/eu-1: overrides.NodeMemoryPressure.warning: NaN is not a finite number; give a number",
      "production/eu-1: overrides.ContainerRestartingOften.warning: -1 is below 0; give 0 or more; it is restarts in an hour",
      "production/eu-1: overrides.NodeCpuSaturated.warning: 95 is not a ratio from 0 to 1; as a percentage, 95% is 0.95; it is the share of CPU time busy (0 to 1)",
      "production/eu-1: overrides.NodeFilesystemSpaceFillingUp.warning: 0.3 looks like a ratio, but this threshold is a percent from 0 to 100; write 30; it is the percent of the filesystem free",
      "production/eu-1: overrides.NodeFilesystemSpaceFillingUp.critical: 0.1 looks like a ratio, but this threshold is a percent from 0 to 100; write 10; it is the percent of the filesystem free",
    ]);
  });

  it("reports pages without a runbook in the stack-wide routing check", () => {
    const problems = problemsOf({ runbookBaseUrl: undefined, packs: { containers: false, kubernetes: false, networkSecurity: false } });
    expect(problems).toContain("production/eu-1: prometheus alert NodeMemoryPressure (page) has no runbook; set runbookUrl so that whoever is paged knows what to do");
  });
});
