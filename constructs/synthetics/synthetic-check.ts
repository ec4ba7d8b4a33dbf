import type { Construct } from "constructs";
import { camelCase, slug } from "../../src/domain/naming";
import type { Problems } from "../../src/domain/problems";
import { severityReceivers, type AlertOwner, type SeverityReceivers } from "../../src/domain/routing/routing";
import { probeJob, type FlowSpec, type FlowStep } from "../../src/domain/synthetics/flow";
import { FLOW_DEFAULTS, parseFlow, type SyntheticOutputs } from "../../src/domain/synthetics/parse-flow";
import { uptimeSli } from "../../src/domain/synthetics/probe-rules";
import { uptimeBurnWindows } from "../../src/domain/synthetics/uptime-windows";
import { Duration } from "../../src/domain/duration";
import type { SyntheticCheckProps } from "../../src/domain/synthetics/synthetic-check-props";
import { MonitoringConstruct } from "../../src/monitoring-construct";
import { contribute, when, type Outputs, type VendorAlert } from "../../src/outputs";
import { datadogSyntheticsMonitors, writeDatadogSynthetics } from "../../src/targets/datadog/synthetics-test";
import { AVAILABILITY_DASHBOARDS, availabilityDashboardUrl } from "../../src/targets/grafana/synthetics-dashboard";
import { probeSignals, writeProbes } from "../../src/targets/kubernetes/synthetics-probes";
import { BLACKBOX_MODULES } from "../../src/targets/prometheus/synthetics-blackbox";
import { probeRules, writeProbeRuleTests } from "../../src/targets/prometheus/synthetics-rules";
import { ServiceSlo } from "../slo/service-slo";
import { prometheusDashboard } from "../../src/targets/grafana/dashboard-sources";
import { DASHBOARD_TITLES } from "../../src/targets/grafana/dashboard-titles";

/** The check's forAtLeast, or the default when it is not a duration (the check's parse reports that). */
function forAtLeastOrDefault(text: string | undefined): Duration {
  try {
    return Duration.parse(text ?? FLOW_DEFAULTS.forAtLeast);
  } catch {
    return Duration.parse(FLOW_DEFAULTS.forAtLeast);
  }
}

/** A synthetic check, parsed: the flow as its outputs see it, and its owner. */
interface SyntheticCheckSpec {
  readonly flow: FlowSpec;
  readonly owner: AlertOwner;
  readonly receivers: SeverityReceivers;
}

/**
 * What CriticalUserFlow and ApiHealthCheck share: the steps are validated for the outputs they run on, and each
 * backend writes the check its own way (a Datadog synthetic test with its uptime SLO and regression monitor;
 * blackbox exporter Probes per location with alerts, uptime recording rules, an uptime ServiceSlo and promtool
 * tests).
 */
export abstract class SyntheticCheck<Props extends SyntheticCheckProps = SyntheticCheckProps> extends MonitoringConstruct<Props, SyntheticCheckSpec> {
  /** The check's id in its stack, `<service>-<name>`: its `flow` label, file and resource names. */
  readonly flowId: string;
  /** The check's uptime SLO on Prometheus (probes succeeding from at least one location), when it runs there. */
  readonly uptimeSlo?: ServiceSlo;

  protected constructor(scope: Construct, id: string, props: Props) {
    super(scope, id, props);
    this.flowId = slug(`${props.service}-${props.name}`);
    this.claimName("synthetic check", this.flowId);
    // Props that fail the schema are the check's to report, not its uptime SLO's too.
    if (this.writes("prometheus") && this.propsMatchSchema) {
      this.uptimeSlo = new ServiceSlo(this, "uptime", {
        service: props.service,
        name: `${slug(props.name)}-uptime`,
        objective: props.uptimeObjective ?? FLOW_DEFAULTS.uptimeObjective,
        owner: props.owner,
        runbookUrl: props.runbookUrl,
        description: `Flow ${props.name} succeeds from at least one location`,
        sli: { query: uptimeSli(this.flowId) },
        // Its page honours alertWhen as the failing alert does (a bad forAtLeast is the check's problem to report).
        burnRateWindows: uptimeBurnWindows(forAtLeastOrDefault(props.alertWhen?.forAtLeast), props.uptimeObjective ?? FLOW_DEFAULTS.uptimeObjective),
        // Datadog measures the flow's uptime with a monitor-based SLO on its synthetic test.
        outputs: { datadog: false },
        statusPage: props.statusPage,
      });
    }
  }

  /** The check's steps, as its construct declares them. */
  protected abstract steps(problems: Problems): readonly FlowStep[] | undefined;

  /** The `job` label of the check's probes on Prometheus, for SLIs that read them: `probe_success{job="…"}`. */
  get probeJob(): string {
    return probeJob({ id: this.flowId });
  }

  /** Whether the check is written to an output (both are by default). */
  writes(output: keyof SyntheticOutputs): boolean {
    return this.props.outputs?.[output] ?? true;
  }

  protected parse(problems: Problems): SyntheticCheckSpec | undefined {
    const { props, stack } = this;
    const steps = this.steps(problems);
    if (steps === undefined) {
      return undefined;
    }
    if (props.statusPage !== undefined && !this.writes("prometheus")) {
      problems.add("statusPage: the status page reads the check's uptime SLO from Prometheus; keep outputs.prometheus on or remove statusPage");
    }
    const parsed = parseFlow({ ...props, steps, locations: props.locations ?? stack.locations, outputs: { datadog: this.writes("datadog"), prometheus: this.writes("prometheus") } }, problems);
    const owner = this.resolveOwner(problems, props.owner);
    if (parsed === undefined || owner === undefined) {
      return undefined;
    }
    const flow: FlowSpec = {
      ...parsed,
      id: this.flowId,
      service: props.service,
      name: props.name,
      steps,
      tags: props.tags ?? {},
      alertLabels: { team: owner.teamName, service: props.service, env: stack.environment, flow: this.flowId },
      alertName: camelCase(props.service, props.name),
      runbookUrl: props.runbookUrl,
      dashboardUrl: this.writes("prometheus") ? availabilityDashboardUrl(stack, props.service) : undefined,
    };
    return { flow, owner, receivers: severityReceivers(owner, props.service) };
  }

  protected outputs({ flow, owner, receivers }: SyntheticCheckSpec): Outputs {
    const rules = probeRules(flow, owner);
    const probers = Object.fromEntries(flow.locations.map((location) => [location.name, this.stack.proberUrl(location.name)]));
    const vendorAlert = ({ alert, severity }: { alert: string; severity: VendorAlert["severity"] }): VendorAlert => ({
      system: "datadog", name: alert, severity, owner, service: flow.service, runbookUrl: flow.runbookUrl,
    });
    return {
      datadog: when(this.writes("datadog"), () => ({
        alerts: Object.values(datadogSyntheticsMonitors(flow)).map(vendorAlert),
        write: (scope) => writeDatadogSynthetics(scope, flow, receivers),
      })),
      prometheus: when(this.writes("prometheus"), () => ({
        rules: [rules],
        signals: probeSignals(this.node.path, flow),
        contributes: [contribute(BLACKBOX_MODULES, flow), contribute(AVAILABILITY_DASHBOARDS, flow.service)],
        dashboards: [prometheusDashboard(DASHBOARD_TITLES.availability(flow.service))],
        write: (scope) => {
          writeProbes(scope, flow, probers);
          writeProbeRuleTests(scope, flow, rules, this.uptimeSlo?.sloId);
        },
      })),
    };
  }
}
