import type { Construct } from "constructs";
import { camelCase, slug } from "../../src/domain/naming";
import { severityReceivers, type AlertOwner, type RoutedAlert } from "../../src/domain/routing/routing";
import { flowAlertNames, type FlowSpec, type FlowStep } from "../../src/domain/synthetics/flow";
import { FLOW_DEFAULTS, parseFlow, type ParsedFlow, type SyntheticBackends } from "../../src/domain/synthetics/parse-flow";
import { probeAlertSeverities, uptimeSli } from "../../src/domain/synthetics/probe-rules";
import { MonitoringConstruct } from "../../src/monitoring-construct";
import { writeDatadogSynthetics } from "../../src/targets/datadog/synthetics-test";
import { availabilityDashboardUrl, writeAvailabilityDashboard } from "../../src/targets/grafana/synthetics-dashboard";
import { writeGrafanaDashboard } from "../../src/targets/kubernetes/grafana-dashboard";
import { writeProbes } from "../../src/targets/kubernetes/synthetics-probes";
import { writeBlackboxConfig } from "../../src/targets/prometheus/synthetics-blackbox";
import { writeProbeRules } from "../../src/targets/prometheus/synthetics-rules";
import { ServiceSlo } from "../slo/service-slo";
import type { SyntheticCheckProps } from "./synthetic-check-props";

/**
 * What CriticalUserFlow and ApiHealthCheck share: the steps are validated for the backends they run on, the
 * alerts are declared for the stack's routing check, and each backend writes the check its own way (a Datadog
 * synthetic test with its uptime SLO and regression monitor; blackbox exporter Probes per location with alerts,
 * uptime recording rules, an uptime ServiceSlo and promtool tests).
 */
export abstract class SyntheticCheck extends MonitoringConstruct {
  /** The check's id in its stack, `<service>-<name>`: its `flow` label, file and resource names. */
  readonly flowId: string;
  private readonly parsed?: ParsedFlow;

  protected constructor(scope: Construct, id: string, private readonly check: SyntheticCheckProps, private readonly steps: readonly FlowStep[], extraProblems: string[] = []) {
    super(scope, id);
    this.flowId = slug(`${check.service}-${check.name}`);
    // A check that is not what its construct runs (extraProblems) is reported alone: its steps mean nothing.
    const { parsed, problems } =
      extraProblems.length > 0
        ? { parsed: undefined, problems: extraProblems }
        : parseFlow({ ...check, steps, locations: check.locations ?? this.stack.locations, backends: this.backends });
    this.parsed = parsed;
    this.claimName("synthetic check", this.flowId);
    this.declareAlerts(() => this.alerts());
    this.validateWith(() => [
      ...problems,
      this.stack.ownerProblem(check.owner),
      check.statusPage !== undefined && !this.backends.prometheus
        ? "statusPage: the status page reads the check's uptime SLO from Prometheus; keep backends.prometheus on or remove statusPage"
        : undefined,
    ]);
    if (this.backends.prometheus) {
      const uptime = uptimeSli(this.flowId);
      new ServiceSlo(this, "uptime", {
        service: check.service,
        name: `${slug(check.name)}-uptime`,
        objective: check.uptimeObjective ?? FLOW_DEFAULTS.uptimeObjective,
        owner: check.owner,
        runbookUrl: check.runbookUrl,
        description: `Flow ${check.name} succeeds from at least one location`,
        sli: { query: uptime },
        // Datadog measures the flow's uptime with a monitor-based SLO on its synthetic test.
        outputs: { datadog: false },
        statusPage: check.statusPage,
      });
    }
  }

  /** The backends the check is written to. */
  get backends(): SyntheticBackends {
    return { datadog: this.check.backends?.datadog ?? true, prometheus: this.check.backends?.prometheus ?? true };
  }

  /** The team that receives the check's alerts: its own owner, else the stack's default. */
  get owner(): AlertOwner | undefined {
    return this.stack.resolveOwner(this.check.owner);
  }

  private alerts(): RoutedAlert[] {
    const names = flowAlertNames(camelCase(this.check.service, this.check.name));
    const common = { path: this.node.path, owner: this.owner, runbookUrl: this.check.runbookUrl, service: this.check.service };
    const criticality = this.check.criticality ?? "page";
    const datadog: RoutedAlert[] = [
      { ...common, system: "datadog", name: names.failing, severity: criticality },
      { ...common, system: "datadog", name: names.regression, severity: "ticket" },
    ];
    const prometheus = this.parsed === undefined ? [] : probeAlertSeverities(this.spec()).map(({ name, severity }) => ({ ...common, system: "prometheus", name, severity }));
    return [...(this.backends.datadog ? datadog : []), ...(this.backends.prometheus ? prometheus : [])];
  }

  /** The check as the backends see it. Only valid after validation passed. */
  spec(): FlowSpec {
    const parsed = this.parsed as ParsedFlow;
    const owner = this.owner;
    return {
      ...parsed,
      id: this.flowId,
      service: this.check.service,
      name: this.check.name,
      steps: this.steps,
      tags: this.check.tags ?? {},
      alertLabels: { team: owner?.teamName ?? "", service: this.check.service, env: this.stack.environment, flow: this.flowId },
      alertName: camelCase(this.check.service, this.check.name),
      runbookUrl: this.check.runbookUrl,
      dashboardUrl: this.backends.prometheus ? availabilityDashboardUrl(this.stack, this.check.service) : undefined,
    };
  }

  emit(): void {
    const spec = this.spec();
    const scope = this.targetScope();
    if (this.backends.datadog) {
      writeDatadogSynthetics(scope, spec, severityReceivers(this.owner as AlertOwner, spec.service));
    }
    if (this.backends.prometheus) {
      const probers = Object.fromEntries(spec.locations.map((location) => [location.name, this.stack.proberUrl(location.name)]));
      writeProbes(scope, spec, probers);
      writeProbeRules(scope, spec, this.owner as AlertOwner);
      const dashboard = writeAvailabilityDashboard(scope, spec.service);
      if (dashboard !== undefined) {
        writeGrafanaDashboard(scope, spec.service, dashboard);
      }
    }
  }

  finish(): void {
    if (this.backends.prometheus) {
      writeBlackboxConfig(this.targetScope().files);
    }
  }
}
