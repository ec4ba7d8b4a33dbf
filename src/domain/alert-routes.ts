import type { SecretRef } from "./secret";

/** A recurring or one-off period during which a team's alerts are muted (Alertmanager time interval). */
export interface MuteInterval {
  readonly name: string;
  /** Alertmanager `time_intervals` entries, in Alertmanager's own vocabulary. */
  readonly intervals: ReadonlyArray<{
    readonly times?: ReadonlyArray<{ readonly start_time: string; readonly end_time: string }>;
    readonly weekdays?: readonly string[];
    readonly days_of_month?: readonly string[];
    readonly months?: readonly string[];
    readonly years?: readonly string[];
    readonly location?: string;
  }>;
}

/** How one team is reached, as alert routing (Alertmanager) needs it. */
export interface TeamRoutes {
  /** The `team` label value that selects the team's alerts. */
  readonly team: string;
  /** Pages go to PagerDuty Events v2 with this routing key; undefined when the team cannot be paged. */
  readonly pagerDuty?: { readonly routingKey: SecretRef };
  /** Tickets (and a copy of pages) go to this Slack channel through an incoming webhook. */
  readonly slack?: { readonly channel: string; readonly webhook: SecretRef };
  /** Tickets also go to this address. */
  readonly email?: { readonly to: string };
  /** When the team's alerts are muted (maintenance). */
  readonly muteIntervals: readonly MuteInterval[];
}
