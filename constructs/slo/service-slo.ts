import type { Construct } from "constructs";
import { camelCase, slug } from "../../src/domain/naming";
import { type AlertOwner, type RoutedAlert, type AlertSeverity } from "../../src/domain/routing/routing";
import type { SloSpec } from "../../src/domain/slo/slo";
import { componentKey, statusComponentProblems } from "../../src/domain/status-page/component";
import { absentAlertName, burnAlertName } from "../../src/domain/slo/slo-rules";
import { MonitoringConstruct } from "../../src/monitoring-construct";
import { datadogSloProblems, writeDatadogSlo, type SeverityReceivers } from "../../src/targets/datadog/datadog-slo";
import { writeGrafanaSloDashboard } from "../../src/targets/grafana/grafana-slo";
import { sloDashboardUrl } from "../../src/targets/grafana/uids";
import { writeGrafanaDashboard } from "../../src/targets/kubernetes/grafana-dashboard";
import { writeSloRules } from "../../src/targets/prometheus/slo-rule-files";
import { parseSlo, type ParsedSlo } from "./parse-slo";
import { sloNameProblems } from "./slo-name-problems";
import type { ServiceSloProps } from "./service-slo-props";

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
export class ServiceSlo extends MonitoringConstruct {
  /** The SLO's id in its stack, `<service>-<name>`: Sloth's `sloth_id`, file names, resource names. */
  readonly sloId: string;
  private readonly parsed?: ParsedSlo;

  constructor(scope: Construct, id: string, readonly props: ServiceSloProps) {
    super(scope, id);
    this.sloId = slug(`${props.service}-${props.name}`);
    const { parsed, problems } = parseSlo(props);
    this.parsed = parsed;
    this.claimName("SLO", this.sloId, `${props.service}-${props.name}`);
    const writesKubernetes = this.writes("prometheus") || this.writes("grafana");
    const fileProblem = writesKubernetes ? this.stack.claimKubernetesFile(this) : undefined;
    const nameProblems = [...sloNameProblems(props), ...(fileProblem === undefined ? [] : [fileProblem]), ...this.statusPageProblems()];
    this.declareAlerts(() => this.alerts());
    this.validateWith(() => [...nameProblems, ...problems, ...(parsed === undefined ? [] : this.targetProblems(parsed))]);
  }

  /** The team that receives the SLO's alerts: its own owner, else the stack's default. */
  get owner(): AlertOwner | undefined {
    return this.stack.resolveOwner(this.props.owner);
  }

  /** Whether a target is on (all are by default). */
  writes(target: "prometheus" | "datadog" | "grafana"): boolean {
    return this.props.outputs?.[target] ?? true;
  }

  /** What is wrong with the public mark; a valid one claims its component name in the stack. */
  private statusPageProblems(): string[] {
    const mark = this.props.statusPage;
    if (mark === undefined) {
      return [];
    }
    const problems = statusComponentProblems("statusPage", mark);
    if (!this.writes("prometheus")) {
      problems.push("statusPage: the status page reads the SLO from Prometheus; keep outputs.prometheus on or remove statusPage");
    }
    if (problems.length === 0) {
      this.claimName("status page component", componentKey(mark.component), mark.component);
    }
    return problems;
  }

  private targetProblems(parsed: ParsedSlo): string[] {
    const stack = this.stack;
    const owner = stack.ownerProblem(this.props.owner);
    const datadog = this.writes("datadog") ? datadogSloProblems(parsed, stack.datadogMetricNamespace, this.props.datadogQuery) : [];
    return [...(owner === undefined ? [] : [owner]), ...datadog];
  }

  private alerts(): RoutedAlert[] {
    const severities = new Set<AlertSeverity>(this.parsed?.windows.map((window) => window.severity) ?? ["page", "ticket"]);
    const common = { path: this.node.path, owner: this.owner, runbookUrl: this.props.runbookUrl, service: this.props.service };
    const names = { alertName: camelCase(this.props.service, this.props.name) };
    const burn = [...severities].map((severity) => ({ ...common, severity, name: burnAlertName(names) }));
    const absent: RoutedAlert = { ...common, severity: "ticket", name: absentAlertName(names), system: "prometheus" };
    const prometheus = this.writes("prometheus") ? [...burn.map((alert) => ({ ...alert, system: "prometheus" })), absent] : [];
    const datadog: RoutedAlert[] = this.writes("datadog") ? burn.map((alert) => ({ ...alert, system: "datadog" })) : [];
    return [...prometheus, ...datadog];
  }

  /** The SLO as the rule generator sees it. Only valid after validation passed. */
  spec(): SloSpec {
    const parsed = this.parsed as ParsedSlo;
    const stack = this.stack;
    const owner = this.owner as AlertOwner;
    const dashboardUrl = this.writes("grafana") ? sloDashboardUrl(stack, this.sloId) : undefined;
    return {
      id: this.sloId,
      service: this.props.service,
      name: this.props.name,
      objectivePercent: this.props.objective,
      period: parsed.period,
      sli: parsed.sli,
      windows: parsed.windows,
      minimumEventsForPage: parsed.minimumEventsForPage,
      labels: this.props.labels ?? {},
      alertLabels: { team: owner.teamName, service: this.props.service, env: stack.environment, slo: this.props.name },
      alertName: camelCase(this.props.service, this.props.name),
      runbookUrl: this.props.runbookUrl,
      dashboardUrl,
      description: this.props.description,
      statusPage: this.props.statusPage,
    };
  }

  /** Where the owner's alerts of each severity about the service go. */
  private receivers(): SeverityReceivers {
    const owner = this.owner as AlertOwner;
    const receiversOf = (severity: AlertSeverity) => owner.receivers(severity, this.props.service);
    return { page: receiversOf("page"), ticket: receiversOf("ticket") };
  }

  emit(): void {
    const spec = this.spec();
    const scope = this.targetScope();
    if (this.writes("prometheus")) {
      writeSloRules(scope, spec);
    }
    if (this.writes("datadog")) {
      writeDatadogSlo(scope, spec, { query: this.props.datadogQuery, receivers: this.receivers() });
    }
    if (this.writes("grafana")) {
      const dashboard = writeGrafanaSloDashboard(scope, spec);
      writeGrafanaDashboard(scope, spec.service, dashboard);
    }
  }
}
