import { serviceTelemetrySchema } from "../../src/domain/apm/service-telemetry-schema";
import type { Construct } from "constructs";
import { injectionAnnotation, type TelemetrySpec, type TelemetryThresholds } from "../../src/domain/apm/telemetry";
import { camelCase } from "../../src/domain/naming";
import { slug } from "../../src/domain/names/slugs";
import { Problems } from "../../src/domain/problems";
import { severityReceivers, type AlertOwner, type SeverityReceivers } from "../../src/domain/routing/routing";
import { datadogTelemetryMonitors, writeDatadogTelemetry } from "../../src/targets/datadog/service-telemetry";
import { telemetrySlis } from "../../src/domain/apm/telemetry-slos";
import { MonitoringConstruct } from "../../src/monitoring-construct";
import { when, type Output, type Outputs } from "../../src/outputs";
import { ServiceSlo } from "../slo/service-slo";
import { telemetryDashboardUrl, writeTelemetryDashboards } from "../../src/targets/grafana/service-telemetry-dashboards";
import { writeGrafanaDashboard } from "../../src/targets/kubernetes/grafana-dashboard";
import { collectorSignals, writeTelemetryObjects } from "../../src/targets/kubernetes/otel-telemetry";
import { telemetryRules, writeTelemetryRuleTests } from "../../src/targets/prometheus/telemetry-rules";
import { parseThresholds, parseTelemetry } from "../../src/domain/apm/parse-service-telemetry";
import type { ServiceTelemetryProps } from "../../src/domain/apm/service-telemetry-props";
import { prometheusDashboard } from "../../src/targets/grafana/dashboard-sources";
import { DASHBOARD_TITLES } from "../../src/targets/grafana/dashboard-titles";

/** A ServiceTelemetry, parsed: the service's telemetry as the targets see it, and where its alerts go. */
interface ServiceTelemetrySpec {
  readonly telemetry: TelemetrySpec;
  readonly owner: AlertOwner;
  readonly receivers: SeverityReceivers;
}

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
 *   thresholds: { errorRatio: 0.001, p95: "500ms", p99: "1s" },
 * });
 */
export class ServiceTelemetry extends MonitoringConstruct<ServiceTelemetryProps, ServiceTelemetrySpec> {
  /** @internal The schema the props are checked against before parse. */
  protected static readonly schema = serviceTelemetrySchema;

  /** The service as a slug: the name of its Instrumentation, collector and files. */
  readonly telemetryId: string;

  constructor(scope: Construct, id: string, props: ServiceTelemetryProps) {
    super(scope, id, props);
    this.telemetryId = slug(props.service);
    this.claimName("ServiceTelemetry", this.telemetryId, props.service);
    // The SLOs restate the thresholds: with thresholds that have problems (reported by this construct), there are none.
    const thresholds = parseThresholds(props, new Problems());
    if (props.sloPeriod !== undefined && thresholds !== undefined) {
      this.declareSlos(props.sloPeriod, thresholds);
    }
  }

  /** The targets as ServiceSlos on the span metrics (Prometheus and Grafana; Datadog watches its own trace metrics). */
  private declareSlos(period: string, { errorRatio, p95, p99 }: TelemetryThresholds): void {
    const { props } = this;
    const slis = telemetrySlis({ service: props.service, metricNaming: props.spanMetrics?.metricNaming ?? "with-suffixes" });
    const common = { service: props.service, period, owner: props.owner, runbookUrl: props.runbookUrl, outputs: { datadog: false } };
    new ServiceSlo(this, "error-ratio-slo", { ...common, name: "span-errors", objective: 100 - errorRatio * 100, sli: { events: slis.errors } });
    for (const [name, objective, target] of [["span-latency-p95", 95, p95], ["span-latency-p99", 99, p99]] as const) {
      new ServiceSlo(this, `${name}-slo`, {
        ...common,
        name,
        objective,
        description: `${objective}% of ${props.service}'s requests complete within ${target}`,
        sli: { query: slis.slowerThan(target) },
      });
    }
  }

  /** The annotation to put on the service's pod template so that the operator instruments its pods. */
  get podAnnotations(): Record<string, string> {
    return injectionAnnotation({ id: this.telemetryId, namespace: this.stack.kubernetesNamespace, language: this.props.language });
  }

  private get writesDatadog(): boolean {
    return this.props.outputs?.datadog ?? false;
  }

  protected parse(problems: Problems): ServiceTelemetrySpec | undefined {
    const { props, stack } = this;
    const parsed = parseTelemetry(props, stack.traceSampleRatio, problems);
    const owner = this.resolveOwner(problems, props.owner);
    if (parsed === undefined || owner === undefined) {
      return undefined;
    }
    const telemetry: TelemetrySpec = {
      id: this.telemetryId,
      service: props.service,
      language: parsed.language,
      version: props.version,
      environment: stack.environment,
      traceSampleRatio: parsed.traceSampleRatio,
      keepRatio: parsed.keepRatio,
      thresholds: parsed.thresholds,
      dimensions: parsed.dimensions,
      bucketsMs: parsed.bucketsMs,
      metricNaming: props.spanMetrics?.metricNaming ?? "with-suffixes",
      namespace: stack.kubernetesNamespace,
      datadog: this.writesDatadog,
      severity: props.severity ?? "ticket",
      alertName: camelCase(props.service),
      alertLabels: { team: owner.teamName, service: props.service, env: stack.environment },
      runbookUrl: props.runbookUrl,
      dashboardUrl: telemetryDashboardUrl(stack, { id: this.telemetryId }),
    };
    return { telemetry, owner, receivers: severityReceivers(owner, props.service) };
  }

  protected outputs({ telemetry, owner, receivers }: ServiceTelemetrySpec): Outputs {
    const rules = telemetryRules(telemetry);
    return {
      prometheus: {
        rules: [rules],
        signals: collectorSignals(this.node.path, telemetry),
        write: (scope) => {
          writeTelemetryObjects(scope, telemetry);
          writeTelemetryRuleTests(scope, telemetry, rules);
        },
      },
      grafana: {
        kubernetes: true,
        dashboards: [DASHBOARD_TITLES.apm(telemetry.service), DASHBOARD_TITLES.serviceMap(telemetry.service)].map(prometheusDashboard),
        write: (scope) => {
          for (const dashboard of writeTelemetryDashboards(scope, telemetry)) {
            writeGrafanaDashboard(scope, telemetry.service, dashboard.model, dashboard.id);
          }
        },
      },
      datadog: when(this.writesDatadog, () => this.datadog(telemetry, owner, receivers)),
    };
  }

  private datadog(telemetry: TelemetrySpec, owner: AlertOwner, receivers: SeverityReceivers): Output {
    const { outputs, dependsOn } = this.props;
    const operations = {
      operation: outputs?.datadogOperation ?? "http.server.request",
      databaseOperation: outputs?.datadogDatabaseOperation ?? "postgresql.query",
      clientOperation: outputs?.datadogClientOperation ?? "http.client.request",
    };
    const monitors = datadogTelemetryMonitors(telemetry, operations);
    return {
      alerts: monitors.map(({ alert }) => ({ system: "datadog", name: alert, severity: telemetry.severity, owner, service: telemetry.service, runbookUrl: telemetry.runbookUrl })),
      write: (scope) => writeDatadogTelemetry(scope, telemetry, monitors, { ...operations, receivers, dependsOn: dependsOn ?? [] }),
    };
  }
}
