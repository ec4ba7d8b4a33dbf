import type { AlertOwner, AlertSeverity } from "../routing/routing";
import type { LogAlertOutputs, LogThresholdProps } from "./log-alert-props";

/**
 * Where security log monitoring writes its detections: SIEM detection rules, which open security signals with
 * their MITRE ATT&CK tactic and technique, and/or plain log alerts for teams without a SIEM.
 */
export interface SecurityLogMonitoringOutputs {
  /**
   * Kibana and Datadog log alerts (a `LogAlert` per detection), or false for none.
   * @default {} (both, as LogAlert writes them)
   */
  readonly logAlerts?: LogAlertOutputs | false;
  /**
   * Elastic Security detection rules (`elasticstack_kibana_security_detection_rule`).
   * @default false
   */
  readonly elasticSecurity?: boolean;
  /**
   * Datadog Cloud SIEM detection rules (`datadog_security_monitoring_rule`).
   * @default false
   */
  readonly datadogSiem?: boolean;
}

/** Security log monitoring of one service, on its ECS authentication and IAM events. */
export interface SecurityLogMonitoringProps {
  /** The service whose logs are watched. */
  readonly service: string;
  /** The security team that receives the alerts. @default the stack's defaultOwner */
  readonly owner?: AlertOwner | string;
  /** The security runbooks' base URL; each alert links `<runbookUrl>/<alert name>`. @default none */
  readonly runbookUrl?: string;
  /** page or ticket, for every rule. @default "ticket" */
  readonly severity?: AlertSeverity;
  /** When failed sign-ins from one source address are a spike. @default { above: 20, window: "5m", groupBy: "source.ip" } */
  readonly authenticationFailures?: LogThresholdProps;
  /**
   * The ISO 3166-1 alpha-2 codes sign-ins are expected from (as GeoIP writes `source.geo.country_iso_code`: `GB`,
   * not `UK` or `United Kingdom`); a successful sign-in from elsewhere alerts.
   * @default no check of places
   * @example ["DE", "FR", "US"]
   */
  readonly expectedCountries?: readonly string[];
  /** Where the detections are written. @default log alerts only */
  readonly outputs?: SecurityLogMonitoringOutputs;
}
