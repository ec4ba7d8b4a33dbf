/**
 * The state a public component shows now, decided from its SLO's burn-rate alerts and current error ratio: the
 * alerts say how fast the error budget burns (what the team is paged or ticketed for), the error ratio how many
 * customers fail right now.
 */

/** The states of a component, best first; "unknown" when the SLO has no current data and no alert fires. */
export const COMPONENT_STATES = ["operational", "degraded", "partial-outage", "major-outage", "unknown"] as const;
export type ComponentState = (typeof COMPONENT_STATES)[number];

/** What customers read for each state. */
export const STATE_LABELS: Readonly<Record<ComponentState, string>> = {
  operational: "Operational",
  degraded: "Degraded performance",
  "partial-outage": "Partial outage",
  "major-outage": "Major outage",
  unknown: "Status unknown",
};

/** From this share of failing requests on, a component is in major outage: most customers cannot use it. */
export const MAJOR_OUTAGE_ERROR_RATIO = 0.5;

/** What Prometheus says about one public SLO now. */
export interface ComponentSignals {
  /** A page-level burn-rate alert of the SLO is firing. */
  readonly pageAlertFiring: boolean;
  /** A ticket-level burn-rate alert of the SLO is firing. */
  readonly ticketAlertFiring: boolean;
  /** The SLO's error ratio over its shortest alert window (0 to 1); NaN or undefined without data. */
  readonly errorRatio?: number;
  /** The SLO's error budget, 1 − objective (0.001 for 99.9%). */
  readonly errorBudget: number;
}

/**
 * The component's state:
 * - major outage: at least half of the requests fail now (MAJOR_OUTAGE_ERROR_RATIO);
 * - partial outage: a page-level burn-rate alert fires (the budget burns fast enough to wake someone);
 * - degraded: a ticket-level burn-rate alert fires, or the current error ratio is above the error budget;
 * - operational: data, within the budget, no burn alert;
 * - unknown: no current data and no alert.
 */
export function componentState(signals: ComponentSignals): ComponentState {
  const ratio = signals.errorRatio;
  const known = ratio !== undefined && !Number.isNaN(ratio);
  if (known && ratio >= MAJOR_OUTAGE_ERROR_RATIO) {
    return "major-outage";
  }
  if (signals.pageAlertFiring) {
    return "partial-outage";
  }
  if (signals.ticketAlertFiring || (known && ratio > signals.errorBudget)) {
    return "degraded";
  }
  return known ? "operational" : "unknown";
}

/** The state of the whole page: the worst of its components' known states ("unknown" only when all are). */
export function overallState(states: readonly ComponentState[]): ComponentState {
  const known = states.filter((state) => state !== "unknown");
  if (known.length === 0) {
    return "unknown";
  }
  return known.reduce((worst, state) => (COMPONENT_STATES.indexOf(state) > COMPONENT_STATES.indexOf(worst) ? state : worst));
}
