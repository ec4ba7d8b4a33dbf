import type { Problems } from "../problems";
import { labelNameProblem } from "../validation/prometheus";
import { IDENTITY_LABELS } from "../routing/alert-identity";
import type { AlertSeverity } from "../routing/routing";
import type { SloAlertingProps } from "./service-slo-props";
import type { BurnAlerts } from "./slo";
import { SLOTH_SEVERITY_LABEL } from "./slo-rules";

/** Labels an SLO's burn-rate alerts carry from Watchkeeper, which `alerting` cannot replace. */
const RESERVED_ALERT_LABELS = [...IDENTITY_LABELS, "slo", SLOTH_SEVERITY_LABEL];

const ALERT_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

function mapProblems(problems: Problems, what: string, map: Readonly<Record<string, string>> | undefined, reserved: readonly string[]): void {
  Object.keys(map ?? {}).forEach((name) => problems.add(labelNameProblem(what, name, reserved)));
}

/**
 * The burn-rate alerts' name, labels and annotations as `alerting` sets them (Sloth's `alerting` block), over
 * Watchkeeper's defaults; records what is wrong with them.
 */
export function parseBurnAlerts(alerting: SloAlertingProps | undefined, defaultName: string, problems: Problems): BurnAlerts {
  const name = alerting?.name ?? defaultName;
  if (!ALERT_NAME.test(name)) {
    problems.add(`alerting.name: "${name}" is not an alert name Prometheus accepts; use letters, digits and underscores, e.g. "CheckoutAvailabilityBurn"`);
  }
  mapProblems(problems, "alerting.labels", alerting?.labels, RESERVED_ALERT_LABELS);
  mapProblems(problems, "alerting.annotations", alerting?.annotations, []);
  const severity = (level: AlertSeverity) => {
    const given = alerting?.[level];
    mapProblems(problems, `alerting.${level}.labels`, given?.labels, RESERVED_ALERT_LABELS);
    mapProblems(problems, `alerting.${level}.annotations`, given?.annotations, []);
    return { labels: given?.labels ?? {}, annotations: given?.annotations ?? {} };
  };
  return {
    name,
    labels: alerting?.labels ?? {},
    annotations: alerting?.annotations ?? {},
    bySeverity: { page: severity("page"), ticket: severity("ticket") },
  };
}

/** Burn-rate alerts as Watchkeeper writes them when `alerting` sets nothing. */
export function defaultBurnAlerts(name: string): BurnAlerts {
  const none = { labels: {}, annotations: {} };
  return { name, labels: {}, annotations: {}, bySeverity: { page: none, ticket: none } };
}

/** The severities `alerting` switches off. */
export function disabledSeverities(alerting: SloAlertingProps | undefined): AlertSeverity[] {
  return (["page", "ticket"] as const).filter((level) => alerting?.[level]?.disable === true);
}
