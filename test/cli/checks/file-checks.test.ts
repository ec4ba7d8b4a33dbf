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

describe("promqlCheck", () => {
  it("counts every expression and names each one the PromQL grammar rejects by file, group, rule and column", () => {
    const good = write("prod/prometheus/good.rules.yml", "groups:\n  - name: g\n    rules:\n      - record: r\n        expr: sum(rate(x[5m]))\n");
    const bad = write(
      "prod/prometheus/bad.rules.yml",
      "groups:\n  - name: alerts\n    rules:\n      - record: ok\n        expr: up\n      - alert: Broken\n        expr: sum(rate(x[5m]) >\n      - alert: Missing\n",
    );
    const notYaml = write("prod/tests/stand-in.rules.yml", "groups: [");
    expect(promqlCheck(outdir, [good, bad, notYaml])).toEqual({
      name: "PromQL parse",
      ok: false,
      counts: "4 expressions in 3 rule files",
      failures: [
        'prod/prometheus/bad.rules.yml: group "alerts", rule 2 (alert Broken): syntax error at column 18, near "the end of the expression"',
        'prod/prometheus/bad.rules.yml: group "alerts", rule 3 (alert Missing): the expression is not a string',
        expect.stringMatching(/^prod\/tests\/stand-in\.rules\.yml: not YAML: /),
      ],
    });
    expect(promqlCheck(outdir, [good]).ok).toBe(true);
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
      ok: false,
      counts: "3 objects in 1 manifest, 1 without a CRD not checked",
      failures: [
        "prod/kubernetes/slo.yaml: PrometheusRule monitoring/broken: /spec/groups/0/rules/0/for must be string",
        expect.stringMatching(/^prod\/kubernetes\/slo\.yaml: PrometheusRules typo: No CRD in src\/providers\/schemas\/crds\/ defines kind PrometheusRules/),
      ],
    });
  });
});
