import { alertRule } from "../rules/alert-rule";
import { Duration } from "../duration";
import * as promql from "../promql";
import { aggregate, and, compare, minus, overTime, time, unless, type PromQL } from "../promql";
import type { AlertOwner } from "../routing/routing";
import type { AlertingRule } from "../rules/rules";
import { flowAlertNames, httpSteps, type FlowSpec } from "./flow";
import { FLOW_LABELS, LOCATION_LABELS, presenceWindow, probeSeries, runsIn } from "./probe-selectors";

/** A certificate expiring within this long opens a ticket. */
export const TLS_WARNING = Duration.days(14);
/** How long the certificate must stay that close to expiry before the ticket opens. */
export const TLS_FOR = Duration.hours(1);

/** The window of recent response times compared with the same window a week before. */
export const REGRESSION_WINDOW = Duration.hours(1);
export const REGRESSION_OFFSET = Duration.days(7);
/** How long a regression must last before the ticket opens. */
export const REGRESSION_FOR = Duration.minutes(30);

/** A location fails on its own when more than this share of the runs `oneLocationFor` holds failed. */
export const LOCATION_FAILING_RATIO = 0.5;
/** How long a location's probes may be missing before the ticket opens (after the presence window). */
export const PROBES_MISSING_FOR = Duration.minutes(3);
/**
 * The window over which failures spread over locations make a flow unreliable: an hour, or twelve times
 * `forAtLeast` when that is longer, so that `unreliableFailures` is at most a twelfth of each location's runs.
 */
export function unreliableWindow(settings: Pick<ProbeAlertSettings, "forAtLeast">): Duration {
  return Duration.ofMilliseconds(Math.max(Duration.hours(1).milliseconds, 12 * settings.forAtLeast.milliseconds));
}

/** The settings a flow's alerts are built from, which its generated tests predict the alerts from too. */
export interface ProbeAlertSettings {
  readonly locations: readonly string[];
  /** How often each location's probe runs. */
  readonly frequency: Duration;
  readonly failingLocations: number;
  readonly forAtLeast: Duration;
  /** How long one location may fail; none when one failing location already pages (failingLocations 1). */
  readonly oneLocationFor?: Duration;
  /** How long a location's last result counts (presenceWindow). */
  readonly presence: Duration;
  readonly responseTimeLimit?: Duration;
  /** Whether the flow's request goes over TLS, so that its certificate can expire. */
  readonly tls: boolean;
}

export function probeAlertSettings(spec: FlowSpec): ProbeAlertSettings {
  const { failingLocations, forAtLeast, oneLocationFor } = spec.alertWhen;
  return {
    locations: spec.locations.map((location) => location.name),
    frequency: spec.frequency,
    failingLocations,
    forAtLeast,
    oneLocationFor: failingLocations > 1 ? oneLocationFor : undefined,
    presence: presenceWindow(spec),
    responseTimeLimit: spec.responseTimeLimit,
    tls: httpSteps(spec).some((step) => step.url.startsWith("https://")),
  };
}

/**
 * How many failed runs within `unreliableWindow`, beyond the location failing most, make a flow unreliable: more
 * than one outage of every location shorter than `forAtLeast` makes (which pages no one and must not ticket), so
 * several of them, or failures scattered over the locations.
 */
export function unreliableFailures(settings: ProbeAlertSettings): number {
  return Math.max(1, settings.locations.length - 1) * runsIn(settings.forAtLeast, settings);
}

/** How many failed runs over `oneLocationFor` make one location failing: LOCATION_FAILING_RATIO of its runs. */
export function locationFailures(settings: ProbeAlertSettings, oneLocationFor: Duration): number {
  return LOCATION_FAILING_RATIO * runsIn(oneLocationFor, settings);
}

/** Failed probes over a window, per location: runs minus successes. */
function failuresByLocation(spec: FlowSpec, window: Duration): PromQL {
  const success = probeSeries("probe_success", spec);
  return aggregate("sum", { by: LOCATION_LABELS }, minus(overTime("count_over_time", success, window), overTime("sum_over_time", success, window)));
}

/**
 * The failed runs of a flow's probes over `unreliableWindow`, not counting the location that failed most (with more
 * than one location), above `unreliableFailures`: failures spread over locations, which neither the failing alert
 * (never enough locations at once for long enough) nor the one-location ticket (no single location failing
 * throughout) report. Quiet for an hour after the failing alert fired: its outage explains them.
 */
function unreliableExpression(spec: FlowSpec, settings: ProbeAlertSettings, failingAlert: string): PromQL {
  const window = unreliableWindow(settings);
  const byLocation = failuresByLocation(spec, window);
  const total = aggregate("sum", { by: FLOW_LABELS }, byLocation);
  const spread = settings.locations.length > 1 ? minus(total, aggregate("max", { by: FLOW_LABELS }, byLocation)) : total;
  return unless(compare(spread, ">", unreliableFailures(settings)), firedWithin(spec, failingAlert, window), { on: ["flow"] });
}

/** Whether the flow's failing alert fired within a window: the tickets its outage explains stay quiet. */
function firedWithin(spec: FlowSpec, failingAlert: string, window: Duration): PromQL {
  const fired = promql.selector({ metric: "ALERTS", matchers: promql.equals({ alertname: failingAlert, alertstate: "firing", flow: spec.id }) });
  return overTime("max_over_time", fired, window);
}

