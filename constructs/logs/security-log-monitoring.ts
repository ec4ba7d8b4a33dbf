import { securityLogMonitoringSchema } from "../../src/domain/logs/log-schemas";
import type { Construct } from "constructs";
import { slug } from "../../src/domain/naming";
import { parseSecurityLogMonitoring } from "../../src/domain/logs/parse-security-log-monitoring";
import { detectionRunbook, securityDetections, type SecurityDetectionsSpec } from "../../src/domain/logs/security-detections";
import type { SecurityLogMonitoringProps } from "../../src/domain/logs/security-log-monitoring-props";
import type { Problems } from "../../src/domain/problems";
import type { AlertOwner, Receiver } from "../../src/domain/routing/routing";
import { MonitoringConstruct } from "../../src/monitoring-construct";
import { when, type Outputs, type VendorAlert } from "../../src/outputs";
import { writeDatadogSiemRules } from "../../src/targets/datadog/siem-rules";
import { writeElasticSecurityRules } from "../../src/targets/elastic/security-detection-rules";
import { LogAlert } from "./log-alert";

/** SecurityLogMonitoring, parsed: the detections as the SIEM targets see them, and who receives them. */
interface SecurityLogMonitoringParsed {
  readonly spec: SecurityDetectionsSpec;
  readonly owner: AlertOwner;
  readonly receivers: readonly Receiver[];
}

/**
 * Security log monitoring: bursts of failed sign-ins per source address (MITRE ATT&CK Credential Access / Brute
 * Force), any privilege change, i.e. ECS `iam` events of type `admin` or `change` (Privilege Escalation / Account
 * Manipulation), and successful sign-ins from countries outside the expected ones (Initial Access / Valid
 * Accounts), routed to the security team.
 *
 * `outputs` chooses where: SIEM detection rules (Elastic Security, Datadog Cloud SIEM), whose signals carry the
 * tactic and technique, and/or the Kibana and Datadog log alerts (a `LogAlert` child per detection, kept for teams
 * without a SIEM; the default). The SIEM rules are this construct's own outputs; the log alerts stay LogAlerts,
 * so that they are written, named and checked exactly as any other log alert.
 *
 * @example
 * new SecurityLogMonitoring(stack, "security-logs", {
 *   service: "planner", owner: securityTeam, expectedCountries: ["DE", "FR"],
 *   outputs: { elasticSecurity: true, datadogSiem: true },
 * });
 */
export class SecurityLogMonitoring extends MonitoringConstruct<SecurityLogMonitoringProps, SecurityLogMonitoringParsed> {
  /** @internal The schema the props are checked against before parse. */
  protected static readonly schema = securityLogMonitoringSchema;

  /** The log alerts written for teams without a SIEM, one per detection; none when `outputs.logAlerts` is false. */
  readonly logAlerts: readonly LogAlert[];

  constructor(scope: Construct, id: string, props: SecurityLogMonitoringProps) {
    super(scope, id, props);
    this.claimName("security log monitoring", slug(props.service));
    const logAlerts = props.outputs?.logAlerts ?? {};
    this.logAlerts =
      logAlerts === false || !this.propsMatchSchema
        ? []
        : securityDetections(props).map(
            (detection) =>
              new LogAlert(this, detection.name, {
                service: props.service,
                name: detection.name,
                owner: props.owner,
                severity: props.severity,
                query: detection.query,
                threshold: detection.threshold,
                runbookUrl: detectionRunbook(props.runbookUrl, detection.name),
                description: detection.description,
                outputs: logAlerts,
              }),
          );
  }

  /** The owner; with log alerts, they report an owner's problems, so that each shows once. */
  private owner(problems: Problems): AlertOwner | undefined {
    if (this.logAlerts.length === 0) {
      return this.resolveOwner(problems, this.props.owner);
    }
    return this.stack.ownerProblem(this.props.owner ?? this.stack.defaultOwner) === undefined ? this.stack.resolveOwner(this.props.owner) : undefined;
  }

  protected parse(problems: Problems): SecurityLogMonitoringParsed | undefined {
    const owner = this.owner(problems);
    const context = { environment: this.stack.environment, teamName: owner?.teamName, logAlertsCheck: this.logAlerts.length > 0 };
    const spec = parseSecurityLogMonitoring(this.props, context, problems);
    return spec === undefined || owner === undefined ? undefined : { spec, owner, receivers: owner.receivers(spec.severity, spec.service) };
  }

  protected outputs({ spec, owner, receivers }: SecurityLogMonitoringParsed): Outputs {
    const outputs = this.props.outputs ?? {};
    const alerts = (system: string): VendorAlert[] =>
      spec.detections.map((detection) => ({
        system,
        name: detection.alertName,
        severity: spec.severity,
        owner,
        service: spec.service,
        runbookUrl: detectionRunbook(spec.runbookUrl, detection.name),
      }));
    return {
      elasticSecurity: when(outputs.elasticSecurity === true, () => ({
        alerts: alerts("elastic-security"),
        write: (scope) => writeElasticSecurityRules(scope, spec, receivers),
      })),
      datadogSiem: when(outputs.datadogSiem === true, () => ({
        alerts: alerts("datadog-siem"),
        write: (scope) => writeDatadogSiemRules(scope, spec, receivers),
      })),
    };
  }
}
