import type { CreditTier, WeeklyWindow } from "./sla-spec";
import type { SloReference } from "../slo/slo-reference";
import type { FlowReference } from "../synthetics/flow-reference";

export type { CreditTier, Weekday, WeeklyWindow } from "./sla-spec";

/** What makes a minute downtime. Each minute, every SLI named here is measured over `window`; the worst decides. */
export interface SlaDowntimeProps {
  /**
   * ServiceSlos whose SLI measures the service the customer pays for.
   * @default [] (at least one SLO or flow is required)
   */
  readonly slos?: readonly SloReference[];
  /**
   * CriticalUserFlows or ApiHealthChecks run by Prometheus (blackbox exporter); their uptime SLI is used.
   * @default [] (at least one SLO or flow is required)
   */
  readonly flows?: readonly FlowReference[];
  /**
   * The error percentage (of requests, or of probes) at or above which a minute is down.
   * @default 50
   */
  readonly downErrorPercent?: number;
  /**
   * The error percentage at or above which a minute is degraded (at most `downErrorPercent`).
   * @default 5
   */
  readonly degradedErrorPercent?: number;
  /**
   * Whether degraded minutes count as downtime (the contract's choice).
   * @default false
   */
  readonly degradedCounts?: boolean;
  /**
   * Runs of down minutes shorter than this are not downtime, in whole minutes ("5m"). Applied by `report`, which
   * sees whole runs; the recording rules count every down minute.
   * @default "1m"
   */
  readonly minimumOutage?: string;
  /**
   * The window each minute's error ratio is measured over, from 1m to 1h. When it holds too few samples (a rate
   * needs two of a counter, an average one of a gauge), the minute is measured over twice the window, then four
   * times it: with the default, the minute itself at scrape intervals up to 30s, the last scrape interval at 1m (a
   * 1m window holds one sample there), the last 4 minutes at 2m or with a scrape missed. A minute none of them can
   * measure records no sample, and the report counts it as unmeasured.
   * @default "1m"
   */
  readonly window?: string;
}

/** Windows whose minutes count neither as downtime nor toward the month's minutes. */
export interface SlaMaintenanceProps {
  /**
   * Windows that come back every week, in the SLA's zone. In a zone with daylight saving time the recording rules
   * place them at the zone's standard time (PromQL has no time zones): in summer they are an hour late; declare
   * such windows in UTC or as dated windows where that matters.
   * @default []
   * @example [{ day: "sunday", start: "02:00", durationMinutes: 120 }]
   */
  readonly weekly?: readonly WeeklyWindow[];
  /**
   * One-off windows as wall-clock times in the SLA's zone (`YYYY-MM-DDTHH:MM`), start inclusive, end exclusive.
   * @default []
   * @example [{ start: "2026-11-14T22:00", end: "2026-11-15T02:00" }]
   */
  readonly dated?: readonly { readonly start: string; readonly end: string }[];
}

/** A service level agreement: the contract with customers, measured per calendar month. */
export interface SlaPolicyProps {
  /** The SLA's name, a slug unique in the stack: the `sla` label of its series and its rule file's name. */
  readonly name: string;
  /**
   * The customer-facing name, shown in reports.
   * @default the name
   */
  readonly title?: string;
  /** The service the SLA covers: the PrometheusRule's `app.kubernetes.io/part-of`. */
  readonly service: string;
  /** The promised availability per calendar month, in percent (e.g. 99.9). */
  readonly targetPercent: number;
  /**
   * The IANA time zone whose calendar months (and days) the SLA is measured in.
   * @default "UTC"
   */
  readonly timeZone?: string;
  /** What counts as down. */
  readonly downtime: SlaDowntimeProps;
  /**
   * Maintenance windows excluded from the measurement.
   * @default no maintenance windows
   */
  readonly maintenance?: SlaMaintenanceProps;
  /**
   * The service credit owed when a month's availability is below a threshold, highest threshold first, each owing
   * more than the one before; the first threshold at most the target.
   * @default [] (no credits)
   * @example [{ belowPercent: 99.9, creditPercent: 10 }, { belowPercent: 99, creditPercent: 25 }]
   */
  readonly creditTiers?: readonly CreditTier[];
  /**
   * The team's own objectives, which must be stricter than the target, so that their alerts fire before the
   * customer's SLA is breached.
   */
  readonly internalObjectives: readonly SloReference[];
  /**
   * Labels added to every series of the SLA.
   * @default {}
   */
  readonly labels?: Readonly<Record<string, string>>;
}