/**
 * A flow's alerts: failing when `failingLocations` locations fail for `forAtLeast` (the check's criticality); tickets
 * when one location fails more than half of its probes for `oneLocationFor` (unless the flow paged in that time), when a location's probes are missing,
 * when failures spread over locations (`unreliableExpression`), when a location answers slower than the flow's limit
 * (a run that timed out fails, it is not slow), when the certificate expires within 14 days (one ticket per check,
 * whatever the locations), and when the flow is `regressionRatio` times slower than the same hour a week before.
 */
export function probeAlerts(spec: FlowSpec, owner: AlertOwner): AlertingRule[] {
  const settings = probeAlertSettings(spec);
  const names = flowAlertNames(spec.alertName);
  const { failingLocations, forAtLeast } = settings;
  const common = {
    owner,
    service: spec.service,
    environment: spec.alertLabels.env,
    runbookUrl: spec.runbookUrl,
    dashboardUrl: spec.dashboardUrl,
    labels: { flow: spec.id },
  };
  const ticket = { ...common, severity: "ticket" as const };
  const flow = `${spec.service} flow ${spec.name}`;
  const success = probeSeries("probe_success", spec);
  const duration = probeSeries("probe_duration_seconds", spec);
  const rules: AlertingRule[] = [
    alertRule({
      ...common,
      name: names.failing,
      severity: spec.criticality,
      expr: promql.compare(aggregate("count", { by: FLOW_LABELS }, compare(success, "==", 0)), ">=", promql.num(failingLocations)),
      for: forAtLeast,
      summary: `${flow} is failing`,
      description: `${flow} fails from {{ $value }} of ${settings.locations.length} locations for ${forAtLeast} (alert at ${failingLocations}).`,
    }),
  ];
  const { oneLocationFor, responseTimeLimit } = settings;
  if (oneLocationFor !== undefined) {
    rules.push(
      alertRule({
        ...ticket,
        name: names.locationFailing,
        expr: unless(compare(failuresByLocation(spec, oneLocationFor), ">", locationFailures(settings, oneLocationFor)), firedWithin(spec, names.failing, oneLocationFor), { on: ["flow"] }),
        for: Duration.ofMilliseconds(oneLocationFor.milliseconds / 2),
        summary: `${flow} is failing from one location`,
        description: `${flow} has failed more than half of its probes from {{ $labels.location }} for ${oneLocationFor}; the other locations keep it from paging (quiet while the flow pages, and for ${oneLocationFor} after).`,
      }),
    );
  }
  const missing = settings.locations.map((location) => overTime("absent_over_time", probeSeries("probe_success", spec, location), settings.presence));
  rules.push(
    alertRule({
      ...ticket,
      name: names.probesMissing,
      expr: promql.anyOf(...missing),
      for: PROBES_MISSING_FOR,
      summary: `${flow} is not probed from a location`,
      description: `No probe of ${flow} has reported from {{ $labels.location }} for ${settings.presence} and ${PROBES_MISSING_FOR}: the location's blackbox exporter or its Probe is gone, and the location counts as failing in uptime and reachability.`,
    }),
    alertRule({
      ...ticket,
      name: names.unreliable,
      expr: unreliableExpression(spec, settings, names.failing),
      for: forAtLeast,
      summary: `${flow} fails intermittently`,
      description: `More than ${promql.num(unreliableFailures(settings))} runs of the probes of ${flow} failed in the last ${unreliableWindow(settings)} besides those of the location failing most, more than one outage shorter than ${forAtLeast} makes: failures too short or too scattered to page.`,
    }),
  );
  if (responseTimeLimit !== undefined) {
    const slow = and(compare(duration, ">", responseTimeLimit.seconds), compare(success, "==", 1));
    rules.push(
      alertRule({
        ...ticket,
        name: names.slow,
        expr: aggregate("max", { by: LOCATION_LABELS }, slow),
        for: forAtLeast,
        summary: `${flow} is slow`,
        description: `${flow} takes {{ $value }}s from {{ $labels.location }}, more than ${responseTimeLimit}.`,
      }),
    );
  }
  if (settings.tls) {
    const expiry = minus(aggregate("min", { by: FLOW_LABELS }, probeSeries("probe_ssl_earliest_cert_expiry", spec)), time());
    rules.push(
      alertRule({
        ...ticket,
        name: names.tlsExpiring,
        expr: compare(expiry, "<", TLS_WARNING.seconds),
        for: TLS_FOR,
        summary: `The TLS certificate of ${flow} expires soon`,
        description: `The certificate ${flow} is served with expires in {{ $value | humanizeDuration }}, less than ${TLS_WARNING}.`,
      }),
    );
  }
  const recent = aggregate("avg", { by: FLOW_LABELS }, overTime("avg_over_time", duration, REGRESSION_WINDOW));
  const weekBefore = aggregate("avg", { by: FLOW_LABELS }, overTime("avg_over_time", duration, REGRESSION_WINDOW, REGRESSION_OFFSET));
  rules.push(
    alertRule({
      ...ticket,
      name: names.regression,
      expr: promql.compare(promql.divide(recent, weekBefore), ">", promql.num(spec.regressionRatio)),
      for: REGRESSION_FOR,
      summary: `${flow} is slower than a week ago`,
      description: `${flow} takes {{ $value | humanize }} times as long as the same hour a week before (ticket above ${spec.regressionRatio}).`,
    }),
  );
  return rules;
}
