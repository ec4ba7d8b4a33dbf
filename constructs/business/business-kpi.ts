import type { Construct } from "constructs";
import type { BusinessKpiProps, KpiDependencyProps } from "../../src/domain/kpi/business-kpi-props";
import { businessKpiSchema } from "../../src/domain/kpi/business-kpi-schema";
import { DEFAULT_PROMETHEUS_RETENTION } from "../../src/domain/kpi/history";
import type { KpiDependency, KpiSpec } from "../../src/domain/kpi/kpi";
import { parseKpi, type ParsedKpi } from "../../src/domain/kpi/parse-kpi";
import { camelCase, slug } from "../../src/domain/naming";
import type { Problems } from "../../src/domain/problems";
import { severityReceivers, type AlertOwner, type SeverityReceivers } from "../../src/domain/routing/routing";
import { isSloReference, type SloReference } from "../../src/domain/slo/slo-reference";
import { MonitoringConstruct } from "../../src/monitoring-construct";
import { contribute, when, type Output, type Outputs } from "../../src/outputs";
import { datadogKpiMonitors, datadogKpiProblems, writeDatadogKpi } from "../../src/targets/datadog/kpi-monitors";
import { EXECUTIVE_DASHBOARD, writeGrafanaKpiDashboard } from "../../src/targets/grafana/grafana-kpi";
import { kpiDashboardUrl, sloDashboardUrl } from "../../src/targets/grafana/uids";
import { writeGrafanaDashboard } from "../../src/targets/kubernetes/grafana-dashboard";
import { kpiRules, writeKpiRuleTests } from "../../src/targets/prometheus/kpi-rule-files";
import { prometheusDashboard } from "../../src/targets/grafana/dashboard-sources";
import { DASHBOARD_TITLES } from "../../src/targets/grafana/dashboard-titles";

/** A BusinessKpi, parsed: the KPI as the targets see it, its Datadog settings, and where its alerts go. */
interface BusinessKpiSpec {
  readonly kpi: KpiSpec;
  readonly parsed: ParsedKpi;
  readonly owner: AlertOwner;
  readonly receivers: SeverityReceivers;
}

/**
 * A business KPI (conversion rate, revenue, active users, satisfaction) declared with its meaning: which way is
 * good, its seasonality, its thresholds and floor. Watchkeeper builds its seasonal baseline and band, the alerts
 * when it leaves the band on the bad side, crosses a threshold, hits its floor or is forecast to cross a limit,
 * on Prometheus and on Datadog, and its dashboards.
 *
 * @example
 * new BusinessKpi(stack, "conversion", {
 *   service: "shop", name: "conversion-rate", owner: team,
 *   signal: { ratio: { numerator: 'orders_total{service="shop"}', denominator: 'sessions_total{service="shop"}' } },
 *   thresholds: { percentOfBaseline: 95 },
 * });
 */
export class BusinessKpi extends MonitoringConstruct<BusinessKpiProps, BusinessKpiSpec> {
  /** @internal The schema the props are checked against before parse. */
  protected static readonly schema = businessKpiSchema;

  /** The KPI's id in its stack, `<service>-<name>`: the `kpi` label, file and resource names. */
  readonly kpiId: string;

  constructor(scope: Construct, id: string, props: BusinessKpiProps) {
    super(scope, id, props);
    this.kpiId = slug(`${props.service}-${props.name}`);
    this.claimName("KPI", this.kpiId);
  }

  /** Whether an output is on (all are by default). */
  writes(target: "prometheus" | "datadog" | "grafana"): boolean {
    return this.props.outputs?.[target] ?? true;
  }

