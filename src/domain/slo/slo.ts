import type { Duration } from "../duration";
import type { AlertSeverity } from "../routing/routing";
import type { BurnRateWindow } from "./slo-math";
import type { Sli } from "./sli";
import type { StatusComponent } from "../status-page/component";

/** Everything the rule generator needs to know about one SLO, already validated and resolved. */
export interface SloSpec {
  /** Unique within a stack: `<service>-<name>`, the Sloth `sloth_id`. */
  readonly id: string;
  readonly service: string;
  readonly name: string;
  readonly objectivePercent: number;
  readonly period: Duration;
  readonly sli: Sli;
  readonly windows: readonly BurnRateWindow[];
  /** Events a page window must hold before it may page; 0 turns the guard off. */
  readonly minimumEventsForPage: number;
  /** Labels added to every recording rule. */
  readonly labels: Readonly<Record<string, string>>;
  /** Labels added to every alert, besides `severity`: team, service, env, slo. */
  readonly alertLabels: Readonly<Record<string, string>>;
  /** CamelCase stem of the alert names, e.g. `CheckoutAvailability`. */
  readonly alertName: string;
  readonly runbookUrl?: string;
  readonly dashboardUrl?: string;
  readonly description?: string;
  /** The public component the SLO shows as on the status page; undefined when it is not public. */
  readonly statusPage?: StatusComponent;
  /** The burn-rate alerts' name, and extra labels and annotations of all of them and of each severity. */
  readonly burnAlerts: BurnAlerts;
}

/** What a team sets on an SLO's burn-rate alerts beyond Watchkeeper's conventions (Sloth's `alerting`). */
export interface BurnAlerts {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly annotations: Readonly<Record<string, string>>;
  readonly bySeverity: Readonly<Record<AlertSeverity, { readonly labels: Readonly<Record<string, string>>; readonly annotations: Readonly<Record<string, string>> }>>;
}

/** The windows of one severity. */
export function windowsOf(spec: SloSpec, severity: AlertSeverity): BurnRateWindow[] {
  return spec.windows.filter((window) => window.severity === severity);
}
