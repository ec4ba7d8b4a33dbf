import type { Construct } from "constructs";
import type { KpiDependency, KpiSpec } from "../../src/domain/kpi/kpi";
import { hasBaseline } from "../../src/domain/kpi/kpi";
import { kpiAlertNames } from "../../src/domain/kpi/kpi-rules";
import { DEFAULT_PROMETHEUS_RETENTION } from "../../src/domain/kpi/history";
import { camelCase, slug } from "../../src/domain/naming";
import { severityReceivers, type AlertOwner, type RoutedAlert } from "../../src/domain/routing/routing";
import { MonitoringConstruct } from "../../src/monitoring-construct";
import { datadogKpiProblems, writeDatadogKpi } from "../../src/targets/datadog/kpi-monitors";
import { writeExecutiveDashboard, writeGrafanaKpiDashboard } from "../../src/targets/grafana/grafana-kpi";
import { kpiDashboardUrl, sloDashboardUrl } from "../../src/targets/grafana/uids";
import { writeGrafanaDashboard } from "../../src/targets/kubernetes/grafana-dashboard";
import { writeKpiRules } from "../../src/targets/prometheus/kpi-rule-files";
import { ServiceSlo } from "../slo/service-slo";
import type { BusinessKpiProps, KpiDependencyProps } from "./business-kpi-props";
import { parseKpi, type ParsedKpi } from "./parse-kpi";

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
export class BusinessKpi extends MonitoringConstruct {
  /** The KPI's id in its stack, `<service>-<name>`: the `kpi` label, file and resource names. */
  readonly kpiId: string;
  private readonly parsed?: ParsedKpi;

  constructor(scope: Construct, id: string, readonly props: BusinessKpiProps) {
    super(scope, id);
    this.kpiId = slug(`${props.service}-${props.name}`);
    const retention = this.writes("prometheus") ? (this.stack.prometheusRetention ?? DEFAULT_PROMETHEUS_RETENTION) : undefined;
    const { parsed, problems } = parseKpi(props, retention);
    this.parsed = parsed;
    this.claimName("KPI", this.kpiId);
    this.declareAlerts(() => this.alerts());
    this.validateWith(() => [...problems, this.stack.ownerProblem(this.props.owner), ...this.outputProblems()]);
  }

  /** The team that receives the KPI's alerts: its own owner, else the stack's default. */
  get owner(): AlertOwner | undefined {
    return this.stack.resolveOwner(this.props.owner);
  }

  /** Whether an output is on (all are by default). */
  writes(target: "prometheus" | "datadog" | "grafana"): boolean {
    return this.props.outputs?.[target] ?? true;
  }

  /** What keeps the KPI's outputs from being written: a Datadog query that cannot be made, a dashboard with no recordings. */
  private outputProblems(): string[] {
    const grafana = this.writes("grafana") && !this.writes("prometheus")
      ? ["outputs.grafana: the KPI's dashboards read its Prometheus recordings; set outputs.grafana to false too, or keep outputs.prometheus on"]
      : [];
    if (this.parsed === undefined || !this.writes("datadog")) {
      return grafana;
    }
    const datadog = datadogKpiProblems(this.parsed, this.stack.datadogMetricNamespace, { query: this.props.datadogQuery, interval: this.parsed.datadogInterval });
    return [...grafana, ...datadog];
  }

  private alerts(): RoutedAlert[] {
    const names = kpiAlertNames({ alertName: this.alertName, direction: this.props.direction ?? "higher" });
    const common = {
      path: this.node.path,
      owner: this.owner,
      runbookUrl: this.props.runbookUrl,
      service: this.props.service,
      severity: this.props.severity ?? "ticket",
    };
    const routed = (system: string, alertNames: string[]) => alertNames.map((name) => ({ ...common, name, system }));
    return [
      ...(this.writes("prometheus") ? routed("prometheus", this.alertNames(names, true)) : []),
      ...(this.writes("datadog") ? routed("datadog", this.alertNames(names, false)) : []),
    ];
  }

