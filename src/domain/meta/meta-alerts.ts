import { Duration } from "../duration";
import type { AlertLevel } from "../infrastructure/catalog";
import * as promql from "../promql";
import { aggregate, compare, overTime } from "../promql";
import type { LabelMatcher, PromQL, Selector } from "../promql";

/**
 * The alerts on Prometheus's and Alertmanager's own metrics, after kube-prometheus' (prometheus-mixin and
 * alertmanager-mixin: the same names, expressions, `for` and severities, kube-prometheus' `critical` paging and its
 * `warning` opening a ticket), plus one of Watchkeeper's: alerts Prometheus dropped.
 */

/** The components whose own metrics the alerts read. */
export const META_COMPONENTS = ["prometheus", "alertmanager"] as const;
export type MetaComponent = (typeof META_COMPONENTS)[number];

/** A selector of one of the component's metrics: its job's, with more matchers if any. */
export type ComponentSelector = (metric: string, matchers?: readonly LabelMatcher[]) => Selector;

/** An alert on a component's own metrics. */
export interface MetaAlertDefinition {
  /** CamelCase, as the mixins name it. */
  readonly name: string;
  readonly component: MetaComponent;
  /** kube-prometheus' severity: `critical` pages, `warning` opens a ticket. */
  readonly level: AlertLevel;
  readonly for: Duration;
  readonly summary: string;
  /** May name the series' labels as `{{ $labels.instance }}`. */
  readonly description: string;
  readonly expr: (select: ComponentSelector) => string;
}

const FIVE_MINUTES = Duration.minutes(5);
const FIFTEEN_MINUTES = Duration.minutes(15);

/** `increase(<metric>[5m]) > 0`: a counter of failures that moved in the last 5 minutes. */
const increased = (metric: string) => (select: ComponentSelector) => compare(promql.increase(select(metric), FIVE_MINUTES), ">", 0);

/** `max_over_time(<gauge>[5m]) <op> <value>`: a gauge that stayed on the wrong side for 5 minutes (a failed scrape is no all-clear). */
const stayed = (metric: string, operator: "==" | "<", value: number) => (select: ComponentSelector) =>
  compare(overTime("max_over_time", select(metric), FIVE_MINUTES), operator, value);

/**
 * The share of Alertmanager's notifications that failed, per instance and integration, over 15 minutes; summed over
 * the failure `reason` that Alertmanager 0.26 and later add to the failures only.
 */
function failedNotificationRatio(select: ComponentSelector): PromQL {
  const failed = aggregate("sum", { without: ["reason"] }, promql.rate(select("alertmanager_notifications_failed_total"), FIFTEEN_MINUTES));
  return promql.divide(failed, promql.rate(select("alertmanager_notifications_total"), FIFTEEN_MINUTES));
}

/** prometheus-mixin's alerts (prometheus/prometheus documentation/prometheus-mixin/alerts.libsonnet), and dropped alerts. */
const PROMETHEUS_ALERTS: readonly MetaAlertDefinition[] = [
  {
    name: "PrometheusBadConfig",
    component: "prometheus",
    level: "critical",
    for: Duration.minutes(10),
    summary: "Failed Prometheus configuration reload.",
    description: "Prometheus {{ $labels.instance }} has failed to reload its configuration: it keeps running the previous one, and would not start again with this one.",
    expr: stayed("prometheus_config_last_reload_successful", "==", 0),
  },
  {
    name: "PrometheusRuleFailures",
    component: "prometheus",
    level: "critical",
    for: FIFTEEN_MINUTES,
    summary: "Prometheus is failing rule evaluations.",
    description: "Prometheus {{ $labels.instance }} has failed to evaluate rules of group {{ $labels.rule_group }} in the last 5m: their alerts cannot fire.",
    expr: increased("prometheus_rule_evaluation_failures_total"),
  },
  {
    name: "PrometheusMissingRuleEvaluations",
    component: "prometheus",
    level: "warning",
    for: FIFTEEN_MINUTES,
    summary: "Prometheus is missing rule evaluations due to slow rule group evaluation.",
    description: "Prometheus {{ $labels.instance }} has missed evaluations of rule group {{ $labels.rule_group }} in the last 5m: its alerts fire late.",
    expr: increased("prometheus_rule_group_iterations_missed_total"),
  },
  {
    name: "PrometheusNotConnectedToAlertmanagers",
    component: "prometheus",
    level: "warning",
    for: Duration.minutes(10),
    summary: "Prometheus is not connected to any Alertmanagers.",
    description: "Prometheus {{ $labels.instance }} has discovered no Alertmanager to send its alerts to.",
    expr: stayed("prometheus_notifications_alertmanagers_discovered", "<", 1),
  },
  {
    name: "PrometheusErrorSendingAlertsToSomeAlertmanagers",
    component: "prometheus",
    level: "warning",
    for: FIFTEEN_MINUTES,
    summary: "More than 1% of alerts sent by Prometheus to a specific Alertmanager were affected by errors.",
    description: "Prometheus {{ $labels.instance }} fails to send more than 1% of its alerts to Alertmanager {{ $labels.alertmanager }}.",
    expr: (select) =>
      compare(
        promql.divide(promql.rate(select("prometheus_notifications_errors_total"), FIVE_MINUTES), promql.rate(select("prometheus_notifications_sent_total"), FIVE_MINUTES)),
        ">",
        0.01,
      ),
  },
  {
    name: "PrometheusDroppingAlerts",
    component: "prometheus",
    level: "critical",
    for: FIFTEEN_MINUTES,
    summary: "Prometheus is dropping alerts: no Alertmanager took them, or its queue was full.",
    description: "Prometheus {{ $labels.instance }} has dropped alerts in the last 5m (prometheus_notifications_dropped_total): they reached no Alertmanager, so nobody was notified of them.",
    expr: increased("prometheus_notifications_dropped_total"),
  },
];

/** alertmanager-mixin's alerts on a failed reload and failed notifications (prometheus/alertmanager doc/alertmanager-mixin/alerts.libsonnet). */
const ALERTMANAGER_ALERTS: readonly MetaAlertDefinition[] = [
  {
    name: "AlertmanagerFailedReload",
    component: "alertmanager",
    level: "critical",
    for: Duration.minutes(10),
    summary: "Reloading an Alertmanager configuration has failed.",
    description: "Alertmanager {{ $labels.instance }} has failed to reload its configuration: it routes by the previous one.",
    expr: stayed("alertmanager_config_last_reload_successful", "==", 0),
  },
  {
    name: "AlertmanagerFailedToSendAlerts",
    component: "alertmanager",
    level: "warning",
    for: FIVE_MINUTES,
    summary: "An Alertmanager instance failed to send notifications.",
    description: "Alertmanager {{ $labels.instance }} failed to send more than 1% of its notifications to {{ $labels.integration }} in the last 15m.",
    expr: (select) => compare(failedNotificationRatio(select), ">", 0.01),
  },
  {
    name: "AlertmanagerClusterFailedToSendAlerts",
    component: "alertmanager",
    level: "critical",
    for: FIVE_MINUTES,
    summary: "All Alertmanager instances failed to send notifications to an integration.",
    description: "Every Alertmanager instance failed to send more than 1% of its notifications to {{ $labels.integration }} in the last 15m: alerts may reach nobody.",
    expr: (select) => compare(aggregate("min", { by: ["integration"] }, failedNotificationRatio(select)), ">", 0.01),
  },
];

/** Every alert on the components' own metrics, Prometheus's first. */
export const META_ALERTS: readonly MetaAlertDefinition[] = [...PROMETHEUS_ALERTS, ...ALERTMANAGER_ALERTS];
