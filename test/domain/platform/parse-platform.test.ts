import { describe, expect, it } from "vitest";
import { Duration } from "../../../src/domain/duration";
import { parseRetention, type Retention } from "../../../src/domain/logs/retention";
import { parsePlatform } from "../../../src/domain/platform/parse-platform";
import type { MonitoringPlatformProps } from "../../../src/domain/platform/platform-props";
import type { PlatformContext } from "../../../src/domain/platform/platform-spec";
import { parsing } from "../../support/problems";

const retention = parseRetention({ retentionDays: 30 }).retention as Retention;
const context: PlatformContext = {
  namespace: "monitoring",
  environment: "production",
  selector: { "app.kubernetes.io/managed-by": "watchkeeper", "watchkeeper.io/stack": "production" },
  prometheusRetention: Duration.parse("30d"),
  logPolicies: [{ id: "checkout-application", path: "production/app-logs", retention, lifecycle: "ilm" }],
};
const parse = (props: MonitoringPlatformProps, overrides: Partial<PlatformContext> = {}) =>
  parsing((problems) => parsePlatform(props, { ...context, ...overrides }, problems));

describe("MonitoringPlatform props", () => {
  it("default every part: Prometheus v3.5.0 ×2 at 30s with the stack's retention, Alertmanager ×3, Grafana reading both", () => {
    const { parsed, problems } = parse({ prometheus: {}, alertmanager: {}, grafana: {}, elastic: { ingestGbPerDay: { "checkout-application": 2 } } });
    expect(problems).toEqual([]);
    expect(parsed?.prometheus).toMatchObject({ version: "v3.5.0", replicas: 2, alertmanager: { namespace: "monitoring", name: "alertmanager-operated", port: "web" } });
    expect(parsed?.prometheus?.scrapeInterval.toString()).toBe("30s");
    expect(parsed?.prometheus?.retention.toString()).toBe("30d");
    expect(parsed?.alertmanager).toEqual({ version: "v0.28.1", replicas: 3 });
    expect(parsed?.grafana?.deployed?.prometheusUrl).toBe("http://prometheus-operated.monitoring.svc:9090");
    expect(parsed?.grafana?.dataSources.map(({ type, uid, isDefault }) => [type, uid, isDefault])).toEqual([
      ["prometheus", "prometheus", true],
      ["elasticsearch", "elasticsearch-logs", false],
    ]);
    expect(parsed?.elastic).toMatchObject({ version: "9.1.0", logstashReplicas: 2, defaultCategory: "application", dataStreamNamespace: "production" });
    expect(parsed?.selector).toEqual(context.selector);
  });

  it("declare a team's own Grafana by its data sources, deploying none", () => {
    const existing = [{ name: "Thanos", type: "prometheus", uid: "thanos", isDefault: true }];
    const { parsed, problems } = parse({ grafana: { existing } });
    expect(problems).toEqual([]);
    expect(parsed?.grafana).toEqual({ dataSources: existing });
  });

  it("report every problem of the parts against each other and the stack at once, each with its fix", () => {
    const { parsed, problems } = parse(
      {
        prometheus: {},
        grafana: { existing: [{ name: "Thanos", type: "prometheus", uid: "thanos" }], version: "12.1.0" },
        elastic: { ingestGbPerDay: { "checkout-audit": 1 } },
      },
      { logPolicies: [...context.logPolicies, { id: "ingress-access", path: "production/ingress", retention, lifecycle: "data-stream" }] },
    );
    expect(parsed).toBeUndefined();
    expect(problems).toEqual([
      "prometheus.alertmanager: the platform declares no Alertmanager, so the Prometheus would send its alerts nowhere; declare alertmanager on the platform, or set prometheus.alertmanager to the Service of yours",
      "grafana.version: set for a Grafana the platform deploys, but existing declares the team's own; remove them, or remove existing",
      "elastic: the log policy ingress-access (production/ingress) is for a serverless cluster (elastic.serverless), but the platform's Elasticsearch runs ILM; remove serverless from the policy, or leave elastic out of the platform",
      'elastic.ingestGbPerDay: "checkout-audit" is no log policy of the stack that keeps logs on Elastic; use one of: checkout-application',
      'elastic.ingestGbPerDay: no ingest for the log policy checkout-application (production/app-logs), which the cluster\'s tiers are sized from; add "checkout-application": <gb a day>',
    ]);
  });

  it("need a part, and a stack id that can be a label value for the selectors", () => {
    expect(parse({}).problems).toEqual(["no part is declared; declare prometheus, alertmanager, grafana or elastic, the parts of the platform the team runs"]);
    expect(parse({ alertmanager: {} }, { selector: undefined }).problems).toEqual([
      "the stack's id cannot be a Kubernetes label value, which the Prometheus and Alertmanager select the stack's objects by; give the stack an id of at most 63 letters, digits, dashes and underscores, starting and ending with a letter or digit",
    ]);
  });
});