  /** The KPI's alert names; relative thresholds are Prometheus alerts only (Datadog's anomaly bounds are its baseline). */
  private alertNames(names: ReturnType<typeof kpiAlertNames>, withRelative: boolean): string[] {
    if (this.parsed === undefined) {
      return [];
    }
    const spec = this.parsed;
    const seasonal = hasBaseline({ seasonality: this.props.seasonality ?? "weekly" });
    const relative = spec.thresholds.percentOfBaseline !== undefined || spec.thresholds.maxImpactPercent !== undefined;
    return [
      ...(seasonal ? [names.anomaly] : []),
      ...(seasonal && relative && withRelative ? [names.relative] : []),
      ...(spec.thresholds.absolute !== undefined ? [names.absolute] : []),
      ...(spec.floor !== undefined ? [names.floor] : []),
      ...(spec.forecast !== undefined ? [names.forecast] : []),
    ];
  }

  private get alertName(): string {
    return camelCase(this.props.service, this.props.name);
  }

  /** The KPI as the targets see it. Only valid after validation passed. */
  spec(): KpiSpec {
    const parsed = this.parsed as ParsedKpi;
    const owner = this.owner as AlertOwner;
    return {
      id: this.kpiId,
      service: this.props.service,
      name: this.props.name,
      description: this.props.description,
      signal: parsed.signal,
      rateWindow: parsed.rateWindow,
      unit: this.props.unit,
      direction: this.props.direction ?? "higher",
      seasonality: this.props.seasonality ?? "weekly",
      timeZone: this.props.timeZone ?? "UTC",
      detection: parsed.detection,
      thresholds: parsed.thresholds,
      floor: parsed.floor,
      forecast: parsed.forecast,
      severity: this.props.severity ?? "ticket",
      alertLabels: { team: owner.teamName, service: this.props.service, env: this.stack.environment, kpi: this.kpiId },
      alertName: this.alertName,
      runbookUrl: this.props.runbookUrl,
      dashboardUrl: this.writes("grafana") ? kpiDashboardUrl(this.stack, this.kpiId) : undefined,
      dependencies: (this.props.dependsOn ?? []).map((dependency) => this.dependency(dependency)),
    };
  }

  private dependency(dependency: ServiceSlo | KpiDependencyProps): KpiDependency {
    if (dependency instanceof ServiceSlo) {
      const url = dependency.writes("grafana") ? sloDashboardUrl(this.stack, dependency.sloId) : undefined;
      const slo = dependency.writes("prometheus") ? { id: dependency.sloId, service: dependency.props.service, name: dependency.props.name } : undefined;
      return { name: `SLO ${dependency.props.service} ${dependency.props.name}`, dashboardUrl: url, slo };
    }
    return { name: dependency.name, dashboardUrl: dependency.dashboardUrl };
  }

  emit(): void {
    const spec = this.spec();
    const scope = this.targetScope();
    if (this.writes("prometheus")) {
      writeKpiRules(scope, spec);
    }
    if (this.writes("datadog")) {
      const anomaly = this.props.datadogAnomaly;
      const receivers = severityReceivers(this.owner as AlertOwner, spec.service);
      writeDatadogKpi(scope, spec, { query: this.props.datadogQuery, algorithm: anomaly?.algorithm, interval: this.parsed?.datadogInterval, receivers });
    }
    if (this.writes("grafana")) {
      writeGrafanaDashboard(scope, spec.service, writeGrafanaKpiDashboard(scope, spec));
    }
  }

  /** The first KPI of the stack with a Grafana output writes the stack's executive dashboard, of every such KPI. */
  finish(): void {
    const kpis = this.stack.node.findAll().filter((child): child is BusinessKpi => child instanceof BusinessKpi && child.writes("grafana"));
    if (kpis[0] === this) {
      const scope = this.targetScope();
      writeGrafanaDashboard(scope, "executive", writeExecutiveDashboard(scope, kpis.map((kpi) => kpi.spec())), "executive-dashboard");
    }
  }
}
