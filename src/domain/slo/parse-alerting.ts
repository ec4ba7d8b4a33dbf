import type { AlertSeverity } from "../routing/routing";
import type { SloAlertingProps } from "./service-slo-props";
import type { BurnAlerts } from "./slo";

/**
 * The burn-rate alerts' name, labels and annotations as `alerting` sets them (Sloth's `alerting` block), over
 * Watchkeeper's defaults (the schema checks the name and the labels' and annotations' names).
 */
export function burnAlertsOf(alerting: SloAlertingProps | undefined, defaultName: string): BurnAlerts {
  const severity = (level: AlertSeverity) => {
    const given = alerting?.[level];
    return { labels: given?.labels ?? {}, annotations: given?.annotations ?? {} };
  };
  return {
    name: alerting?.name ?? defaultName,
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
