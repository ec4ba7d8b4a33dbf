import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { crdCheck } from "../../../src/cli/checks/crd-check";
import { promqlCheck } from "../../../src/cli/checks/promql-check";

const outdir = mkdtempSync(join(tmpdir(), "watchkeeper-checks-"));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

/** Writes a file under the output folder and returns its path relative to it. */
function write(path: string, text: string): string {
  mkdirSync(dirname(join(outdir, path)), { recursive: true });
  writeFileSync(join(outdir, path), text);
  return path;
}

const NO_FILES = { rules: [], manifests: [], dashboards: [] };

describe("promqlCheck", () => {
  it("counts every expression and names each one the PromQL grammar rejects by file, group, rule, line and column", () => {
    const good = write("prod/prometheus/good.rules.yml", "groups:\n  - name: g\n    rules:\n      - record: r\n        expr: sum(rate(x[5m]))\n");
    const bad = write(
      "prod/prometheus/bad.rules.yml",
      "groups:\n  - name: alerts\n    rules:\n      - record: ok\n        expr: up\n      - alert: Broken\n        expr: sum(rate(x[5m]) >\n      - alert: Missing\n",
    );
    const notYaml = write("prod/tests/stand-in.rules.yml", "groups: [");
    expect(promqlCheck(outdir, { ...NO_FILES, rules: [good, bad, notYaml] })).toEqual({
      name: "PromQL parse",
      status: "failed",
      counts: "4 expressions: 4 in 3 rule files",
      failures: [
        'prod/prometheus/bad.rules.yml: group "alerts", rule 2 (alert Broken): syntax error at column 4: the "(" here is never closed\n1 | sum(rate(x[5m]) >\n  |    ^',
        'prod/prometheus/bad.rules.yml: group "alerts", rule 3 (alert Missing): the expression is not a string',
        expect.stringMatching(/^prod\/tests\/stand-in\.rules\.yml: not a rule file: /),
      ],
    });
    expect(promqlCheck(outdir, { ...NO_FILES, rules: [good] }).status).toBe("ok");
  });

  it("finds a broken expression in a PrometheusRule whose rule file is fine, as kubectl apply would deploy it", () => {
    const rules = write("prod/prometheus/slo.rules.yml", "groups:\n  - name: slo\n    rules:\n      - alert: Burn\n        expr: sum(rate(errors[5m])) > 1\n");
    const manifest = write(
      "prod/kubernetes/slo.yaml",
      "apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata: { name: slo, namespace: monitoring }\n" +
        "spec:\n  groups:\n    - name: slo\n      rules:\n        - alert: Burn\n          expr: sum(rate(errors[5m]) > 1\n",
    );
    const result = promqlCheck(outdir, { ...NO_FILES, rules: [rules], manifests: [manifest] });
    expect(result.counts).toBe("2 expressions: 1 in 1 rule file, 1 in 1 manifest");
    expect(result.failures).toEqual([
      'prod/kubernetes/slo.yaml: PrometheusRule monitoring/slo, group "slo", rule 1 (alert Burn): syntax error at column 4: the "(" here is never closed\n' +
        "1 | sum(rate(errors[5m]) > 1\n  |    ^",
    ]);
  });

  it("reads the queries of Argo AnalysisTemplates, Flagger MetricTemplates and Grafana dashboards, placeholders filled", () => {
    const dashboard = (expr: string) => JSON.stringify({ title: "Checkout", panels: [{ title: "Row", panels: [{ title: "Errors", targets: [{ refId: "A", expr }] }] }] });
    const manifest = write(
      "prod/kubernetes/gate.yaml",
      [
        "apiVersion: argoproj.io/v1alpha1\nkind: AnalysisTemplate\nmetadata: { name: gate }\nspec:\n  metrics:",
        "    - name: budget\n      provider: { prometheus: { query: 'slo_budget{service=\"{{args.service}}\"}[{{args.window}}] > 0' } }",
        "    - name: broken\n      provider: { prometheus: { query: 'slo_budget >' } }",
        "    - name: web\n      provider: { web: { url: http://example.com } }",
        "---\napiVersion: flagger.app/v1beta1\nkind: MetricTemplate\nmetadata: { name: errors, namespace: monitoring }",
        "spec:\n  provider: { type: prometheus }\n  query: 'sum(rate(errors{namespace=\"{{ namespace }}\"}[{{ interval }}]))'",
        "---\napiVersion: flagger.app/v1beta1\nkind: MetricTemplate\nmetadata: { name: dd }\nspec:\n  provider: { type: datadog }\n  query: 'avg:errors{*}'",
        "---\napiVersion: grafana.integreatly.org/v1beta1\nkind: GrafanaDashboard\nmetadata: { name: checkout }",
        `spec:\n  json: '${dashboard("rate(errors[$__rate_interval])")}'`,
        "",
      ].join("\n"),
    );
    const file = write("prod/grafana/checkout.json", dashboard("sum(rate(errors[5m]) /"));
    const result = promqlCheck(outdir, { ...NO_FILES, manifests: [manifest], dashboards: [file] });
    expect(result.counts).toBe("5 expressions: 4 in 1 manifest, 1 in 1 dashboard");
    expect(result.failures).toEqual([
      expect.stringMatching(/^prod\/kubernetes\/gate\.yaml: AnalysisTemplate gate, metric "broken": syntax error at column 13, /),
      expect.stringMatching(/^prod\/grafana\/checkout\.json: dashboard "Checkout", panel "Errors", query A: syntax error at column 4: /),
    ]);
  });

  it("is skipped, not passed, when the output carries no PromQL", () => {
    expect(promqlCheck(outdir, NO_FILES)).toEqual({ name: "PromQL parse", status: "skipped", reason: "no PromQL", counts: "", failures: [] });
  });
});

describe("crdCheck", () => {
  const rule = (name: string, forValue: string) =>
    `apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata: { name: ${name}, namespace: monitoring }\n` +
    `spec:\n  groups:\n    - name: g\n      rules: [{ alert: A, expr: up == 0, for: ${forValue} }]\n`;

  it("checks every document of its API group's CRD, names the object and the JSON pointer, and counts core kinds apart", () => {
    const manifest = write(
      "prod/kubernetes/slo.yaml",
      `${rule("fine", "5m")}---\n${rule("broken", "5")}---\napiVersion: v1\nkind: ConfigMap\nmetadata: { name: c }\n---\n` +
        "apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRules\nmetadata: { name: typo }\n",
    );
    expect(crdCheck(outdir, [manifest])).toEqual({
      name: "Kubernetes CRD schemas",
      status: "failed",
      counts: "3 objects in 1 manifest, 1 without a CRD not checked",
      failures: [
        "prod/kubernetes/slo.yaml: PrometheusRule monitoring/broken: /spec/groups/0/rules/0/for must be string",
        expect.stringMatching(/^prod\/kubernetes\/slo\.yaml: PrometheusRules typo: No CRD in src\/providers\/schemas\/crds\/ defines kind PrometheusRules/),
      ],
    });
  });

  it("is skipped without a manifest, or without a custom resource in them", () => {
    expect(crdCheck(outdir, [])).toMatchObject({ status: "skipped", reason: "no Kubernetes manifest" });
    const core = write("prod/kubernetes/core.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: { name: c }\n");
    expect(crdCheck(outdir, [core])).toMatchObject({ status: "skipped", reason: "no custom resource", counts: "1 object in 1 manifest, none with a CRD" });
  });
});
