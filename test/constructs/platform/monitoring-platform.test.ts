import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { LogPolicy, MonitoringApp, MonitoringPlatform, ServiceSlo, type MonitoringPlatformProps, type MonitoringStack } from "../../../constructs";
import { hasCrdGroup, validateAgainstCrd, type KubernetesObject } from "../../../src/cli/checks/crd-schema";
import { declareOrganisation } from "../../../stacks/organisation";
import { settingsFrom } from "../../../stacks/settings";
import { availabilityProps, synthProblems, team, testApp, testStack } from "../../support/app";
import { PROJECT_ROOT, readTree } from "../../support/files";
import { kubernetesObjects } from "../../support/outputs";

type Selector = { matchLabels: Record<string, string> };
/** A manifest as read from YAML: its spec of any shape. */
type Manifest = KubernetesObject & { metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> }; spec: Record<string, any> };

/** Whether a label selector (matchLabels only, as the platform writes them) selects an object. */
const selects = (selector: Selector, object: Manifest) => Object.entries(selector.matchLabels).every(([key, value]) => object.metadata.labels?.[key] === value);
const objectsOf = (files: Map<string, string>, file: string) => parseAllDocuments(files.get(file) as string).map((document) => document.toJS() as Manifest);
const ofKind = (objects: readonly Manifest[], kind: string) => objects.filter((object) => object.kind === kind);

/** The kinds a Prometheus selects, by its selector's prop. */
const PROMETHEUS_SELECTS = { PrometheusRule: "ruleSelector", ServiceMonitor: "serviceMonitorSelector", PodMonitor: "podMonitorSelector", Probe: "probeSelector" } as const;

/**
 * The example organisation's output, read from the committed snapshots, which the example's snapshot test proves
 * equal to a fresh synth; the organisation is declared for what its stacks plan.
 */
const files = (stack: string) => readTree(join(PROJECT_ROOT, "snapshots", "dist", stack));