  protected parse(problems: Problems): BusinessKpiSpec | undefined {
    const { props, stack } = this;
    const retention = this.writes("prometheus") ? (stack.prometheusRetention ?? DEFAULT_PROMETHEUS_RETENTION) : undefined;
    if (this.writes("grafana") && !this.writes("prometheus")) {
      problems.add("outputs.grafana: the KPI's dashboards read its Prometheus recordings; set outputs.grafana to false too, or keep outputs.prometheus on");
    }
    const parsed = parseKpi(props, retention, problems);
    const owner = this.resolveOwner(problems, props.owner);
    if (parsed === undefined || owner === undefined) {
      return undefined;
    }
    const kpi: KpiSpec = {
      id: this.kpiId,
      service: props.service,
      name: props.name,
      description: props.description,
      signal: parsed.signal,
      rateWindow: parsed.rateWindow,
      unit: props.unit,
      direction: props.direction ?? "higher",
      seasonality: props.seasonality ?? "weekly",
      timeZone: props.timeZone ?? "UTC",
      detection: parsed.detection,
      thresholds: parsed.thresholds,
      floor: parsed.floor,
      forecast: parsed.forecast,
      severity: props.severity ?? "ticket",
      alertLabels: { team: owner.teamName, service: props.service, env: stack.environment, kpi: this.kpiId },
      alertName: camelCase(props.service, props.name),
      runbookUrl: props.runbookUrl,
      dashboardUrl: this.writes("grafana") ? kpiDashboardUrl(stack, this.kpiId) : undefined,
      dependencies: (props.dependsOn ?? []).map((dependency) => this.dependency(dependency)),
    };
    return { kpi, parsed, owner, receivers: severityReceivers(owner, props.service) };
  }

  private dependency(dependency: SloReference | KpiDependencyProps): KpiDependency {
    if (!isSloReference(dependency)) {
      return { name: dependency.name, dashboardUrl: dependency.dashboardUrl };
    }
    const slo = dependency.sloSpec();
    const url = dependency.writes("grafana") ? sloDashboardUrl(this.stack, dependency.sloId) : undefined;
    const recorded = slo !== undefined && dependency.writes("prometheus") ? { id: slo.id, service: slo.service, name: slo.name } : undefined;
    const name = slo === undefined ? `SLO ${dependency.sloId}` : `SLO ${slo.service} ${slo.name}`;
    return { name, dashboardUrl: url, slo: recorded };
  }

  protected outputs({ kpi, parsed, owner, receivers }: BusinessKpiSpec): Outputs {
    const rules = kpiRules(kpi);
    return {
      prometheus: when(this.writes("prometheus"), () => ({ rules: [rules], write: (scope) => writeKpiRuleTests(scope, kpi, rules) })),
      datadog: when(this.writes("datadog"), () => this.datadog(kpi, parsed, owner, receivers)),
      grafana: when(this.writes("grafana"), () => ({
        kubernetes: true,
        contributes: [contribute(EXECUTIVE_DASHBOARD, kpi)],
        dashboards: [DASHBOARD_TITLES.kpi(kpi.service, kpi.name), this.stack.vendorName(DASHBOARD_TITLES.executive)].map(prometheusDashboard),
        write: (scope) => writeGrafanaDashboard(scope, kpi.service, writeGrafanaKpiDashboard(scope, kpi)),
      })),
    };
  }

  private datadog(kpi: KpiSpec, parsed: ParsedKpi, owner: AlertOwner, receivers: SeverityReceivers): Output {
    const input = { query: this.props.datadogQuery, algorithm: this.props.datadogAnomaly?.algorithm, interval: parsed.datadogInterval };
    const namespace = this.stack.datadogMetricNamespace;
    const problems = datadogKpiProblems(kpi, namespace, input);
    if (problems.length > 0) {
      return { problems };
    }
    const monitors = datadogKpiMonitors(kpi, namespace, input);
    return {
      alerts: monitors.map(({ alert }) => ({ system: "datadog", name: alert, severity: kpi.severity, owner, service: kpi.service, runbookUrl: kpi.runbookUrl })),
      write: (scope) => writeDatadogKpi(scope, kpi, monitors, receivers),
    };
  }
}
