import { Duration } from "../duration";
import type { Problems } from "../problems";
import { camelCase, slug } from "../naming";
import { countryCodeProblems } from "../validation/country-codes";
import { readLogWindow, scopedLogQuery } from "./log-alert";
import { inEnvironment } from "./log-query";
import { securityDetections, type SecurityDetection, type SecurityDetectionsSpec } from "./security-detections";
import type { SecurityLogMonitoringProps } from "./security-log-monitoring-props";

/** The windows a Datadog Cloud SIEM rule evaluates over, in seconds (`options.evaluation_window`, 0 aside). */
export const DATADOG_SIEM_WINDOWS_SECONDS = [60, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400] as const;

/** What the parse needs of the stack and of the construct. */
export interface SecurityParseContext {
  readonly environment: string;
  /** The owner's team, the `team` tag; undefined when the owner has problems (recorded elsewhere). */
  readonly teamName?: string;
  /**
   * Whether LogAlerts built from the same props already check the service and the threshold (they report them
   * under their own path), so that the problem shows once.
   */
  readonly logAlertsCheck: boolean;
}

/** The problems the log alerts would otherwise report: no service, a threshold that is not a count over minutes. */
function thresholdProblems(props: SecurityLogMonitoringProps): (string | undefined)[] {
  const threshold = props.authenticationFailures;
  return [
    props.service.trim() === "" ? "service: security monitoring needs the service whose logs it watches; set service" : undefined,
    threshold === undefined || (Number.isFinite(threshold.above) && threshold.above >= 0)
      ? undefined
      : `authenticationFailures.above: ${threshold.above} is not a count; use a number of failed sign-ins, e.g. 20`,
  ];
}

/**
 * Reads security log monitoring's props into what the SIEM targets write, recording every problem: expected
 * countries that are not ISO 3166-1 alpha-2 codes (a name such as "Germany" would make every sign-in unexpected),
 * windows that a chosen SIEM cannot evaluate, and outputs that write nothing.
 */
export function parseSecurityLogMonitoring(props: SecurityLogMonitoringProps, context: SecurityParseContext, problems: Problems): SecurityDetectionsSpec | undefined {
  const outputs = props.outputs ?? {};
  if (outputs.logAlerts === false && outputs.elasticSecurity !== true && outputs.datadogSiem !== true) {
    problems.add("outputs: the detections are written nowhere; turn on elasticSecurity or datadogSiem, or keep logAlerts");
  }
  if (props.expectedCountries !== undefined) {
    problems.add(...countryCodeProblems(props.expectedCountries, "expectedCountries"));
  }
  if (!context.logAlertsCheck) {
    problems.add(...thresholdProblems(props));
  }
  const definitions = securityDetections(props);
  const detections: SecurityDetection[] = [];
  for (const definition of definitions) {
    const prop = definition.name === "authentication-failures" ? "authenticationFailures" : definition.name;
    const { window, problem } = readLogWindow(definition.threshold.window, prop);
    const scoped = scopedLogQuery(props.service, definition.query);
    if (!context.logAlertsCheck) {
      problems.add(problem);
    }
    if (window !== undefined && outputs.datadogSiem === true && !(DATADOG_SIEM_WINDOWS_SECONDS as readonly number[]).includes(window.seconds)) {
      const allowed = DATADOG_SIEM_WINDOWS_SECONDS.map((seconds) => Duration.ofMilliseconds(seconds * 1000).toString()).join(", ");
      problems.add(`${prop}.window: Datadog Cloud SIEM evaluates over ${allowed}, not ${window.toString()}; use one of them`);
    }
    if (window === undefined || scoped.query === undefined) {
      continue;
    }
    const id = slug(`${props.service}-${definition.name}`);
    detections.push({
      ...definition,
      id,
      alertName: camelCase(props.service, definition.name),
      query: inEnvironment(scoped.query, context.environment),
      threshold: { ...definition.threshold, window },
    });
  }
  if (!problems.none || context.teamName === undefined || detections.length !== definitions.length) {
    return undefined;
  }
  return {
    service: props.service,
    environment: context.environment,
    severity: props.severity ?? "ticket",
    runbookUrl: props.runbookUrl,
    labels: { team: context.teamName, service: props.service, env: context.environment },
    detections,
  };
}
