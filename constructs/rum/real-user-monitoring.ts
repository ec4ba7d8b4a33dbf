import type { Construct } from "constructs";
import { camelCase, slug } from "../../src/domain/naming";
import { severityReceivers, type AlertOwner, type RoutedAlert } from "../../src/domain/routing/routing";
import { DEFAULT_SATISFACTION_SCALE, parseRum, type ParsedRum } from "../../src/domain/rum/parse-rum";
import { rumAlerts, type RumSpec } from "../../src/domain/rum/rum-application";
import { MonitoringConstruct } from "../../src/monitoring-construct";
import { BusinessKpi } from "../business/business-kpi";
import { writeRumApplication } from "../../src/targets/datadog/rum-application";
import { writeRumMonitors } from "../../src/targets/datadog/rum-monitors";
import { rumDashboardUrl, writeRumDashboard } from "../../src/targets/grafana/rum-dashboard";
import { writeGrafanaDashboard } from "../../src/targets/kubernetes/grafana-dashboard";
import type { RealUserMonitoringProps, RumSatisfactionProps } from "./real-user-monitoring-props";

/**
 * A web or mobile application watched by Datadog RUM, as its users feel it: Core Web Vitals at the 75th
 * percentile per view group and device type against Google's bounds (a ticket when a vital needs improvement,
 * an alert when it is poor), sessions with errors, crash-free sessions on mobile, journeys whose step
 * conversions alert when they drop against the week before, and retention that keeps every session with an
 * error and samples the rest. The application's id and client token are Terraform outputs; a Grafana dashboard
 * draws the vitals, sessions and journeys from the RUM-based metrics. With `satisfaction`, the users' rating is a
 * child `BusinessKpi`.
 *
 * @example
 * new RealUserMonitoring(stack, "planner-web", {
 *   service: "planner", name: "planner-web", owner: team, runbookUrl: "https://runbooks.example.com/planner/rum",
 *   vitals: { lcp: { good: "2500ms", poor: "4s" } },
 *   journeys: [{ name: "share a plan", steps: ["/login", "/plans/new", "/plans/share"] }],
 * });
 */
export class RealUserMonitoring extends MonitoringConstruct {
  /** The application's id in its stack, a slug of its name: metric and output names. */
  readonly applicationId: string;
  /** The users' satisfaction score as a business KPI, when `satisfaction` asks for it. */
  readonly satisfaction?: BusinessKpi;
  private readonly parsed?: ParsedRum;

  constructor(scope: Construct, id: string, readonly props: RealUserMonitoringProps) {
    super(scope, id);
    this.applicationId = slug(props.name);
    const { parsed, problems } = parseRum(props);
    this.parsed = parsed;
    this.claimName("RUM application", slug(props.name), props.name);
    this.declareAlerts(() => this.alerts());
    this.satisfaction = props.satisfaction === undefined ? undefined : this.satisfactionKpi(props.satisfaction);
    this.validateWith(() => [...problems, this.stack.ownerProblem(props.owner)]);
  }

  private satisfactionKpi(satisfaction: RumSatisfactionProps): BusinessKpi {
    const { service, name, owner, runbookUrl, severity } = this.props;
    return new BusinessKpi(this, "satisfaction", {
      service, owner, runbookUrl, severity,
      name: `${name}-satisfaction`,
      description: `The users' average rating of ${name}, out of ${satisfaction.of ?? DEFAULT_SATISFACTION_SCALE}`,
      signal: { gauge: { selector: satisfaction.gauge, canBeZero: false } },
      seasonality: "none",
      thresholds: { absolute: satisfaction.atLeast },
    });
  }

  /** The team that receives the application's alerts: its own owner, else the stack's default. */
  get owner(): AlertOwner | undefined {
    return this.stack.resolveOwner(this.props.owner);
  }

  private alerts(): RoutedAlert[] {
    if (this.parsed === undefined) {
      return [];
    }
    const common = { path: this.node.path, owner: this.owner, runbookUrl: this.props.runbookUrl, service: this.props.service, system: "datadog" };
    return rumAlerts({ ...this.parsed, alertName: this.alertName }).flatMap((alert) => alert.severities.map((severity) => ({ ...common, name: alert.name, severity })));
  }

  private get alertName(): string {
    return camelCase(this.props.name);
  }

  /** The application as the targets see it. Only valid after validation passed. */
  spec(): RumSpec {
    return {
      ...(this.parsed as ParsedRum),
      id: this.applicationId,
      service: this.props.service,
      name: this.props.name,
      tags: this.props.tags ?? {},
      alertLabels: { team: this.owner?.teamName ?? "", service: this.props.service, env: this.stack.environment },
      alertName: this.alertName,
      runbookUrl: this.props.runbookUrl,
      dashboardUrl: rumDashboardUrl(this.stack, this.applicationId),
    };
  }

  emit(): void {
    const spec = this.spec();
    const scope = this.targetScope();
    const app = writeRumApplication(scope, spec);
    writeRumMonitors(scope, spec, app, severityReceivers(this.owner as AlertOwner, spec.service));
    writeGrafanaDashboard(scope, spec.service, writeRumDashboard(scope, spec));
  }
}
