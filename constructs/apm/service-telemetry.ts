import type { Construct } from "constructs";
import { injectionAnnotation, type TelemetrySpec } from "../../src/domain/apm/telemetry";
import { camelCase } from "../../src/domain/naming";
import { slug } from "../../src/domain/names/slugs";
import { severityReceivers, type AlertOwner, type RoutedAlert } from "../../src/domain/routing/routing";
import { writeDatadogTelemetry } from "../../src/targets/datadog/service-telemetry";
import { telemetrySlis } from "../../src/domain/apm/telemetry-slos";
import { MonitoringConstruct } from "../../src/monitoring-construct";
import { ServiceSlo } from "../slo/service-slo";
import { redAlertNames } from "../../src/domain/apm/red-rules";
import { telemetryDashboardUrl, writeTelemetryDashboards } from "../../src/targets/grafana/service-telemetry-dashboards";
import { writeGrafanaDashboard } from "../../src/targets/kubernetes/grafana-dashboard";
import { writeTelemetryObjects } from "../../src/targets/kubernetes/otel-telemetry";
import { writeTelemetryRules } from "../../src/targets/prometheus/telemetry-rules";
import { parseTelemetry, type ParsedTelemetry } from "./parse-service-telemetry";
import type { ServiceTelemetryProps } from "./service-telemetry-props";

/**
 * Tracing and RED metrics for a service without hand-wiring agents: an OpenTelemetry Operator `Instrumentation`
 * that auto-instruments the service's pods, and a collector that turns its spans into RED metrics and a service
 * graph before tail sampling keeps every failed and slow trace.
 *
 * The service's pod template opts in with the annotation of `podAnnotations`:
 * `instrumentation.opentelemetry.io/inject-<language>: "<namespace>/<service>"`.
 *
 * @example
 * new ServiceTelemetry(stack, "api-telemetry", {
 *   service: "planner-api", language: "nodejs", version: "2.0.0", owner: team,
 *   targets: { errorRatio: 0.001, p95: "500ms", p99: "1s" },
 * });
 */
export class ServiceTelemetry extends MonitoringConstruct {
  /** The service as a slug: the name of its Instrumentation, collector and files. */
  readonly telemetryId: string;
  private readonly parsed?: ParsedTelemetry;

  constructor(scope: Construct, id: string, readonly props: ServiceTelemetryProps) {
    super(scope, id);
    this.telemetryId = slug(props.service);
    const { parsed, problems } = parseTelemetry(props, this.stack.tracesSampleRate);
    this.parsed = parsed;
    this.claimName("ServiceTelemetry", this.telemetryId, props.service);
    const fileProblem = this.stack.claimKubernetesFile(this);
    this.declareAlerts(() => this.alerts());
    if (parsed !== undefined && props.sloPeriod !== undefined) {
      this.declareSlos(parsed, props.sloPeriod);
    }
    this.validateWith(() => [...problems, fileProblem, this.stack.ownerProblem(this.props.owner)]);
  }

  /** The targets as ServiceSlos on the span metrics (Prometheus and Grafana; Datadog watches its own trace metrics). */
  private declareSlos(parsed: ParsedTelemetry, period: string): void {
    const slis = telemetrySlis({ service: this.props.service, metricNaming: this.props.spanMetrics?.metricNaming ?? "with-suffixes" });
    const common = { service: this.props.service, period, owner: this.props.owner, runbookUrl: this.props.runbookUrl, outputs: { datadog: false } };
    const { errorRatio, p95, p99 } = parsed.targets;
    new ServiceSlo(this, "error-ratio-slo", { ...common, name: "span-errors", objective: 100 - errorRatio * 100, sli: { events: slis.errors } });
    for (const [name, objective, target] of [["span-latency-p95", 95, p95], ["span-latency-p99", 99, p99]] as const) {
      new ServiceSlo(this, `${name}-slo`, {
        ...common,
        name,
        objective,
        description: `${objective}% of ${this.props.service}'s requests complete within ${target}`,
        sli: { query: slis.slowerThan(target) },
      });
    }
  }

  /** The team that receives the service's alerts: its own owner, else the stack's default. */
  get owner(): AlertOwner | undefined {
    return this.stack.resolveOwner(this.props.owner);
  }

  /** The annotation to put on the service's pod template so that the operator instruments its pods. */
  get podAnnotations(): Record<string, string> {
    return injectionAnnotation({ id: this.telemetryId, namespace: this.stack.kubernetesNamespace, language: this.props.language });
  }

  private alerts(): RoutedAlert[] {
    const common = { path: this.node.path, owner: this.owner, runbookUrl: this.props.runbookUrl, service: this.props.service, system: "prometheus" };
    const names = redAlertNames({ alertName: camelCase(this.props.service) });
    const severity = this.props.severity ?? "ticket";
    const prometheus = Object.values(names).map((name) => ({ ...common, name, severity }));
    const onDatadog = [names.errorRatio, names.p95, names.p99, names.throughputDrop, names.slowDatabase, names.failingDependency];
    const datadog = this.writesDatadog ? onDatadog.map((name) => ({ ...common, name, severity, system: "datadog" })) : [];
    return [...prometheus, ...datadog];
  }

  private get writesDatadog(): boolean {
    return this.props.outputs?.datadog ?? false;
  }

  /** The service's telemetry as the targets see it. Only valid after validation passed. */
  spec(): TelemetrySpec {
    const parsed = this.parsed as ParsedTelemetry;
    const owner = this.owner as AlertOwner;
    return {
      id: this.telemetryId,
      service: this.props.service,
      language: parsed.language,
      version: this.props.version,
      environment: this.stack.environment,
      sampleRate: parsed.sampleRate,
      keepShare: parsed.keepShare,
      targets: parsed.targets,
      dimensions: parsed.dimensions,
      bucketsMs: parsed.bucketsMs,
      metricNaming: this.props.spanMetrics?.metricNaming ?? "with-suffixes",
      namespace: this.stack.kubernetesNamespace,
      datadog: this.writesDatadog,
      severity: this.props.severity ?? "ticket",
      alertName: camelCase(this.props.service),
      alertLabels: { team: owner.teamName, service: this.props.service, env: this.stack.environment },
      runbookUrl: this.props.runbookUrl,
      dashboardUrl: telemetryDashboardUrl(this.stack, { id: this.telemetryId }),
    };
  }

  emit(): void {
    const scope = this.targetScope();
    const spec = this.spec();
    writeTelemetryObjects(scope, spec);
    writeTelemetryRules(scope, spec);
    for (const dashboard of writeTelemetryDashboards(scope, spec)) {
      writeGrafanaDashboard(scope, spec.service, dashboard.model, dashboard.id);
    }
    if (spec.datadog) {
      writeDatadogTelemetry(scope, spec, {
        operation: this.props.outputs?.datadogOperation ?? "http.server.request",
        databaseOperation: this.props.outputs?.datadogDatabaseOperation ?? "postgresql.query",
        clientOperation: this.props.outputs?.datadogClientOperation ?? "http.client.request",
        receivers: severityReceivers(this.owner as AlertOwner, this.props.service),
        dependsOn: this.props.dependsOn ?? [],
      });
    }
  }
}
