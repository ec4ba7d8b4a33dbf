import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { App as KubernetesApp, Chart } from "cdk8s";
import { App as TerraformApp, TerraformStack } from "cdktf";
import { Monitor } from "@cdktf/provider-datadog/lib/monitor";
import { DatadogProvider } from "@cdktf/provider-datadog/lib/provider";
import { ServiceLevelObjective } from "@cdktf/provider-datadog/lib/service-level-objective";
import * as dashboard from "@grafana/grafana-foundation-sdk/dashboard";
import * as prometheus from "@grafana/grafana-foundation-sdk/prometheus";
import * as timeseries from "@grafana/grafana-foundation-sdk/timeseries";
import { stringify } from "yaml";
import { Dashboard } from "../../src/providers/grafana/dashboard";
import { GrafanaProvider } from "../../src/providers/grafana/provider";
import { PrometheusRule, PrometheusRuleSpecGroupsRulesExpr } from "../../src/providers/k8s/monitoring.coreos.com";
import { measureAndPrint } from "./measure";
import { benchSlo, type BenchSlo } from "./slo-set";

/**
 * The baseline of `npm run bench`: what a team would hand-write instead of Watchkeeper for the same SLOs, with
 * plain cdktf, cdk8s and the Grafana foundation SDK and deep provider imports. Per SLO: a Datadog metric SLO with
 * four `slo alert` burn-rate monitors, a Grafana dashboard (Terraform), a PrometheusRule; and one rule file for
 * all SLOs. No validation, no tests, no per-SLO files: the least a team gets away with.
 */

/** Short window, long window, burn factor and severity of the four burn-rate alerts of a 30-day SLO. */
const BURN_WINDOWS = [
  ["5m", "1h", 14.4, "page"],
  ["30m", "6h", 6, "page"],
  ["2h", "1d", 3, "ticket"],
  ["6h", "3d", 1, "ticket"],
] as const;
const RULE_WINDOWS = ["5m", "30m", "1h", "2h", "6h", "1d", "3d"];

function errorRatio(slo: BenchSlo, window: string): string {
  if ("histogram" in slo.sli) {
    const [metric, labels] = slo.sli.histogram.split("{");
    const bucket = `${metric}_bucket{le="${slo.sli.thresholdSeconds}",${labels}`;
    return `1 - sum(rate(${bucket}[${window}])) / sum(rate(${metric}_count{${labels}[${window}]))`;
  }
  return `sum(rate(${slo.sli.errors}[${window}])) / sum(rate(${slo.sli.total}[${window}]))`;
}

function ruleGroup(slo: BenchSlo, id: string) {
  const budget = (100 - slo.objective) / 100;
  const labels = { sloth_service: slo.service, sloth_slo: slo.name };
  const ratio = (window: string) => `slo:sli_error:ratio_rate${window}{sloth_id="${id}"}`;
  const recordings = RULE_WINDOWS.map((window) => ({
    record: `slo:sli_error:ratio_rate${window}`,
    expr: errorRatio(slo, window),
    labels: { ...labels, sloth_id: id, sloth_window: window },
  }));
  const alerts = BURN_WINDOWS.map(([short, long, factor, severity]) => ({
    alert: `${id}-burn-${short}-${long}`,
    expr: `${ratio(short)} > (${factor} * ${budget}) and ${ratio(long)} > (${factor} * ${budget})`,
    labels: { ...labels, severity },
  }));
  return {
    name: `${id}-slo`,
    rules: [
      ...recordings,
      { record: "slo:objective:ratio", expr: `vector(${slo.objective / 100})`, labels: { ...labels, sloth_id: id } },
      { record: "slo:error_budget:ratio", expr: `vector(${budget})`, labels: { ...labels, sloth_id: id } },
      ...alerts,
    ],
  };
}

function dashboardJson(slo: BenchSlo, id: string): string {
  const panel = (title: string, expr: string) =>
    new timeseries.PanelBuilder().title(title).withTarget(new prometheus.DataqueryBuilder().expr(expr));
  const model = new dashboard.DashboardBuilder(`SLO ${slo.service} ${slo.name}`)
    .uid(`slo-${id}`)
    .tags(["slo", slo.service])
    .withPanel(panel("SLI", `1 - slo:sli_error:ratio_rate5m{sloth_id="${id}"}`))
    .withPanel(panel("Burn rate", `slo:sli_error:ratio_rate1h{sloth_id="${id}"} / on() slo:error_budget:ratio{sloth_id="${id}"}`))
    .withPanel(panel("Error budget remaining", `slo:period_error_budget_remaining:ratio{sloth_id="${id}"}`))
    .build();
  return JSON.stringify(model);
}

/** The SLO set, hand-written, synthesized into `folder`. */
export function synthBaseline(count: number, folder: string): void {
  const terraform = new TerraformApp({ outdir: join(folder, "cdktf.out") });
  const stack = new TerraformStack(terraform, "production");
  new DatadogProvider(stack, "datadog", {});
  new GrafanaProvider(stack, "grafana", {});
  const kubernetes = new KubernetesApp({ outdir: join(folder, "kubernetes") });
  const chart = new Chart(kubernetes, "slo-rules", { namespace: "monitoring" });
  const groups = [];
  for (let index = 0; index < count; index++) {
    const slo = benchSlo(index);
    const id = `${slo.service}-${slo.name}`;
    const tags = [`service:${slo.service}`, `slo:${slo.name}`, "team:bench"];
    const objective = new ServiceLevelObjective(stack, `${id}-slo`, {
      name: `${slo.service} ${slo.name}`,
      type: "metric",
      query: {
        numerator: `sum:http_requests_total{service:${slo.service},code:5xx}.as_count()`,
        denominator: `sum:http_requests_total{service:${slo.service}}.as_count()`,
      },
      thresholds: [{ timeframe: "30d", target: slo.objective }],
      tags,
    });
    for (const [short, long, factor, severity] of BURN_WINDOWS) {
      new Monitor(stack, `${id}-burn-${long}`, {
        name: `[${severity}] ${slo.service} ${slo.name}: error budget burn ${factor}x over ${long}`,
        type: "slo alert",
        query: `burn_rate("${objective.id}").over("30d").long_window("${long}").short_window("${short}") > ${factor}`,
        message: severity === "page" ? "@pagerduty-bench" : "@slack-bench",
        monitorThresholds: { critical: String(factor) },
        tags: [...tags, `severity:${severity}`],
      });
    }
    new Dashboard(stack, `${id}-dashboard`, { configJson: dashboardJson(slo, id), folder: "slo" });
    const group = ruleGroup(slo, id);
    new PrometheusRule(chart, `${id}-rules`, {
      metadata: { name: id },
      spec: { groups: [{ ...group, rules: group.rules.map((rule) => ({ ...rule, expr: PrometheusRuleSpecGroupsRulesExpr.fromString(rule.expr) })) }] },
    });
    groups.push(group);
  }
  terraform.synth();
  kubernetes.synth();
  mkdirSync(join(folder, "prometheus"));
  writeFileSync(join(folder, "prometheus", "slos.rules.yml"), stringify({ groups }));
}

if (require.main === module) {
  measureAndPrint(synthBaseline);
}
