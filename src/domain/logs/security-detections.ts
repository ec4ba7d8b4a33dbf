import type { AlertSeverity } from "../routing/routing";
import type { LogThreshold } from "./log-alert";
import { and, equals, not, oneOf, type LogQuery } from "./log-query";

/** A tactic or technique of MITRE ATT&CK: its id, name and page. */
export interface MitreEntry {
  /** `TA0006`, `T1110`. */
  readonly id: string;
  readonly name: string;
  /** `https://attack.mitre.org/tactics/TA0006/`. */
  readonly reference: string;
}

/** What a detection detects, in MITRE ATT&CK's terms: the adversary's goal (tactic) and how (technique). */
export interface MitreThreat {
  readonly tactic: MitreEntry;
  readonly technique: MitreEntry;
}

const tactic = (id: string, name: string): MitreEntry => ({ id, name, reference: `https://attack.mitre.org/tactics/${id}/` });
const technique = (id: string, name: string): MitreEntry => ({ id, name, reference: `https://attack.mitre.org/techniques/${id}/` });

/**
 * The ATT&CK entries of the detections. A privilege change is Account Manipulation (T1098: "modifying
 * credentials or permission groups"), which ATT&CK lists under Privilege Escalation; Valid Accounts (T1078) is the
 * use of credentials an adversary already holds, which is what a sign-in from an unexpected country shows, not what
 * an IAM change event records.
 */
export const MITRE = {
  bruteForce: { tactic: tactic("TA0006", "Credential Access"), technique: technique("T1110", "Brute Force") },
  accountManipulation: { tactic: tactic("TA0004", "Privilege Escalation"), technique: technique("T1098", "Account Manipulation") },
  validAccounts: { tactic: tactic("TA0001", "Initial Access"), technique: technique("T1078", "Valid Accounts") },
} as const satisfies Record<string, MitreThreat>;

/** How serious a security signal is, on the scale Elastic Security and Datadog Cloud SIEM share. */
export type SignalSeverity = "low" | "medium" | "high" | "critical";

/** The detections of security log monitoring. */
export type SecurityDetectionName = "authentication-failures" | "privilege-changes" | "unusual-places";

/** One detection, before it is scoped to a service and environment: the log query, when it fires, and its threat. */
export interface SecurityDetectionDefinition {
  readonly name: SecurityDetectionName;
  /** Which logs count (ECS fields), not yet scoped to the service. */
  readonly query: LogQuery;
  /** More than `above` matching logs within `window` (e.g. `"5m"`), per value of `groupBy` when given. */
  readonly threshold: { readonly above: number; readonly window: string; readonly groupBy?: string };
  readonly description: string;
  readonly threat: MitreThreat;
  readonly signalSeverity: SignalSeverity;
}

/** The options the detections derive from. */
export interface SecurityDetectionOptions {
  readonly service: string;
  /** Failed sign-ins above which it is a burst (per source address by default). */
  readonly authenticationFailures?: { readonly above: number; readonly window?: string; readonly groupBy?: string };
  /** The countries sign-ins are expected from; no country check when undefined. */
  readonly expectedCountries?: readonly string[];
}

/** The default burst of failed sign-ins: more than 20 from one address in 5 minutes (a threshold without groupBy counts all addresses together). */
export const DEFAULT_AUTHENTICATION_FAILURES = { above: 20, window: "5m", groupBy: "source.ip" } as const;

/**
 * The detections on a service's ECS authentication and IAM events: bursts of failed sign-ins per source address,
 * any privilege change (`iam` events of type `admin` or `change`), and, with expected countries, successful
 * sign-ins from elsewhere. The log alerts and the SIEM rules of SecurityLogMonitoring both derive from them.
 */
export function securityDetections(options: SecurityDetectionOptions): SecurityDetectionDefinition[] {
  const { service, authenticationFailures, expectedCountries } = options;
  const authentication = equals("event.category", "authentication");
  return [
    {
      name: "authentication-failures",
      query: and(authentication, equals("event.outcome", "failure")),
      threshold:
        authenticationFailures === undefined
          ? DEFAULT_AUTHENTICATION_FAILURES
          : { above: authenticationFailures.above, window: authenticationFailures.window ?? DEFAULT_AUTHENTICATION_FAILURES.window, groupBy: authenticationFailures.groupBy },
      description: `A spike of failed sign-ins to ${service} from one address: a password-guessing attempt?`,
      threat: MITRE.bruteForce,
      signalSeverity: "medium",
    },
    {
      name: "privilege-changes",
      query: and(equals("event.category", "iam"), oneOf("event.type", ["admin", "change"])),
      threshold: { above: 0, window: "5m", groupBy: "user.name" },
      description: `A user's privileges changed in ${service}: check that the change was intended`,
      threat: MITRE.accountManipulation,
      signalSeverity: "high",
    },
    // An empty list is a problem of the props (every sign-in would be unexpected), not a detection.
    ...(expectedCountries === undefined || expectedCountries.length === 0
      ? []
      : [
          {
            name: "unusual-places",
            query: and(authentication, equals("event.outcome", "success"), not(oneOf("source.geo.country_iso_code", expectedCountries))),
            threshold: { above: 0, window: "15m", groupBy: "source.geo.country_iso_code" },
            description: `A sign-in to ${service} from outside ${expectedCountries.join(", ")}`,
            threat: MITRE.validAccounts,
            signalSeverity: "medium",
          } as const,
        ]),
  ];
}

/** A detection as the SIEM targets see it: scoped to the service and environment, its window parsed. */
export interface SecurityDetection {
  /** The detection's id in its stack, `<service>-<name>`: resource and rule ids. */
  readonly id: string;
  readonly name: SecurityDetectionName;
  readonly alertName: string;
  readonly query: LogQuery;
  readonly threshold: LogThreshold;
  readonly description: string;
  readonly threat: MitreThreat;
  readonly signalSeverity: SignalSeverity;
}

/** Security log monitoring as the SIEM targets see it. */
export interface SecurityDetectionsSpec {
  readonly service: string;
  readonly environment: string;
  /** Who is told: `page` or `ticket`, the same for every detection. */
  readonly severity: AlertSeverity;
  /** The security runbooks' base URL; each detection links `<runbookUrl>/<name>`. */
  readonly runbookUrl?: string;
  /** Tags: team, service, env. */
  readonly labels: Readonly<Record<string, string>>;
  readonly detections: readonly SecurityDetection[];
}

/** The runbook of a detection, `<base>/<name>`, when there is a base. */
export function detectionRunbook(runbookUrl: string | undefined, name: string): string | undefined {
  return runbookUrl === undefined ? undefined : `${runbookUrl}/${name}`;
}
