import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { promqlError } from "../../src/domain/promql";
import { hasCrdGroup } from "../../src/cli/checks/crd-schema";
import { ROOT, SECRET_VARIABLES, synthExample } from "../support/example";
import { resources, type TerraformJson } from "../support/app";
import { readTree } from "../support/files";
import { readableForDiff } from "../support/readable-snapshot";
import { dashboardExpressions, kubernetesObjects, ruleExpressions } from "../support/outputs";

let output: string;
let files: Map<string, string>;

/** Set as the value of every secret environment variable of the synth: none may reach the output. */
const SENTINEL = "sentinel-secret-7f3a9c";

beforeAll(() => {
  // With every secret set: the output must still be what snapshots/ holds, which a synth without them wrote.
  output = synthExample(Object.fromEntries(SECRET_VARIABLES.map((name) => [name, SENTINEL])));
  files = readTree(output);
});

afterAll(() => rmSync(output, { recursive: true, force: true }));

describe("the example organisation", () => {
  it("synthesizes what snapshots/ holds byte for byte, showing a difference line by line (accept an intended change with npm run snapshots)", () => {
    const snapshots = readTree(join(ROOT, "snapshots"));
    expect([...files.keys()]).toEqual([...snapshots.keys()]);
    for (const [path, text] of files) {
      const snapshot = snapshots.get(path) as string;
      const advice = `${path} differs from snapshots/${path}; run npm run snapshots if the change is intended`;
      expect(readableForDiff(path, text), advice).toBe(readableForDiff(path, snapshot));
      expect(text, `${advice} (the difference is in layout only)`).toBe(snapshot);
    }
  });

  it("writes Terraform, Kubernetes, Prometheus, Grafana and test files for production and staging", () => {
    for (const stack of ["production", "staging"]) {
      expect(files.has(`cdktf.out/stacks/${stack}/cdk.tf.json`)).toBe(true);
      for (const slo of ["availability", "error-rate", "latency-p95", "latency-p99"]) {
        const id = `intelligent-teams-planner-${slo}`;
        expect(files.has(`dist/${stack}/kubernetes/${slo}.yaml`), slo).toBe(true);
        expect(files.has(`dist/${stack}/prometheus/${id}.rules.yml`), slo).toBe(true);
        expect(files.has(`dist/${stack}/grafana/${id}.json`), slo).toBe(true);
        expect(files.has(`dist/${stack}/tests/${id}.test.yml`), slo).toBe(true);
      }
    }
  });

  it("pages the planner team through a weekly rotation of its two people, and tracks the planner's errors in Sentry", () => {
    const terraform = JSON.parse(files.get("cdktf.out/stacks/production/cdk.tf.json") as string) as TerraformJson;
    expect(resources(terraform, "pagerduty_team_membership")).toHaveLength(2);
    const [schedule] = resources(terraform, "pagerduty_schedule") as Array<{ time_zone: string; layer: Array<{ rotation_turn_length_seconds: number; users: string[] }> }>;
    expect(schedule.time_zone).toBe("Europe/Berlin");
    expect(schedule.layer.map((layer) => [layer.rotation_turn_length_seconds, layer.users.length])).toEqual([[604_800, 2]]);
    expect(resources(terraform, "pagerduty_service").map((service) => service.name)).toEqual(["intelligent-teams-planner"]);
    expect(resources(terraform, "pagerduty_incident_workflow_trigger")).toHaveLength(1);
    expect(resources(terraform, "sentry_project")).toEqual([expect.objectContaining({ slug: "intelligent-teams-planner", platform: "node" })]);
    expect(resources(terraform, "sentry_issue_alert")).toHaveLength(3);
    // The error rate, and the error trend against the same hour last week.
    expect(resources(terraform, "sentry_metric_alert").map((alert) => alert.comparison_delta)).toEqual([undefined, 10080]);
    const staging = JSON.parse(files.get("cdktf.out/stacks/staging/cdk.tf.json") as string) as TerraformJson;
    expect(resources(staging, "pagerduty_service").map((service) => service.name)).toEqual(["intelligent-teams-planner-staging"]);
    const folders = resources(staging, "grafana_folder") as Array<{ uid: string; title: string }>;
    const folder = folders.find((candidate) => candidate.title === "intelligent-teams-planner-staging") as { uid: string };
    const links = JSON.stringify(resources(staging, "pagerduty_event_orchestration_service"));
    expect(links).toContain(`https://grafana.example.com/dashboards/f/${folder.uid}`);
  });

  it("watches the planner's web app with RUM: vitals, and the journey sign-in → create plan → share plan", () => {
    const terraform = JSON.parse(files.get("cdktf.out/stacks/production/cdk.tf.json") as string) as TerraformJson;
    expect(resources(terraform, "datadog_rum_application")).toEqual([{ name: "planner-web", type: "browser", provider: "datadog" }]);
    const rum = resources(terraform, "datadog_monitor").filter((monitor) => String(monitor.name).includes("planner-web"));
    expect(rum.map((monitor) => monitor.name)).toEqual([
      "[ticket] planner-web: sessions with errors",
      "[ticket] planner-web: journey share a plan step 1 converts less",
      "[ticket] planner-web: journey share a plan step 2 converts less",
      "[ticket] planner-web: Cumulative Layout Shift is poor",
      "[ticket] planner-web: Interaction to Next Paint is poor",
      "[ticket] planner-web: Largest Contentful Paint is poor",
    ]);
    expect(String(rum[1].query)).toContain("views{view_group:/plans/new}.as_count() / sum:rum.planner_web.views{view_group:/login}");
    expect(String(rum[2].query)).toContain("views{view_group:/plans/share}.as_count() / sum:rum.planner_web.views{view_group:/plans/new}");
  });

  it("writes no secret set in the environment: byte-identical to snapshots/ (written without them) and no file holds one", () => {
    expect([...files.entries()].filter(([, text]) => text.includes(SENTINEL)).map(([path]) => path)).toEqual([]);
  });

  // That the CRDs accept every custom resource is watchkeeper validate's check on snapshots/ (test/cli/commands/checks.tools.test.ts).
  it("writes the custom resources of every capability, and the platform's service accounts and cluster roles only in platform.yaml", () => {
    const objects = kubernetesObjects(files);
    const platformRbac = ["ServiceAccount", "ClusterRole", "ClusterRoleBinding"];
    expect(new Set(objects.map(({ object }) => object.kind))).toEqual(
      new Set([
        ...["PrometheusRule", "GrafanaDashboard", "AlertmanagerConfig", "Probe", "PodMonitor", "ServiceMonitor", "Instrumentation", "OpenTelemetryCollector", "AnalysisTemplate", "MetricTemplate"],
        ...["Prometheus", "Alertmanager", "Grafana", "GrafanaDatasource", "Elasticsearch", "Kibana", "Logstash", "Beat", ...platformRbac],
      ]),
    );
    for (const { path, object } of objects.filter(({ object }) => !hasCrdGroup(object as never))) {
      expect([path, platformRbac.includes(object.kind as string)]).toEqual(["dist/production/kubernetes/platform.yaml", true]);
    }
  });

  it("writes only PromQL that parses, in rules and dashboards", () => {
    const expressions = [...ruleExpressions(files), ...dashboardExpressions(files)];
    expect(expressions.length).toBeGreaterThan(200);
    for (const { path, expr } of expressions) {
      expect(promqlError(expr), `${path}: ${expr}`).toBeUndefined();
    }
  });
});
