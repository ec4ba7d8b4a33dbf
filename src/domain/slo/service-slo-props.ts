import type { AlertOwner } from "../routing/routing";
import type { StatusPageProps } from "../status-page/status-page-props";

/** Bad requests over all requests, from two counters: `errors` and `total`, or `good` and `total`. */
export interface EventRatioSliProps {
  /**
   * Counter of failed events, a PromQL selector.
   * @default none: give `good` instead
   * @example 'http_requests_total{service="checkout",code=~"5.."}'
   */
  readonly errors?: string;
  /**
   * Counter of successful events, a PromQL selector.
   * @default none: give `errors` instead
   */
  readonly good?: string;
  /**
   * Counter of all events, a PromQL selector.
   * @example 'http_requests_total{service="checkout"}'
   */
  readonly total: string;
}

/** Requests slower than a threshold, from a classic Prometheus histogram measured in seconds. */
export interface LatencySliProps {
  /**
   * The histogram's base name and labels, without `_bucket`.
   * @example 'http_request_duration_seconds{service="checkout"}'
   */
  readonly histogram: string;
  /**
   * The latency a good request stays under; a bucket bound of the histogram (`le`), as a duration ("500ms") or,
   * as bounds are often written, a decimal one ("2.5s" is `le="2.5"`). The generated absent alert watches the
   * `_bucket{le="…"}` series at it, so a threshold that is not a bound opens a ticket after 15 minutes.
   * @example "500ms"
   */
  readonly threshold: string;
  /**
   * The histogram's bucket bounds, without +Inf: numbers in seconds as in the instrumenting code (`[0.1, 0.25, 0.5, 1]`)
   * or durations (`["100ms", "250ms", "500ms", "2.5s"]`). When given, they must be sorted and unique, and a threshold
   * that is not one of them is an error at synth, before anything is deployed.
   * @default none: the threshold is not checked at synth, only by the absent alert in production
   */
  readonly buckets?: readonly (number | string)[];
}

/** An error ratio written in PromQL, with `{{.window}}` where the range goes (as in Sloth). */
export interface QuerySliProps {
  /**
   * The ratio of bad events over the window, 0 to 1.
   * @example '1 - avg_over_time(probe_success{job="checkout"}[{{.window}}])'
   */
  readonly errorRatio: string;
  /**
   * The number of events over the window, for the low-traffic guard.
   * @default none: page alerts have no low-traffic guard
   */
  readonly totalEvents?: string;
}

/** How the SLO is measured: exactly one of `events`, `latency` or `query`. */
export interface SliProps {
  /** @default none */
  readonly events?: EventRatioSliProps;
  /** @default none */
  readonly latency?: LatencySliProps;
  /** @default none */
  readonly query?: QuerySliProps;
}

/** One burn-rate alert window pair, replacing the workbook table. */
export interface BurnRateWindowProps {
  /** `page` wakes someone up; `ticket` goes to the team's channel. */
  readonly severity: "page" | "ticket";
  /** Percent of the period's error budget consumed within `long` when the alert fires. */
  readonly budgetConsumedPercent: number;
  /** @example "1h" */
  readonly long: string;
  /** @example "5m" */
  readonly short: string;
}

/** What the SLO is written to; every output is on unless switched off. */
export interface SloOutputs {
  /** Recording rules, alerts and tests (rule files and PrometheusRule). @default true */
  readonly prometheus?: boolean;
  /** A Datadog SLO with burn-rate monitors. @default true */
  readonly datadog?: boolean;
  /** A Grafana dashboard (Terraform, file and GrafanaDashboard resource). @default true */
  readonly grafana?: boolean;
}

/** One severity of the SLO's burn-rate alerts, as Sloth's `page_alert` and `ticket_alert` describe it. */
export interface SloAlertProps {
  /**
   * Writes no alert of this severity (its window pairs are dropped on every output).
   * @default false
   */
  readonly disable?: boolean;
  /**
   * Labels of this severity's alert only, e.g. to route it to a channel of its own.
   * @default none
   */
  readonly labels?: Readonly<Record<string, string>>;
  /**
   * Annotations of this severity's alert only.
   * @default none
   */
  readonly annotations?: Readonly<Record<string, string>>;
}

