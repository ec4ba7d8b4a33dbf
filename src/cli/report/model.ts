import type { MonthCompliance } from "../../domain/sla/compliance";
import type { CreditTier } from "../../domain/sla/sla-spec";

/** One month of a trend: undefined when Prometheus had nothing measured for it. */
export interface TrendPoint {
  readonly month: string;
  /** An SLA's: counting its unmeasured minutes as up, the most it can have been. */
  readonly percent?: number;
  /** An SLA's minutes outside maintenance without a sample. */
  readonly unmeasuredMinutes?: number;
}

/** One SLA in a report: its terms (from `sla:policy:info`) and the month's compliance. */
export interface SlaReport {
  readonly name: string;
  readonly title: string;
  readonly service: string;
  readonly targetPercent: number;
  readonly timeZone: string;
  readonly creditTiers: readonly CreditTier[];
  readonly minimumOutageMinutes: number;
  /** Undefined when no minute of the month was measured. */
  readonly month?: MonthCompliance;
  /** The previous months' availability, oldest first. */
  readonly trend: readonly TrendPoint[];
}

/** One SLO in a report, measured over the UTC calendar month from its recorded error ratio. */
export interface SloReport {
  readonly id: string;
  readonly service: string;
  readonly name: string;
  readonly objectivePercent: number;
  /** Undefined when the SLO recorded nothing in the month. */
  readonly achievedPercent?: number;
  readonly budgetConsumedPercent?: number;
  /** Up to three UTC days with the lowest achievement, lowest first. */
  readonly worstDays: readonly { readonly day: string; readonly achievedPercent: number }[];
  /** The previous months' achievement, oldest first. */
  readonly trend: readonly TrendPoint[];
}

/** The error trend of one service with error tracking: its Sentry project, and its errors this week and the week before. */
export interface ErrorTrendReport {
  readonly service: string;
  readonly env: string;
  readonly sentryOrganization: string;
  readonly sentryProject: string;
  readonly sentryEnvironment: string;
  /** Error events in the 7 days to the report's time; undefined when Prometheus has no error rate of the service. */
  readonly lastWeek?: number;
  /** Error events in the 7 days before those. */
  readonly weekBefore?: number;
}

/** A compliance report of one calendar month. */
export interface ComplianceReport {
  /** `2026-11`. */
  readonly month: string;
  /** Where the figures come from, in words: `Prometheus at http://prometheus:9090`. */
  readonly source: string;
  /** The month is still running: figures are to the report's time. */
  readonly monthToDate: boolean;
  readonly slas: readonly SlaReport[];
  readonly slos: readonly SloReport[];
  /** The services' error trends, week over week; undefined when not collected. */
  readonly errorTrends?: readonly ErrorTrendReport[];
}
