import { Construct } from "constructs";
import { and, equals, not, oneOf } from "../../src/domain/logs/log-query";
import type { AlertOwner, AlertSeverity } from "../../src/domain/routing/routing";
import { LogAlert } from "./log-alert";
import type { LogThresholdProps } from "../../src/domain/logs/log-alert-props";

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
   * The ISO country codes sign-ins are expected from; a successful sign-in from elsewhere alerts.
   * @default no check of places
   * @example ["DE", "FR", "US"]
   */
  readonly expectedCountries?: readonly string[];
}

/**
 * Security log monitoring: spikes of failed sign-ins per source address, any privilege change (ECS `iam` events
 * of type `admin` or `change`), and successful sign-ins from countries outside the expected ones, each a
 * `LogAlert` routed to the security team.
 */
export class SecurityLogMonitoring extends Construct {
  constructor(scope: Construct, id: string, readonly props: SecurityLogMonitoringProps) {
    super(scope, id);
    const common = { service: props.service, owner: props.owner, severity: props.severity };
    const runbook = (name: string): string | undefined => (props.runbookUrl === undefined ? undefined : `${props.runbookUrl}/${name}`);
    const authentication = equals("event.category", "authentication");
    new LogAlert(this, "authentication-failures", {
      ...common,
      name: "authentication-failures",
      query: and(authentication, equals("event.outcome", "failure")),
      threshold: props.authenticationFailures ?? { above: 20, window: "5m", groupBy: "source.ip" },
      runbookUrl: runbook("authentication-failures"),
      description: `A spike of failed sign-ins to ${props.service} from one address: a password-guessing attempt?`,
    });
    new LogAlert(this, "privilege-changes", {
      ...common,
      name: "privilege-changes",
      query: and(equals("event.category", "iam"), oneOf("event.type", ["admin", "change"])),
      threshold: { above: 0, window: "5m", groupBy: "user.name" },
      runbookUrl: runbook("privilege-changes"),
      description: `A user's privileges changed in ${props.service}: check that the change was intended`,
    });
    if (props.expectedCountries !== undefined) {
      new LogAlert(this, "unusual-places", {
        ...common,
        name: "unusual-places",
        query: and(authentication, equals("event.outcome", "success"), not(oneOf("source.geo.country_iso_code", props.expectedCountries))),
        threshold: { above: 0, window: "15m", groupBy: "source.geo.country_iso_code" },
        runbookUrl: runbook("unusual-places"),
        description: `A sign-in to ${props.service} from outside ${props.expectedCountries.join(", ")}`,
      });
    }
  }
}
