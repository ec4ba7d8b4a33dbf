import type { Construct } from "constructs";
import { DEFAULT_PROMETHEUS_RETENTION } from "../../src/domain/kpi/history";
import { CAPACITY_ALERTS } from "../../src/domain/infrastructure/capacity";
import { infraRunbookUrl, type InfraSpec } from "../../src/domain/infrastructure/infra-rules";
import { slug } from "../../src/domain/names/slugs";
import type { AlertOwner, RoutedAlert } from "../../src/domain/routing/routing";
import { MonitoringConstruct } from "../../src/monitoring-construct";
import { capacityDashboardUrl, writeCapacityDashboard } from "../../src/targets/grafana/capacity-dashboard";
import { writeExporterMonitors } from "../../src/targets/kubernetes/exporter-monitors";
import { writeGrafanaDashboard } from "../../src/targets/kubernetes/grafana-dashboard";
import { writeInfraRules } from "../../src/targets/prometheus/infrastructure-rule-files";
import type { InfrastructureMonitoringProps } from "./infrastructure-monitoring-props";
import { parseInfrastructure, type ParsedInfrastructure } from "./parse-infrastructure";

/** The Grafana folder of the capacity dashboards. */
const DASHBOARD_FOLDER = "infrastructure";

/**
 * The infrastructure monitoring of a Kubernetes cluster: rule packs in the kube-prometheus conventions (nodes,
 * containers, Kubernetes objects, network and security), each switchable and tunable alert by alert without a
 * fork; capacity planning (utilisation and headroom, when each runs out at the current trend, an alert within a
 * horizon, a dashboard); and the PodMonitor and ServiceMonitors of the exporters the packs read.
 *
 * @example
 * new InfrastructureMonitoring(stack, "eu-1", {
 *   cluster: "eu-1", owner: platform, runbookBaseUrl: "https://runbooks.example.com/infra",
 *   overrides: { NodeFilesystemSpaceFillingUp: { warning: 30, critical: 10 } },
 * });
 */
export class InfrastructureMonitoring extends MonitoringConstruct {
  /** The cluster's slug: the `cluster` label, file and resource names. */
  readonly cluster: string;
  private readonly parsed?: ParsedInfrastructure;

  constructor(scope: Construct, id: string, readonly props: InfrastructureMonitoringProps) {
    super(scope, id);
    this.cluster = slug(props.cluster);
    const { parsed, problems } = parseInfrastructure(props, this.stack.prometheusRetention ?? DEFAULT_PROMETHEUS_RETENTION);
    this.parsed = parsed;
    this.claimName("cluster", this.cluster, props.cluster);
    this.declareAlerts(() => this.alerts());
    this.validateWith(() => {
      const owner = this.stack.ownerProblem(this.props.owner);
      return [...problems, owner === undefined ? undefined : `owner: ${owner}`];
    });
  }

  /** The team that receives the alerts: its own owner, else the stack's default. */
  get owner(): AlertOwner | undefined {
    return this.stack.resolveOwner(this.props.owner);
  }

  private get service(): string {
    return this.props.service ?? this.cluster;
  }

  private alerts(): RoutedAlert[] {
    if (this.parsed === undefined) return [];
    const alert = (name: string, severity: RoutedAlert["severity"]): RoutedAlert => ({
      name,
      severity,
      path: this.node.path,
      system: "prometheus",
      service: this.service,
      owner: this.owner,
      runbookUrl: infraRunbookUrl(this.props.runbookBaseUrl, name),
    });
    const packs = this.parsed.alerts.flatMap((resolved) => resolved.levels.map((level) => alert(resolved.definition.name, level.severity)));
    const capacity = this.parsed.capacity === undefined ? [] : Object.values(CAPACITY_ALERTS).map((name) => alert(name, "ticket"));
    return [...packs, ...capacity];
  }

  /** The cluster's alerts as the targets see them. Only valid after validation passed. */
  spec(): InfraSpec {
    return {
      cluster: this.cluster,
      alerts: (this.parsed as ParsedInfrastructure).alerts,
      owner: this.owner as AlertOwner,
      service: this.service,
      environment: this.stack.environment,
      runbookBaseUrl: this.props.runbookBaseUrl,
      capacityDashboardUrl: this.parsed?.capacity === undefined ? undefined : capacityDashboardUrl(this.stack, this.cluster),
    };
  }

  emit(): void {
    const scope = this.targetScope();
    const parsed = this.parsed as ParsedInfrastructure;
    writeInfraRules(scope, this.spec(), parsed.capacity);
    if (parsed.scrape !== undefined) {
      writeExporterMonitors(scope, { cluster: this.cluster, ...parsed.scrape }, this.service);
    }
    if (parsed.capacity !== undefined) {
      writeGrafanaDashboard(scope, DASHBOARD_FOLDER, writeCapacityDashboard(scope, this.cluster));
    }
  }
}
