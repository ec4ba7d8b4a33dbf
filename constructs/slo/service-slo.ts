import { serviceSloSchema } from "../../src/domain/slo/service-slo-schema";
import type { Construct } from "constructs";
import { camelCase, slug } from "../../src/domain/naming";
import type { Problems } from "../../src/domain/problems";
import { severityReceivers, type AlertOwner, type SeverityReceivers } from "../../src/domain/routing/routing";
import { burnAlertsOf } from "../../src/domain/slo/parse-alerting";
import { parseSlo } from "../../src/domain/slo/parse-slo";
import { burnAlertName } from "../../src/domain/slo/slo-rules";
import type { ServiceSloProps } from "../../src/domain/slo/service-slo-props";
import type { SloSpec } from "../../src/domain/slo/slo";
import type { SloOutput, SloReference } from "../../src/domain/slo/slo-reference";
import { componentKey, statusComponentProblems } from "../../src/domain/status-page/component";
import { MonitoringConstruct } from "../../src/monitoring-construct";
import { when, type Outputs } from "../../src/outputs";
import { datadogSloMonitors, datadogSloProblems, writeDatadogSlo } from "../../src/targets/datadog/datadog-slo";
import { writeGrafanaSloDashboard } from "../../src/targets/grafana/grafana-slo";
import { sloDashboardUrl } from "../../src/targets/grafana/uids";
import { writeGrafanaDashboard } from "../../src/targets/kubernetes/grafana-dashboard";
import { sloRules, writeSloRuleTests } from "../../src/targets/prometheus/slo-rule-files";
import { prometheusDashboard } from "../../src/targets/grafana/dashboard-sources";
import { DASHBOARD_TITLES } from "../../src/targets/grafana/dashboard-titles";

/** A ServiceSlo, parsed: the SLO as the rule generator sees it, and where its owner's alerts go. */
interface ServiceSloSpec {
  readonly slo: SloSpec;
  readonly owner: AlertOwner;
  readonly receivers: SeverityReceivers;
}

/**
 * A service level objective, declared once and written to every target: Prometheus recording rules, burn-rate
 * alerts and their tests (rule files and a PrometheusRule), a Datadog SLO with burn-rate monitors, and a Grafana
 * dashboard. Pages go to the owner's PagerDuty service, tickets to its chat channel.
 *
 * @example
 * new ServiceSlo(stack, "checkout-availability", {
 *   service: "checkout", name: "availability", objective: 99.9, owner: team,
 *   runbookUrl: "https://runbooks.example.com/checkout/availability",
 *   sli: { events: { errors: 'http_requests_total{service="checkout",code=~"5.."}', total: 'http_requests_total{service="checkout"}' } },
 * });
 */
export class ServiceSlo extends MonitoringConstruct<ServiceSloProps, ServiceSloSpec> implements SloReference {
  /** @internal The schema the props are checked against before parse. */
  protected static readonly schema = serviceSloSchema;

  /** The SLO's id in its stack, `<service>-<name>`: Sloth's `sloth_id`, file names, resource names. */
  readonly sloId: string;

  constructor(scope: Construct, id: string, props: ServiceSloProps) {
    super(scope, id, props);
    this.sloId = slug(`${props.service}-${props.name}`);
    this.claimName("SLO", this.sloId, `${props.service}-${props.name}`);
  }

  /** The construct's path, as other declarations name the SLO. */
  get path(): string {
    return this.node.path;
  }

  /** Whether an output is on (all are by default). */
  writes(output: SloOutput): boolean {
    return this.props.outputs?.[output] ?? true;
  }

  /** Whether the SLO's burn-rate windows are declared (`burnRateWindows`) rather than the workbook's. */
  get customWindows(): boolean {
    return this.props.burnRateWindows !== undefined;
  }

  sloSpec(): SloSpec | undefined {
    return this.parsedSpec()?.slo;
  }

  protected parse(problems: Problems): ServiceSloSpec | undefined {
    const { props, stack } = this;
    this.statusPageProblems(problems);
    const parsed = parseSlo(props, problems);
    const alertName = camelCase(props.service, props.name);
    const burnAlerts = burnAlertsOf(props.alerting, burnAlertName({ alertName }));
    const owner = this.resolveOwner(problems, props.owner);
    if (parsed === undefined || owner === undefined) {
      return undefined;
    }
    const slo: SloSpec = {
      ...parsed,
      id: this.sloId,
      service: props.service,
      name: props.name,
      objectivePercent: props.objective,
      // Every series of the SLO carries its environment: the gate and the status page tell environments apart by it.
      labels: { ...props.labels, env: stack.environment },
      alertLabels: { team: owner.teamName, service: props.service, env: stack.environment, slo: props.name },
      alertName,
      burnAlerts,
      runbookUrl: props.runbookUrl,
      dashboardUrl: this.writes("grafana") ? sloDashboardUrl(stack, this.sloId) : undefined,
      description: props.description,
      statusPage: props.statusPage,
    };
    return { slo, owner, receivers: severityReceivers(owner, props.service) };
  }

  /** What is wrong with the public mark; a valid one claims its component name in the stack. */
  private statusPageProblems(problems: Problems): void {
    const mark = this.props.statusPage;
    if (mark === undefined) {
      return;
    }
    const found = statusComponentProblems("statusPage", mark);
    if (!this.writes("prometheus")) {
      found.push("statusPage: the status page reads the SLO from Prometheus; keep outputs.prometheus on or remove statusPage");
    }
    problems.add(...found);
    if (found.length === 0) {
      this.claimName("status page component", componentKey(mark.component), mark.component);
    }
  }

  protected outputs({ slo, owner, receivers }: ServiceSloSpec): Outputs {
    const rules = sloRules(slo);
    const { datadogMetricNamespace } = this.stack;
    return {
      prometheus: when(this.writes("prometheus"), () => ({ rules: [rules], write: (scope) => writeSloRuleTests(scope, slo, rules) })),
      datadog: when(this.writes("datadog"), () => ({
        problems: datadogSloProblems(slo, datadogMetricNamespace, this.props.datadogQuery),
        alerts: datadogSloMonitors(slo).map(({ severity }) => ({ system: "datadog", name: slo.burnAlerts.name, severity, owner, service: slo.service, runbookUrl: slo.runbookUrl })),
        write: (scope) => writeDatadogSlo(scope, slo, { query: this.props.datadogQuery, receivers }),
      })),
      grafana: when(this.writes("grafana"), () => ({
        kubernetes: true,
        dashboards: [prometheusDashboard(DASHBOARD_TITLES.slo(slo.service, slo.name))],
        write: (scope) => writeGrafanaDashboard(scope, slo.service, writeGrafanaSloDashboard(scope, slo)),
      })),
    };
  }
}