describe("MonitoringPlatform on the example organisation's production stack", () => {
  const app = new MonitoringApp();
  let production: Manifest[];
  let staging: Manifest[];
  let platform: Manifest[];

  beforeAll(() => {
    declareOrganisation(app, settingsFrom({}));
    const manifests = (stack: string) => kubernetesObjects(new Map([...files(stack)].map(([path, text]) => [`${stack}/${path}`, text]))).map(({ object }) => object as Manifest);
    production = manifests("production");
    staging = manifests("staging");
    platform = objectsOf(files("production"), "kubernetes/platform.yaml");
  });

  it("writes objects their CRDs accept: Prometheus, Alertmanager, Grafana, data sources, Elasticsearch, Kibana, Logstash, Filebeat", () => {
    expect(platform.map(({ kind, metadata }) => `${kind} ${metadata.name}`)).toEqual([
      "ServiceAccount watchkeeper-prometheus",
      "ClusterRole watchkeeper-prometheus-monitoring",
      "ClusterRoleBinding watchkeeper-prometheus-monitoring",
      "Prometheus watchkeeper",
      "Alertmanager watchkeeper",
      "Grafana watchkeeper",
      "GrafanaDatasource watchkeeper-prometheus",
      "GrafanaDatasource watchkeeper-elasticsearch-logs",
      "GrafanaDatasource watchkeeper-datadog",
      "Elasticsearch watchkeeper",
      "Kibana watchkeeper",
      "Logstash watchkeeper",
      "ServiceAccount watchkeeper-filebeat",
      "ClusterRole watchkeeper-filebeat-monitoring",
      "ClusterRoleBinding watchkeeper-filebeat-monitoring",
      "Beat watchkeeper",
    ]);
    const custom = platform.filter(hasCrdGroup);
    expect(custom).toHaveLength(10);
    for (const object of custom) {
      expect(validateAgainstCrd(object), `${object.kind} ${object.metadata.name}`).toEqual([]);
    }
    expect(platform.filter((object) => object.kind.startsWith("Cluster")).map((object) => object.metadata.namespace)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("has a Prometheus that selects exactly the stack's rules, monitors and Probes, in any namespace", () => {
    const [prometheus] = ofKind(platform, "Prometheus");
    for (const [kind, prop] of Object.entries(PROMETHEUS_SELECTS)) {
      expect(prometheus.spec[`${prop.replace("Selector", "NamespaceSelector")}`], kind).toEqual({});
      const ours = ofKind(production, kind);
      expect(ours.length, kind).toBeGreaterThan(0);
      expect(ours.filter((object) => !selects(prometheus.spec[prop], object)).map((object) => object.metadata.name), `${kind} not selected`).toEqual([]);
      expect(ofKind(staging, kind).filter((object) => selects(prometheus.spec[prop], object)).map((object) => object.metadata.name), `staging's ${kind} selected`).toEqual([]);
    }
    const namespaces = new Set(["ServiceMonitor", "PodMonitor"].flatMap((kind) => ofKind(production, kind).map((object) => object.metadata.namespace)));
    expect(namespaces.size, "monitors in several namespaces").toBeGreaterThan(1);
  });

  it("keeps the stack's 30 days on a volume sized from the estimated series, and sends alerts to the Alertmanager", () => {
    const [prometheus] = ofKind(platform, "Prometheus");
    expect(prometheus.spec).toMatchObject({
      retention: "30d",
      retentionSize: "4GiB",
      scrapeInterval: "30s",
      storage: { volumeClaimTemplate: { spec: { resources: { requests: { storage: "5Gi" } } } } },
      alerting: { alertmanagers: [{ namespace: "monitoring", name: "alertmanager-operated", port: "web", apiVersion: "v2" }] },
    });
    expect(prometheus.metadata.annotations?.["watchkeeper.io/sizing"]).toBe(
      "24400 active series / 30s = 813.3 samples/s; blocks 813.3 × 30d × 2 B = 3.93 GiB; WAL 813.3 × 3h × 16 B = 0.13 GiB; (blocks + WAL) × 1.2 = 5Gi volume, retentionSize 4GiB",
    );
  });

  it("has an Alertmanager that takes the stack's AlertmanagerConfig, in its namespace, and applies it to every alert", () => {
    const [alertmanager] = ofKind(platform, "Alertmanager");
    expect(alertmanager.spec.alertmanagerConfigMatcherStrategy).toEqual({ type: "None" });
    expect(alertmanager.spec).not.toHaveProperty("alertmanagerConfigNamespaceSelector"); // its own namespace only
    const configs = ofKind(production, "AlertmanagerConfig");
    expect(configs.map((config) => [config.metadata.name, config.metadata.namespace, selects(alertmanager.spec.alertmanagerConfigSelector, config)])).toEqual([
      ["watchkeeper-routing", alertmanager.metadata.namespace, true],
    ]);
    expect(ofKind(staging, "AlertmanagerConfig").some((config) => selects(alertmanager.spec.alertmanagerConfigSelector, config))).toBe(false);
  });

  it("gives Grafana the label its dashboards select, and Prometheus as its default data source", () => {
    const [grafana] = ofKind(platform, "Grafana");
    const dashboards = ofKind(production, "GrafanaDashboard");
    expect(dashboards.length).toBeGreaterThan(0);
    expect(dashboards.every((dashboard) => selects(dashboard.spec.instanceSelector, grafana))).toBe(true);
    const sources = ofKind(platform, "GrafanaDatasource");
    expect(sources.every((source) => selects(source.spec.instanceSelector, grafana))).toBe(true);
    expect(sources.map(({ spec }) => [spec.uid, spec.datasource.type, spec.datasource.isDefault, spec.datasource.url])).toEqual([
      ["prometheus", "prometheus", true, "http://prometheus-operated.monitoring.svc:9090"],
      ["elasticsearch-logs", "elasticsearch", false, "https://watchkeeper-es-http.monitoring.svc:9200"],
      ["datadog", "grafana-datadog-datasource", false, undefined],
    ]);
  });

  it("sizes Elasticsearch's hot, warm and cold node sets from the log policies' phases and ingest, behind 3 masters", () => {
    const [elasticsearch] = ofKind(platform, "Elasticsearch");
    type NodeSet = { name: string; count: number; config: { "node.roles": string[] }; volumeClaimTemplates: Array<{ spec: { resources: { requests: { storage: string } } } }> };
    const nodeSets = elasticsearch.spec.nodeSets as NodeSet[];
    expect(nodeSets.map((set) => [set.name, set.count, set.config["node.roles"], set.volumeClaimTemplates[0].spec.resources.requests.storage])).toEqual([
      ["master", 3, ["master"], "10Gi"],
      ["hot", 2, ["data_hot", "data_content", "ingest"], "245Gi"],
      ["warm", 2, ["data_warm"], "569Gi"],
      ["cold", 2, ["data_cold"], "395Gi"],
    ]);
    const [filebeat] = ofKind(platform, "Beat");
    expect(filebeat.spec).toMatchObject({ type: "filebeat", config: { "output.logstash": { hosts: ["watchkeeper-ls-beats.monitoring.svc:5044"] } } });
  });

  it("declares what each dashboard of the example organisation reads, as its JSON reads it", () => {
    for (const stack of ["production", "staging"]) {
      const plan = (app.node.findChild(stack) as MonitoringStack).plan();
      const declared = new Map(plan.dashboards().map(({ dashboard }) => [dashboard.title, dashboard.reads.map((read) => `${read.type} $${read.variable}`)]));
      const written = [...files(stack)].filter(([path]) => path.startsWith("grafana/")).map(([, text]) => JSON.parse(text) as DashboardJson);
      expect(written.length).toBeGreaterThan(10);
      expect(new Map(written.map((dashboard) => [dashboard.title, variables(dashboard)]))).toEqual(declared);
    }
  });

  it("labels everything a stack writes with the stack, so that another stack's platform leaves it alone", () => {
    expect(production.filter((object) => object.metadata.labels?.["watchkeeper.io/stack"] !== "production")).toEqual([]);
    expect(staging.filter((object) => object.metadata.labels?.["watchkeeper.io/stack"] !== "staging")).toEqual([]);
  });
});

describe("the data-source check", () => {
  function problemsWith(platform: MonitoringPlatformProps): string[] {
    const test = testApp();
    const stack = testStack(test.app, "production");
    new ServiceSlo(stack, "availability", availabilityProps({ owner: team(stack) }));
    new MonitoringPlatform(stack, "platform", platform);
    return synthProblems(test.app);
  }

  it("fails synth on a dashboard that reads a data source type the stack's Grafana lacks, naming the dashboard and the fix", () => {
    expect(problemsWith({ grafana: { existing: [{ name: "Logs", type: "elasticsearch", uid: "logs" }] } })).toEqual([
      'production/availability: the Grafana dashboard "SLO checkout availability" reads a data source of type "prometheus" through its $datasource variable, ' +
        'and no data source of the stack has that type (it has "Logs" (elasticsearch, uid logs) from production/platform); ' +
        "on production/platform, declare prometheus on it, or set grafana.prometheusUrl to a Prometheus of your own; or, for a Grafana of your own, list its data source of that type in grafana.existing",
    ]);
    expect(problemsWith({ grafana: {} })).toHaveLength(1);
  });

  it("passes with the type provided, by a team's own Grafana (nothing written) or the platform's", () => {
    const test = testApp();
    const stack = testStack(test.app, "production");
    new ServiceSlo(stack, "availability", availabilityProps({ owner: team(stack) }));
    new MonitoringPlatform(stack, "platform", { grafana: { existing: [{ name: "Thanos", type: "prometheus", uid: "thanos", isDefault: true }] } });
    test.app.synth();
    expect([...test.files("production").keys()].filter((path) => path.includes("platform"))).toEqual([]);
    expect(() => {
      const other = testApp();
      const owned = testStack(other.app, "production");
      new ServiceSlo(owned, "availability", availabilityProps({ owner: team(owned) }));
      new MonitoringPlatform(owned, "platform", { grafana: { prometheusUrl: "http://thanos-query.monitoring.svc:9090" } });
      other.app.synth();
    }).not.toThrow();
  });

  it("checks nothing in a stack that declares no Grafana, as before the platform existed", () => {
    const test = testApp();
    const stack = testStack(test.app, "production");
    new ServiceSlo(stack, "availability", availabilityProps({ owner: team(stack) }));
    expect(() => test.app.synth()).not.toThrow();
  });

});

interface DashboardJson {
  title: string;
  templating: { list: Array<{ type: string; name: string; query: string }> };
}
/** The data source variables of a dashboard, as `<type> $<name>`. */
const variables = (dashboard: DashboardJson) => dashboard.templating.list.filter((variable) => variable.type === "datasource").map((variable) => `${variable.query} $${variable.name}`);

describe("MonitoringPlatform in a stack of its own", () => {
  it("sizes the Prometheus from declared active series and sends to a declared Alertmanager", () => {
    const test = testApp();
    const stack = testStack(test.app, "production", { prometheusRetention: "15d" });
    new MonitoringPlatform(stack, "platform", { prometheus: { activeSeries: 100_000, alertmanager: { namespace: "observability", name: "alertmanager-main" } } });
    test.app.synth();
    const [prometheus] = ofKind(objectsOf(test.files("production"), "kubernetes/platform.yaml"), "Prometheus");
    expect(prometheus.spec).toMatchObject({
      retention: "15d",
      retentionSize: "9GiB",
      storage: { volumeClaimTemplate: { spec: { resources: { requests: { storage: "11Gi" } } } } },
      alerting: { alertmanagers: [{ namespace: "observability", name: "alertmanager-main", port: "web" }] },
    });
  });

  it("is declared once per stack, and its Elasticsearch needs the ingest of every ILM policy", () => {
    const test = testApp();
    const stack = testStack(test.app, "production");
    new LogPolicy(stack, "app-logs", { service: "checkout", category: "application", datadog: false });
    new MonitoringPlatform(stack, "platform", { elastic: { ingestGbPerDay: {} } });
    new MonitoringPlatform(stack, "again", { alertmanager: {} });
    const problems = synthProblems(test.app);
    expect(problems).toContain(
      'production/platform: elastic.ingestGbPerDay: no ingest for the log policy checkout-application (production/app-logs), which the cluster\'s tiers are sized from; add "checkout-application": <gb a day>',
    );
    expect(problems.some((problem) => problem.includes("production/again") && problem.includes("production/platform"))).toBe(true);
  });
});

describe("MonitoringPlatform props out of range", () => {
  const NOT_A_SLUG = 'has no letters or digits (a-z, 0-9), so it has no slug for file and vendor names; add some, e.g. "checkout"';
  // Each prop on its own, checked by the schema: one problem, at the prop's path, with the fix.
  it.each<[string, MonitoringPlatformProps, string]>([
    ["a Prometheus of no replicas", { prometheus: { replicas: 0 }, alertmanager: {} }, "prometheus.replicas: 0 is not a whole number of 1 or more"],
    ["a fraction of a series", { prometheus: { activeSeries: 1.5 }, alertmanager: {} }, "prometheus.activeSeries: 1.5 is not a whole number of 1 or more"],
    ["a scrape interval that is no duration", { prometheus: { scrapeInterval: "often" }, alertmanager: {} }, 'prometheus.scrapeInterval: "often" is not a duration; write it like 30d, 6h, 1h30m or 500ms'],
    ["a scrape interval past staleness", { prometheus: { scrapeInterval: "10m" }, alertmanager: {} }, 'prometheus.scrapeInterval: "10m" is longer than 5m, the longest this prop takes; use 5m or less'],
    ["an Alertmanager namespace with capitals", { prometheus: { alertmanager: { namespace: "Observability", name: "alertmanager-main" } } }, 'prometheus.alertmanager.namespace: "Observability" is not a Kubernetes namespace name; use at most 63 lower-case letters, digits and dashes, starting and ending with a letter or digit, e.g. "monitoring"'],
    ["an Alertmanager of half a replica", { alertmanager: { replicas: 0.5 } }, "alertmanager.replicas: 0.5 is not a whole number of 1 or more"],
    ["a Prometheus address without scheme", { grafana: { prometheusUrl: "prometheus:9090" } }, 'grafana.prometheusUrl: "prometheus:9090" is not an absolute web address; write it with its scheme and host, e.g. "https://grafana.example.com"'],
    ["a Grafana of its own without data sources", { grafana: { existing: [] } }, "grafana.existing: no data source; list your Grafana's data sources, or remove existing to deploy a Grafana"],
    ["a Datadog secret key with a slash", { grafana: { datadog: { secret: "datadog", apiKeyKey: "api/key" } } }, 'grafana.datadog.apiKeyKey: "api/key" is not a Kubernetes secret key; use at most 253 letters, digits, dashes, underscores and dots, e.g. "slack-webhook"'],
    ["no ingest", { elastic: { ingestGbPerDay: { "checkout-application": 0 } } }, "elastic.ingestGbPerDay.checkout-application: 0 must be above 0"],
    ["a disk of no gb", { elastic: { ingestGbPerDay: { "checkout-application": 2 }, maxDiskPerNodeGb: -1 } }, "elastic.maxDiskPerNodeGb: -1 is not a whole number of 1 or more"],
    ["no Logstash", { elastic: { ingestGbPerDay: { "checkout-application": 2 }, logstashReplicas: 0 } }, "elastic.logstashReplicas: 0 is not a whole number of 1 or more"],
    ["a default category without letters", { elastic: { ingestGbPerDay: { "checkout-application": 2 }, defaultCategory: "!!" } }, `elastic.defaultCategory: "!!" ${NOT_A_SLUG}`],
  ])("refuses %s at its prop, with the fix", (_, props, problem) => {
    const test = testApp();
    const stack = testStack(test.app, "production");
    new LogPolicy(stack, "app-logs", { service: "checkout", category: "application", datadog: false });
    new MonitoringPlatform(stack, "platform", props);
    expect(synthProblems(test.app)).toEqual([`production/platform: ${problem}`]);
  });
});
