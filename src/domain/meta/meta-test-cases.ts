import { firedAlert as fired } from "../infrastructure/alert-fixtures";
import type { AlertCheck, InputSeries, RuleTestCase } from "../rule-tests/slo-tests";
import { META_ALERTS, type MetaAlertDefinition } from "./meta-alerts";
import { heartbeatRule, metaAlertRule, TARGET_MISSING_FOR, targetMissingRule, type MetaSpec } from "./meta-rules";

/**
 * The promtool tests of a MetaMonitoring, one sample a minute and one evaluation a minute: every alert fires for the
 * failure it is about, not before its `for`, and stays quiet for a healthy component. A failure starts at minute
 * {@link FAILURE_START}; checks fall a minute before the earliest it could fire and well after the latest.
 */

type Labels = Readonly<Record<string, string>>;

/** The minute each failure starts; before it, every component is healthy. */
const FAILURE_START = 5;
/** Minutes past a failure's `for` at which it must fire: range windows of 5 minutes reach the failure late. */
const SETTLED = 6;
const EVALUATION_MINUTES = 1;

const series = (metric: string, labels: Labels, values: string): InputSeries => ({ metric, labels, values });
/** `healthy` until the failure starts, then `failing`, for `minutes` samples in all (promtool's expanding notation). */
const failing = (healthy: string, failingFrom: string, minutes: number) => `${healthy}x${FAILURE_START - 1} ${failingFrom}x${minutes - FAILURE_START}`;
const steady = (value: string, minutes: number) => `${value}x${minutes - 1}`;

/** A case: its input series, and the alerts that must be firing (or none) at given minutes. */
function alertCase(name: string, input: readonly InputSeries[], checks: readonly AlertCheck[]): RuleTestCase {
  return { name, evaluationMinutes: EVALUATION_MINUTES, series: input, checks };
}

/** How a definition's failure shows in its metrics: the series of a healthy component and of a failing one. */
interface FailureShape {
  readonly labels: Labels;
  readonly healthy: (minutes: number) => readonly InputSeries[];
  readonly failing: (minutes: number) => readonly InputSeries[];
}

const PROMETHEUS = { instance: "prometheus-0:9090" };
const ALERTMANAGER_URL = "http://alertmanager-0:9093/api/v2/alerts";
const REQUESTS_PER_MINUTE = 100;
/** 5% of the requests: above every 1% threshold. */
const FAILURES_PER_MINUTE = 5;

/** A counter of failures: flat when healthy, rising by one a minute once failing. */
function counter(metric: string, labels: Labels): FailureShape {
  return {
    labels,
    healthy: (minutes) => [series(metric, labels, steady("3", minutes))],
    failing: (minutes) => [series(metric, labels, failing("3", "4+1", minutes))],
  };
}

/** A gauge: `good` when healthy, `bad` once failing. */
function gauge(metric: string, labels: Labels, good: number, bad: number): FailureShape {
  return {
    labels,
    healthy: (minutes) => [series(metric, labels, steady(String(good), minutes))],
    failing: (minutes) => [series(metric, labels, failing(String(good), String(bad), minutes))],
  };
}

/** Requests counted by `total`, and the share of them that fail counted by `failed`: none, then 5%. */
function ratio(failed: string, total: string, labels: Labels, failedLabels: Labels = {}): FailureShape {
  const requests = (minutes: number) => series(total, labels, `0+${REQUESTS_PER_MINUTE}x${minutes - 1}`);
  return {
    labels,
    healthy: (minutes) => [requests(minutes), series(failed, { ...labels, ...failedLabels }, steady("0", minutes))],
    failing: (minutes) => [requests(minutes), series(failed, { ...labels, ...failedLabels }, failing("0", `${FAILURES_PER_MINUTE}+${FAILURES_PER_MINUTE}`, minutes))],
  };
}

/** Each definition's failure, in the labels its component's metrics carry (the job added by the caller). */
const SHAPES: Readonly<Record<string, (job: string) => FailureShape>> = {
  PrometheusBadConfig: (job) => gauge("prometheus_config_last_reload_successful", { job, ...PROMETHEUS }, 1, 0),
  PrometheusRuleFailures: (job) => counter("prometheus_rule_evaluation_failures_total", { job, ...PROMETHEUS, rule_group: "/etc/prometheus/rules/slo.rules.yml;slo" }),
  PrometheusMissingRuleEvaluations: (job) => counter("prometheus_rule_group_iterations_missed_total", { job, ...PROMETHEUS, rule_group: "/etc/prometheus/rules/slo.rules.yml;slo" }),
  PrometheusNotConnectedToAlertmanagers: (job) => gauge("prometheus_notifications_alertmanagers_discovered", { job, ...PROMETHEUS }, 2, 0),
  PrometheusErrorSendingAlertsToSomeAlertmanagers: (job) =>
    ratio("prometheus_notifications_errors_total", "prometheus_notifications_sent_total", { job, ...PROMETHEUS, alertmanager: ALERTMANAGER_URL }),
  PrometheusDroppingAlerts: (job) => counter("prometheus_notifications_dropped_total", { job, ...PROMETHEUS }),
  AlertmanagerFailedReload: (job) => gauge("alertmanager_config_last_reload_successful", { job, instance: "alertmanager-0:9093" }, 1, 0),
  AlertmanagerFailedToSendAlerts: (job) =>
    ratio("alertmanager_notifications_failed_total", "alertmanager_notifications_total", { job, instance: "alertmanager-0:9093", integration: "pagerduty" }, { reason: "serverError" }),
};

