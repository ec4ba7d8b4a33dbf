import { infrastructureMonitoringSchema } from "../../src/domain/infrastructure/infrastructure-monitoring-schema";
import type { Construct } from "constructs";
import { DEFAULT_PROMETHEUS_RETENTION } from "../../src/domain/kpi/history";
import type { InfraSpec } from "../../src/domain/infrastructure/infra-rules";
import { slug } from "../../src/domain/names/slugs";
import type { Problems } from "../../src/domain/problems";
import { MonitoringConstruct } from "../../src/monitoring-construct";
import type { Outputs } from "../../src/outputs";
import { capacityDashboardUrl, writeCapacityDashboard } from "../../src/targets/grafana/capacity-dashboard";
import { exporterSignals, writeExporterMonitors } from "../../src/targets/kubernetes/exporter-monitors";
import { writeGrafanaDashboard } from "../../src/targets/kubernetes/grafana-dashboard";
import { infraRules, writeInfraRuleTests } from "../../src/targets/prometheus/infrastructure-rule-files";
import type { InfrastructureMonitoringProps } from "../../src/domain/infrastructure/infrastructure-monitoring-props";
import { parseInfrastructure, type ParsedInfrastructure } from "../../src/domain/infrastructure/parse-infrastructure";
import { prometheusDashboard } from "../../src/targets/grafana/dashboard-sources";
import { DASHBOARD_TITLES } from "../../src/targets/grafana/dashboard-titles";

/** The Grafana folder of the capacity dashboards. */
const DASHBOARD_FOLDER = "infrastructure";

/** An InfrastructureMonitoring, parsed: the cluster's alerts as the targets see them, and its capacity and scrape settings. */
interface InfrastructureSpec {
  readonly infra: InfraSpec;
  readonly parsed: ParsedInfrastructure;
}

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
export class InfrastructureMonitoring extends MonitoringConstruct<InfrastructureMonitoringProps, InfrastructureSpec> {
  /** @internal The schema the props are checked against before parse. */
  protected static readonly schema = infrastructureMonitoringSchema;

  /** The cluster's slug: the `cluster` label, file and resource names. */
  readonly cluster: string;

  constructor(scope: Construct, id: string, props: InfrastructureMonitoringProps) {
    super(scope, id, props);
    this.cluster = slug(props.cluster);
    this.claimName("cluster", this.cluster, props.cluster);
  }

  protected parse(problems: Problems): InfrastructureSpec | undefined {
    const { props, stack } = this;
    const parsed = parseInfrastructure(props, stack.prometheusRetention ?? DEFAULT_PROMETHEUS_RETENTION, problems);
    const owner = this.resolveOwner(problems, props.owner);
    if (parsed === undefined || owner === undefined) {
      return undefined;
    }
    const infra: InfraSpec = {
      cluster: this.cluster,
      alerts: parsed.alerts,
      owner,
      service: props.service ?? this.cluster,
      environment: stack.environment,
      runbookBaseUrl: props.runbookBaseUrl,
      capacityDashboardUrl: parsed.capacity === undefined ? undefined : capacityDashboardUrl(stack, this.cluster),
    };
    return { infra, parsed };
  }

  protected outputs({ infra, parsed }: InfrastructureSpec): Outputs {
    const rules = infraRules(infra, parsed.capacity);
    const { scrape, capacity } = parsed;
    return {
      prometheus: {
        rules: [rules],
        signals: exporterSignals(this.node.path, scrape === undefined ? "already" : "here"),
        write: (scope) => {
          writeInfraRuleTests(scope, infra, rules, capacity);
          if (scrape !== undefined) {
            writeExporterMonitors(scope, { cluster: this.cluster, ...scrape }, infra.service);
          }
        },
      },
      grafana:
        capacity === undefined
          ? undefined
          : {
              kubernetes: true,
              dashboards: [prometheusDashboard(DASHBOARD_TITLES.capacity(this.cluster))],
              write: (scope) => writeGrafanaDashboard(scope, DASHBOARD_FOLDER, writeCapacityDashboard(scope, this.cluster)),
            },
    };
  }
}
