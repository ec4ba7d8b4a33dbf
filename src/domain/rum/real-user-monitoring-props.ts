import type { AlertOwner, AlertSeverity } from "../routing/routing";
import type { RumApplicationType } from "./rum-application";

export type { RumApplicationType } from "./rum-application";

/**
 * A Core Web Vital's bounds, as Google rates the 75th percentile: good at or below `good`, poor above `poor`,
 * "needs improvement" between (a warning). LCP and INP take durations with their unit ("2500ms", "4s"): RUM
 * stores nanoseconds, so a bare number is rejected. CLS takes a unitless score (0.1).
 */
export interface VitalBoundsProps<T extends string | number> {
  /** The highest good value. @default Google's: LCP "2500ms", INP "200ms", CLS 0.1 */
  readonly good?: T;
  /** Above it the vital is poor and alerts. @default Google's: LCP "4s", INP "500ms", CLS 0.25 */
  readonly poor?: T;
}

/** The Core Web Vitals' bounds of a browser application. */
export interface CoreWebVitalsProps {
  /** Largest Contentful Paint. @default { good: "2500ms", poor: "4s" } */
  readonly lcp?: VitalBoundsProps<string>;
  /** Interaction to Next Paint. @default { good: "200ms", poor: "500ms" } */
  readonly inp?: VitalBoundsProps<string>;
  /** Cumulative Layout Shift, unitless. @default { good: 0.1, poor: 0.25 } */
  readonly cls?: VitalBoundsProps<number>;
}

/** A warning and an alert bound in percent. */
export interface PercentBoundsProps {
  /** Where a ticket is opened. @default see the prop */
  readonly warning?: number;
  /** Where the application's severity is notified. @default see the prop */
  readonly alert?: number;
}

/** A journey: views a user goes through in order, alerted on when a step's conversion drops. */
export interface JourneyProps {
  /** The journey's name, unique in the application. @example "share a plan" */
  readonly name: string;
  /**
   * The view groups (`@view.url_path_group`) of its steps, in order; at least two.
   * @example ["/login", "/plans/new", "/plans/share"]
   */
  readonly steps: readonly string[];
  /**
   * How far a step's conversion (its views over the previous step's) may drop, in percent of the same hours a
   * week before, before it alerts.
   * @default 20
   */
  readonly dropPercent?: number;
  /** The window conversion is measured over. @default "1h" */
  readonly window?: string;
}

/**
 * The users' satisfaction score (an in-app rating), kept as a `BusinessKpi` named `<name>-satisfaction` with the
 * application's owner, runbook and severity: an alert when its average stays below `atLeast`.
 */
export interface RumSatisfactionProps {
  /** The score, a PromQL gauge selector. @example 'planner_user_satisfaction_score{service="planner"}' */
  readonly gauge: string;
  /** The least average score the users must give. @example 4.5 */
  readonly atLeast: number;
  /** The best score a user can give; `atLeast` is above 0 and at most this. @default 5 */
  readonly of?: number;
}

/** A web or mobile application watched by Datadog RUM. */
export interface RealUserMonitoringProps {
  /** The service the application is the front end of: the `service` tag, which picks the PagerDuty service a page reaches. */
  readonly service: string;
  /**
   * The RUM application's name, unique in the stack (a second application of the same name is an error).
   * @example "planner-web"
   */
  readonly name: string;
  /** What the application runs on. @default "browser" */
  readonly type?: RumApplicationType;
  /**
   * The team that answers the application's alerts, by reference or by team name.
   * @default the stack's defaultOwner
   */
  readonly owner?: AlertOwner | string;
  /** The runbook every alert links; required when `severity` is "page". @default none */
  readonly runbookUrl?: string;
  /**
   * The severity of an alert (a poor vital, too many sessions with errors, a conversion drop); a warning
   * ("needs improvement") is always a ticket.
   * @default "ticket"
   */
  readonly severity?: AlertSeverity;
  /** Browser applications only: the bounds of the Core Web Vitals. @default Google's bounds */
  readonly vitals?: CoreWebVitalsProps;
  /** The view groups whose vitals alert; vitals are still recorded for every view. @default every view */
  readonly viewGroups?: readonly string[];
  /** Percent of sessions without an error kept by the retention filters (every session with an error is kept). @default 20 */
  readonly sessionSamplePercent?: number;
  /** Percent of sessions with at least one error. @default { warning: 2, alert: 5 } */
  readonly errorSessionsPercent?: PercentBoundsProps;
  /** Mobile applications only: percent of sessions without a crash, alerting below. @default { warning: 99.5, alert: 99 } */
  readonly crashFreeSessionsPercent?: PercentBoundsProps;
  /** The application's journeys, each a funnel of views. @default none */
  readonly journeys?: readonly JourneyProps[];
  /** The users' satisfaction score as a business KPI. @default none: no satisfaction KPI */
  readonly satisfaction?: RumSatisfactionProps;
  /** Extra Datadog tags of every resource. @default none */
  readonly tags?: Readonly<Record<string, string>>;
}
