import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import type { MonitoringStack, OnCallTeam, ServiceSlo } from "../../../constructs";
import { importedSlosModule } from "../../../src/cli/interchange/render-typescript";
import { importSloth, type SlothSpec } from "../../../src/domain/interchange/import-sloth";
import { team, testApp, testStack } from "../../support/app";
import { parsing } from "../../support/problems";

const ROOT = join(__dirname, "../../..");
const SPEC = parse(readFileSync(join(ROOT, "test/fixtures/interchange/sloth-k8s-apiserver.yaml"), "utf8")) as SlothSpec;

interface Rule {
  readonly record?: string;
  readonly alert?: string;
  readonly expr: string;
  readonly labels?: Record<string, string>;
  readonly annotations?: Record<string, string>;
}

/** The module `watchkeeper import sloth` writes, run against this checkout's constructs, then synthesized. */
async function synthesizedImport(): Promise<Map<string, string>> {
  const { parsed, problems } = parsing((found) => importSloth(SPEC, found));
  expect(problems).toEqual([]);
  const folder = join(ROOT, "test-artifacts/interchange");
  mkdirSync(folder, { recursive: true });
  const module = importedSlosModule(parsed ?? [], "watchkeeper import sloth sloth-k8s-apiserver.yaml").replace('"watchkeeper"', JSON.stringify(join(ROOT, "constructs")));
  writeFileSync(join(folder, "imported-slos.ts"), module);
  const { importedSlos } = (await import(join(folder, "imported-slos.ts"))) as { importedSlos: (stack: MonitoringStack, owner: OnCallTeam) => ServiceSlo[] };
  const test = testApp();
  const stack = testStack(test.app, "production", {
    externalSignals: [{ description: "the API server", metrics: ["apiserver_request_*"], labels: ["code", "verb", "le"] }],
  });
  importedSlos(stack, team(stack, "platform"));
  test.app.synth();
  return test.files("production");
}

describe("watchkeeper import sloth", () => {
  it("reads Sloth's example spec: names, objectives, labels, SLIs and alerting", () => {
    const { parsed } = parsing((found) => importSloth(SPEC, found));
    expect(parsed?.map(({ id, props }) => [id, props.objective, props.runbookUrl, Object.keys(props.sli)[0], props.alerting?.name, props.alerting?.ticket?.disable])).toEqual([
      ["k8s-apiserver-requests-availability", 99.9, "https://github.com/kubernetes-monitoring/kubernetes-mixin/tree/master/runbook.md#alert-name-kubeapierrorshigh", "events", "K8sApiserverAvailabilityAlert", undefined],
      ["k8s-apiserver-requests-latency", 99, "https://github.com/kubernetes-monitoring/kubernetes-mixin/tree/master/runbook.md#alert-name-kubeapilatencyhigh", "query", "K8sApiserverLatencyAlert", true],
    ]);
    expect(parsed?.[0].props.sli).toEqual({ events: { errors: 'apiserver_request_total{code=~"(5..|429)"}', total: "apiserver_request_total" } });
    expect(parsed?.[0].props.labels).toEqual({ cluster: "valhalla", component: "kubernetes" });
  });

  it("writes a module whose ServiceSlos keep Sloth's alert names, labels and severities, and its error ratio", async () => {
    const files = await synthesizedImport();
    const rules = (file: string) => (parse(files.get(file) as string) as { groups: Array<{ rules: Rule[] }> }).groups.flatMap((group) => group.rules);
    const availability = rules("prometheus/k8s-apiserver-requests-availability.rules.yml").filter((rule) => rule.alert !== undefined);
    expect(availability.map((rule) => [rule.alert, rule.labels?.severity, rule.labels?.sloth_severity, rule.labels?.category])).toEqual([
      ["K8sApiserverAvailabilityAlert", "page", "page", "availability"],
      ["K8sApiserverAvailabilityAlert", "ticket", "ticket", "availability"],
      ["K8sApiserverRequestsAvailabilitySLIMetricsAbsent", "ticket", undefined, undefined],
    ]);
    const latency = rules("prometheus/k8s-apiserver-requests-latency.rules.yml");
    expect(latency.filter((rule) => rule.alert !== undefined).map((rule) => [rule.alert, rule.labels?.sloth_severity])).toEqual([
      ["K8sApiserverLatencyAlert", "page"],
      ["K8sApiserverRequestsLatencySLIMetricsAbsent", undefined],
    ]);
    // Sloth's recording of an events SLI: the error query over the total query, at each window.
    expect(latency.find((rule) => rule.record === "slo:sli_error:ratio_rate5m")?.expr).toBe(
      [
        "((",
        "  sum(rate(apiserver_request_duration_seconds_count{verb!=\"WATCH\"}[5m]))",
        "  -",
        "  sum(rate(apiserver_request_duration_seconds_bucket{le=\"0.4\",verb!=\"WATCH\"}[5m]))",
        "))",
        "/",
        "(sum(rate(apiserver_request_duration_seconds_count{verb!=\"WATCH\"}[5m])))",
      ].join("\n"),
    );
  });

  it("names each field Watchkeeper cannot express", () => {
    const spec: SlothSpec = {
      ...SPEC,
      slos: [{ ...SPEC.slos[0], sli: { plugin: { id: "sloth-common/kubernetes/apiserver/availability" } }, alerting: { ...SPEC.slos[0].alerting, page_alert: { labels: { severity: "info" } } } }],
    };
    expect(parsing((found) => importSloth(spec, found)).problems).toEqual([
      "slos[0].sli.plugin: the SLI plugin sloth-common/kubernetes/apiserver/availability is Sloth's code; write its error ratio as sli.raw or sli.events",
      'slos[0].alerting.page_alert.labels.severity: "info" is not a page; Watchkeeper labels it severity="page" (routes matching critical or warning still match)',
    ]);
    expect(parsing((found) => importSloth({ ...SPEC, version: "prometheus/v2" }, found)).problems).toEqual([
      'version: "prometheus/v2" is not prometheus/v1; Watchkeeper reads Sloth\'s prometheus/v1 specs (OpenSLO files with watchkeeper import openslo)',
    ]);
  });
});