/** The SLO's burn-rate alerts, as Sloth's `alerting` block describes them. */
export interface SloAlertingProps {
  /**
   * The burn-rate alerts' name (page and ticket share it, told apart by `severity` and `sloth_severity`).
   * @default `<Service><Name>ErrorBudgetBurn`, e.g. `CheckoutAvailabilityErrorBudgetBurn`
   */
  readonly name?: string;
  /**
   * Labels of every burn-rate alert, besides Watchkeeper's (`severity`, `team`, `service`, `env`, `slo`,
   * `sloth_severity`), which they cannot replace.
   * @default none
   */
  readonly labels?: Readonly<Record<string, string>>;
  /**
   * Annotations of every burn-rate alert, e.g. Sloth's `title`; they add to and may replace `summary` and
   * `description`.
   * @default none
   */
  readonly annotations?: Readonly<Record<string, string>>;
  /** The page alert. @default enabled, no extra labels or annotations */
  readonly page?: SloAlertProps;
  /** The ticket alert. @default enabled, no extra labels or annotations */
  readonly ticket?: SloAlertProps;
}

/** The props of ServiceSlo: the service, its objective over a period, the SLI, the owner and the outputs. */
export interface ServiceSloProps {
  /** The service the SLO is about; becomes the `service` label. @example "checkout" */
  readonly service: string;
  /** The SLO's name, unique within its service. @example "availability" */
  readonly name: string;
  /** The share of good events to reach, in percent, above 0 and below 100. @example 99.9 */
  readonly objective: number;
  /**
   * The rolling window the objective is measured over.
   * @default "30d"
   */
  readonly period?: string;
  /** How the SLO is measured. */
  readonly sli: SliProps;
  /**
   * The team that receives the SLO's alerts: an OnCallTeam, or a team's name.
   * @default the stack's defaultOwner
   */
  readonly owner?: AlertOwner | string;
  /**
   * What to do when the SLO pages. Required when the SLO has page alerts.
   * @default none
   */
  readonly runbookUrl?: string;
  /**
   * A sentence on what the SLO protects, for alert descriptions and the dashboard.
   * @default "SLO <name> of <service>"
   */
  readonly description?: string;
  /**
   * Extra labels on the SLO's recording rules (not on alerts, whose labels are team, service, env, slo, severity).
   * @default none
   */
  readonly labels?: Readonly<Record<string, string>>;
  /**
   * Low-traffic guard: a window may page only when it saw at least this many events. 0 switches it off.
   * @default the fewest events for which one failed request cannot cross a page threshold alone (167 for 99.9% over 30d)
   */
  readonly minimumEventsForPage?: number;
  /**
   * The burn-rate window pairs, used as given (not scaled to the period).
   * @default the workbook table for 30 days, scaled to the period
   */
  readonly burnRateWindows?: readonly BurnRateWindowProps[];
  /**
   * The outputs the SLO is written to (Prometheus, Datadog, Grafana); switch one off with false.
   * @default every output on
   * @example { datadog: false }
   */
  readonly outputs?: SloOutputs;
  /**
   * Datadog numerator (good events) and denominator (all events) queries, for a query SLI or to override the
   * translation of the selectors.
   * @default translated from the SLI's selectors
   */
  readonly datadogQuery?: { readonly numerator: string; readonly denominator: string };
  /**
   * Shows the SLO on the customer-facing status page as a component: its state, daily uptime and incidents, under
   * the component's name only. Needs the Prometheus output, whose rule file then marks the SLO public.
   * @default not public: the SLO never appears on the status page
   * @example { component: "Checkout", description: "Paying for an order" }
   */
  readonly statusPage?: StatusPageProps;
  /**
   * The burn-rate alerts' name, labels and annotations, and either severity switched off, as a Sloth spec's
   * `alerting` block sets them.
   * @default `<Service><Name>ErrorBudgetBurn`, page and ticket, Watchkeeper's labels and annotations
   */
  readonly alerting?: SloAlertingProps;
}
