import { describe, expect, it } from "vitest";
import { dataSourceProblems, type DeclaredDashboard, type DeclaredDataSource } from "../../../src/domain/platform/data-sources";

const prometheusRead = { type: "prometheus", variable: "datasource" };
const datadogRead = { type: "grafana-datadog-datasource", variable: "datadog" };
const dashboards: DeclaredDashboard[] = [
  { path: "production/availability", dashboard: { title: "SLO checkout availability", reads: [prometheusRead] } },
  { path: "production/web-rum", dashboard: { title: "Real users checkout-web", reads: [datadogRead] } },
];
const prometheus = { path: "production/platform", source: { name: "Prometheus", type: "prometheus", uid: "prometheus", isDefault: true } };
const grafana = (...dataSources: DeclaredDataSource[]) => ({ declaredBy: ["production/platform"], dataSources });

describe("the data-source check", () => {
  it("names the dashboard, its variable, the missing type, what the stack has and the fix", () => {
    expect(dataSourceProblems(dashboards, grafana(prometheus))).toEqual([
      'production/web-rum: the Grafana dashboard "Real users checkout-web" reads a data source of type "grafana-datadog-datasource" through its $datadog variable, ' +
        'and no data source of the stack has that type (it has "Prometheus" (prometheus, uid prometheus) from production/platform); ' +
        "on production/platform, set grafana.datadog on it (the Secret with Datadog's API and application keys); or, for a Grafana of your own, list its data source of that type in grafana.existing",
    ]);
  });

  it("passes when every type read is provided, and checks nothing when the stack declares no Grafana", () => {
    const datadog = { path: "production/platform", source: { name: "Datadog", type: "grafana-datadog-datasource", uid: "datadog", isDefault: false } };
    expect(dataSourceProblems(dashboards, grafana(prometheus, datadog))).toEqual([]);
    expect(dataSourceProblems(dashboards, undefined)).toEqual([]);
    expect(dataSourceProblems(dashboards, grafana()).map((problem) => problem.split(" (it has ")[1].split(")")[0])).toEqual(["none", "none"]);
  });

  it("reports a dashboard once per type though several declarations write it, and uids given twice", () => {
    const executive = { title: "Business KPIs", reads: [prometheusRead] };
    const datadog = { path: "production/platform", source: { name: "Datadog", type: "grafana-datadog-datasource", uid: "datadog", isDefault: false } };
    const again = { path: "production/platform", source: { name: "Datadog EU", type: "grafana-datadog-datasource", uid: "datadog", isDefault: false } };
    const problems = dataSourceProblems(
      [
        { path: "production/revenue", dashboard: executive },
        { path: "production/signups", dashboard: executive },
      ],
      grafana(datadog, again),
    );
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^production\/revenue: the Grafana dashboard "Business KPIs" reads a data source of type "prometheus" through its \$datasource variable, .*declare prometheus on it, or set grafana.prometheusUrl/);
    expect(problems[1]).toBe(
      'production/platform: data source "Datadog EU" (grafana-datadog-datasource, uid datadog) has the uid of "Datadog" (grafana-datadog-datasource, uid datadog) from production/platform; give each data source its own uid',
    );
  });
});
