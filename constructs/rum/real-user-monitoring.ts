import { realUserMonitoringSchema } from "../../src/domain/rum/real-user-monitoring-schema";
import type { Construct } from "constructs";
import { camelCase, slug } from "../../src/domain/naming";
import type { Problems } from "../../src/domain/problems";
import { severityReceivers, type AlertOwner, type SeverityReceivers } from "../../src/domain/routing/routing";
import { DEFAULT_SATISFACTION_SCALE, parseRum } from "../../src/domain/rum/parse-rum";
import { rumAlerts, type RumSpec } from "../../src/domain/rum/rum-application";
import { MonitoringConstruct } from "../../src/monitoring-construct";
import type { Outputs } from "../../src/outputs";
import { BusinessKpi } from "../business/business-kpi";
import { writeRumApplication } from "../../src/targets/datadog/rum-application";
import { writeRumMonitors } from "../../src/targets/datadog/rum-monitors";
import { rumDashboardUrl, writeRumDashboard } from "../../src/targets/grafana/rum-dashboard";
import { writeGrafanaDashboard } from "../../src/targets/kubernetes/grafana-dashboard";
import type { RealUserMonitoringProps, RumSatisfactionProps } from "../../src/domain/rum/real-user-monitoring-props";
import { datadogDashboard } from "../../src/targets/grafana/dashboard-sources";
import { DASHBOARD_TITLES } from "../../src/targets/grafana/dashboard-titles";

/** A RealUserMonitoring, parsed: the application as the targets see it, and where its alerts go. */
interface RealUserMonitoringSpec {
  readonly rum: RumSpec;
  readonly owner: AlertOwner;
  readonly receivers: SeverityReceivers;
}

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
export class RealUserMonitoring extends MonitoringConstruct<RealUserMonitoringProps, RealUserMonitoringSpec> {
  /** @internal The schema the props are checked against before parse. */
  protected static readonly schema = realUserMonitoringSchema;

  /** The application's id in its stack, a slug of its name: metric and output names. */
  readonly applicationId: string;
  /** The users' satisfaction score as a business KPI, when `satisfaction` asks for it. */
  readonly satisfaction?: BusinessKpi;

  constructor(scope: Construct, id: string, props: RealUserMonitoringProps) {
    super(scope, id, props);
    this.applicationId = slug(props.name);
    this.claimName("RUM application", slug(props.name), props.name);
    this.satisfaction = props.satisfaction === undefined ? undefined : this.satisfactionKpi(props.satisfaction);
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

  protected parse(problems: Problems): RealUserMonitoringSpec | undefined {
    const { props, stack } = this;
    const parsed = parseRum(props, problems);
    const owner = this.resolveOwner(problems, props.owner);
    if (parsed === undefined || owner === undefined) {
      return undefined;
    }
    const rum: RumSpec = {
      ...parsed,
      id: this.applicationId,
      service: props.service,
      name: props.name,
      tags: props.tags ?? {},
      alertLabels: { team: owner.teamName, service: props.service, env: stack.environment },
      alertName: camelCase(props.name),
      runbookUrl: props.runbookUrl,
      dashboardUrl: rumDashboardUrl(stack, this.applicationId),
    };
    return { rum, owner, receivers: severityReceivers(owner, props.service) };
  }

  protected outputs({ rum, owner, receivers }: RealUserMonitoringSpec): Outputs {
    return {
      datadog: {
        alerts: rumAlerts(rum).flatMap((alert) =>
          alert.severities.map((severity) => ({ system: "datadog", name: alert.name, severity, owner, service: rum.service, runbookUrl: rum.runbookUrl })),
        ),
        write: (scope) => writeRumMonitors(scope, rum, writeRumApplication(scope, rum), receivers),
      },
      grafana: {
        kubernetes: true,
        dashboards: [datadogDashboard(DASHBOARD_TITLES.realUsers(rum.name))],
        write: (scope) => writeGrafanaDashboard(scope, rum.service, writeRumDashboard(scope, rum)),
      },
    };
  }
}