/** A definition's two cases: its failure fires it after its `for`, a healthy component never. */
function definitionCases(spec: MetaSpec, definition: MetaAlertDefinition): RuleTestCase[] {
  const shape = SHAPES[definition.name]?.(spec.jobs[definition.component]);
  if (shape === undefined) {
    return [];
  }
  const rule = metaAlertRule(spec, definition);
  const forMinutes = definition.for.minutes;
  const minutes = FAILURE_START + forMinutes + SETTLED + 1;
  const quiet = { minute: FAILURE_START + forMinutes - 1, alertname: rule.alert, firing: [] };
  const fires = { minute: FAILURE_START + forMinutes + SETTLED, alertname: rule.alert, firing: [fired(rule, shape.labels)] };
  return [
    alertCase(`${rule.alert}: a failing ${definition.component} fires it after ${definition.for}`, shape.failing(minutes), [quiet, fires]),
    alertCase(`${rule.alert}: a healthy ${definition.component} keeps it quiet`, shape.healthy(minutes), [{ ...fires, firing: [] }]),
  ];
}

/**
 * The cluster-wide notification alert: one instance failing opens its own ticket and pages nobody; every instance
 * failing pages, for the integration.
 */
function clusterCases(spec: MetaSpec): RuleTestCase[] {
  const definition = META_ALERTS.find((candidate) => candidate.name === "AlertmanagerClusterFailedToSendAlerts");
  const perInstance = META_ALERTS.find((candidate) => candidate.name === "AlertmanagerFailedToSendAlerts");
  if (definition === undefined || perInstance === undefined) {
    return [];
  }
  const [cluster, instance] = [metaAlertRule(spec, definition), metaAlertRule(spec, perInstance)];
  const minutes = FAILURE_START + definition.for.minutes + SETTLED + 1;
  const at = FAILURE_START + definition.for.minutes + SETTLED;
  const shapeOf = (name: string) =>
    ratio("alertmanager_notifications_failed_total", "alertmanager_notifications_total", { job: spec.jobs.alertmanager, instance: name, integration: "pagerduty" }, { reason: "serverError" });
  const [first, second] = [shapeOf("alertmanager-0:9093"), shapeOf("alertmanager-1:9093")];
  return [
    alertCase(`${cluster.alert}: one instance of two failing does not page`, [...first.failing(minutes), ...second.healthy(minutes)], [
      { minute: at, alertname: instance.alert, firing: [fired(instance, first.labels)] },
      { minute: at, alertname: cluster.alert, firing: [] },
    ]),
    alertCase(`${cluster.alert}: every instance failing pages for the integration`, [...first.failing(minutes), ...second.failing(minutes)], [
      { minute: FAILURE_START + definition.for.minutes - 1, alertname: cluster.alert, firing: [] },
      { minute: at, alertname: cluster.alert, firing: [fired(cluster, { integration: "pagerduty" })] },
    ]),
  ];
}

/** The heartbeat fires at the first evaluation and at every one after, whatever else happens. */
function heartbeatCase(spec: MetaSpec): RuleTestCase {
  const rule = heartbeatRule(spec);
  const checks = [0, 60].map((minute) => ({ minute, alertname: rule.alert, firing: [fired(rule, {})] }));
  return alertCase(`${rule.alert}: fires at every evaluation, with nothing else going on`, [], checks);
}

/**
 * Every scrape job's alert: targets down (one of two per job, `up == 0`) and jobs gone (their `up` series ended by
 * a staleness marker, as when a target leaves service discovery) are a ticket within 10 minutes and not before the
 * alert's `for`; every target up keeps it quiet.
 */
function targetCases(spec: MetaSpec): RuleTestCase[] {
  if (spec.scrapeJobs.length === 0) {
    return [];
  }
  const rules = spec.scrapeJobs.map((job) => ({ job, rule: targetMissingRule(spec, job) }));
  const alert = rules[0].rule.alert;
  const minutes = FAILURE_START + 10 + 1;
  const target = (job: string, index: number) => ({ job, instance: `${job}-${index}:9100` });
  const up = (job: string, index: number, values: string) => series("up", target(job, index), values);
  const within = (firing: AlertCheck["firing"]): AlertCheck[] => [
    { minute: FAILURE_START + TARGET_MISSING_FOR.minutes - 1, alertname: alert, firing: [] },
    { minute: FAILURE_START + 10, alertname: alert, firing },
  ];
  return [
    alertCase(
      `${alert}: a target down in every job is a ticket within 10 minutes`,
      rules.flatMap(({ job }) => [up(job, 0, failing("1", "0", minutes)), up(job, 1, steady("1", minutes))]),
      within(rules.map(({ job, rule }) => fired(rule, target(job, 0)))),
    ),
    alertCase(
      `${alert}: every job gone is a ticket within 10 minutes`,
      rules.map(({ job }) => up(job, 0, `1x${FAILURE_START - 1} stale`)),
      within(rules.map(({ job, rule }) => fired(rule, { job }))),
    ),
    alertCase(
      `${alert}: every target up keeps it quiet`,
      rules.map(({ job }) => up(job, 0, steady("1", minutes))),
      [{ minute: FAILURE_START + 10, alertname: alert, firing: [] }],
    ),
  ];
}

/** Every case of a MetaMonitoring's tests, on one evaluation interval. */
export function metaTestCases(spec: MetaSpec): RuleTestCase[] {
  return [heartbeatCase(spec), ...META_ALERTS.flatMap((definition) => definitionCases(spec, definition)), ...clusterCases(spec), ...targetCases(spec)];
}
