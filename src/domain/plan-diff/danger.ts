/**
 * Why a change deserves a second look:
 * - `history-lost`: a resource that keeps history (SLO, monitor, dashboard, PagerDuty service…) will be destroyed;
 * - `alert-removed`: an alert (alerting rule, monitor, Sentry or Kibana alert) is gone;
 * - `alert-muted`: an alert is quieter: severity or priority lowered, a notification removed (from a monitor or an
 *   Alertmanager receiver) without a replacement, disabled, a downtime added;
 * - `objective-loosened`: an SLO's objective is lower;
 * - `route-changed`: where alerts go changed (Alertmanager route tree, PagerDuty escalation or orchestration, a
 *   notification moved to another channel or address);
 * - `threshold-raised`: an alert fires later: its threshold raised (lowered for an alert that fires below it).
 */
export type DangerKind = "history-lost" | "alert-removed" | "alert-muted" | "objective-loosened" | "route-changed" | "threshold-raised";

/** The order dangers are listed in: the costliest first. */
export const DANGER_KINDS: readonly DangerKind[] = ["history-lost", "alert-removed", "alert-muted", "objective-loosened", "threshold-raised", "route-changed"];

/**
 * One dangerous consequence, for one construct; `items` are the outputs that show it (the same rule in two files
 * is one output, and all the resources of a construct that a removal destroys are one danger).
 */
export interface Danger {
  readonly kind: DangerKind;
  readonly construct: string;
  /**
   * What happens: on its own (`objective loosened 99.9 → 99.5`), or, when `ofItems`, said of the items
   * (`will be destroyed: history lost`, read `Datadog SLO "checkout" will be destroyed: history lost`).
   */
  readonly summary: string;
  readonly ofItems: boolean;
  /** The labels of the items concerned, sorted. */
  readonly items: readonly string[];
}

/** What one change says, before it is merged with the same finding of other items. */
export interface Finding {
  readonly kind: DangerKind;
  readonly summary: string;
  readonly ofItems?: true;
}
