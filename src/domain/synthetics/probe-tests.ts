import { Duration } from "../duration";
import * as promql from "../promql";
import { blackboxSeries, type BlackboxProbe, type ProbeOutcome } from "../rule-tests/blackbox-series";
import type { ExpectedAlert, InputSeries } from "../rule-tests/slo-tests";
import { isAlertingRule, type AlertingRule, type RuleGroup } from "../rules/rules";
import { flowAlertNames, probeJob, probeTargetLabels, probeTimeout, httpSteps, type FlowSpec } from "./flow";
import { probeAlertSettings } from "./probe-alerts";
import { PROBE_ALERT_KINDS, ProbeModel, type PredictedAlert, type ProbeAlertKind } from "./probe-model";
import { RECORDED, UPTIME_WINDOWS } from "./probe-rules";
import { probeScenarios, type ProbeScenario } from "./probe-scenarios";
import type { UptimePagePair } from "./uptime-windows";

/** A query a test evaluates at a minute, and the samples it must return (none: it must return nothing). */
export interface QueryCheck {
  readonly minute: number;
  readonly expr: promql.PromQL;
  /** The metric name of the returned series, or "" when the query drops it. */
  readonly metric: string;
  readonly samples: ReadonlyArray<{ readonly labels: Readonly<Record<string, string>>; readonly value: number }>;
}

/** One probe test case: per-location series at an input interval, and the alerts and values expected. */
export interface ProbeTestCase {
  readonly name: string;
  /** The interval between input samples. */
  readonly inputMinutes: number;
  readonly series: readonly InputSeries[];
  readonly alerts: ReadonlyArray<{ readonly minute: number; readonly alertname: string; readonly firing: readonly ExpectedAlert[] }>;
  readonly queries: readonly QueryCheck[];
}

/** A year, for certificates that are not about to expire. */
const FAR_EXPIRY = Duration.days(365).seconds;
/** A day, for the neighbours' certificate. */
const NEIGHBOUR_EXPIRY = Duration.days(1).seconds;
/** The neighbours' series that the flow's rules select by metric. */
const NEIGHBOUR_METRICS = ["probe_success", "probe_duration_seconds", "probe_ssl_earliest_cert_expiry"];
/**
 * How many minutes either side of a checked instant the predicted state must hold: Prometheus versions differ by
 * one evaluation where a sample falls on a window's edge (2.x includes it, 3.x does not).
 */
const ROBUST = 1;

/** Prometheus' `humanizeDuration` for a duration of a minute or more: `13d 23h 40m 0s`. */
export function humanizeDuration(seconds: number): string {
  const whole = Math.trunc(seconds);
  const [days, hours, minutes, rest] = [Math.trunc(whole / 86400), Math.trunc(whole / 3600) % 24, Math.trunc(whole / 60) % 60, whole % 60];
  if (days !== 0) return `${days}d ${hours}h ${minutes}m ${rest}s`;
  return hours !== 0 ? `${hours}h ${minutes}m ${rest}s` : `${minutes}m ${rest}s`;
}

/** An alert as promtool reports it firing: the rule's labels over the series', annotations with `$labels` and `$value` filled in. */
function fired(rule: AlertingRule, labels: Readonly<Record<string, string>>, value: number): ExpectedAlert {
  const all = { ...labels, ...rule.labels };
  const fill = (text: string) =>
    text
      .replace(/\{\{ \$labels\.(\w+) \}\}/g, (_, name: string) => all[name] ?? "")
      .replace(/\{\{ \$value \| humanizeDuration \}\}/g, humanizeDuration(value))
      .replace(/\{\{ \$value \}\}/g, String(value));
  return { labels: all, annotations: Object.fromEntries(Object.entries(rule.annotations).map(([key, text]) => [key, fill(text)])) };
}

function ruleNamed(groups: readonly RuleGroup[], name: string): AlertingRule | undefined {
  return groups.flatMap((group) => group.rules).find((rule): rule is AlertingRule => isAlertingRule(rule) && rule.alert === name);
}

/** The minutes worth checking in a state timeline: the first and last robust minute of every stretch, and the end. */
function checkpoints(states: readonly string[]): number[] {
  const robust = (minute: number) => states.slice(Math.max(0, minute - ROBUST), minute + ROBUST + 1).every((state) => state === states[minute]);
  const minutes = states.map((_, minute) => minute).filter(robust);
  return minutes.filter((minute, index) => {
    const [before, after] = [minutes[index - 1], minutes[index + 1]];
    const startsRun = before !== minute - 1 || states[before] !== states[minute];
    const endsRun = after !== minute + 1 || states[after] !== states[minute];
    return startsRun || endsRun;
  });
}

/** What fired in a scenario, for its name: each alert's first firing minute after the event, or that nothing did. */
function outcome(model: ProbeModel, event: number, names: Readonly<Record<ProbeAlertKind, string>>, pages: ReadonlySet<ProbeAlertKind>): string {
  const first = new Map<ProbeAlertKind, number>();
  for (let minute = 0; minute < model.minutes; minute++) {
    model.alertsAt(minute).forEach((alert) => first.has(alert.kind) || first.set(alert.kind, minute - event));
  }
  const fired = [...first].map(([kind, minute]) => `${names[kind]} from +${minute}m`);
  const paged = [...first.keys()].some((kind) => pages.has(kind));
  return fired.length === 0 ? "nothing fires" : `${fired.join(", ")}${paged ? "" : "; no page"}`;
}

/**
 * The labels of a flow's probe series in its tests, as its Probe labels them but for `env`, which the rules keep
 * but do not select: the tests of every environment are then the same tests, run once.
 */
export function testedProbeLabels(spec: Pick<FlowSpec, "id" | "service" | "alertLabels">, url: string, location: string): Record<string, string> {
  const { env: _env, ...labels } = probeTargetLabels(spec, location);
  return { job: probeJob(spec), instance: url, namespace: "monitoring", ...labels };
}

/** The outcome of each run of a probe every `seconds`, from per-minute outcomes: the minute each run starts in. */
function runOutcomes(minutes: readonly ProbeOutcome[], seconds: number): ProbeOutcome[] {
  return Array.from({ length: Math.floor(((minutes.length - 1) * 60) / seconds) + 1 }, (_, run) => minutes[Math.floor((run * seconds) / 60)]);
}

/**
 * The series the flow's rules read of other checks probed from the same locations, which they must not count: one
 * failing everywhere, and in a scenario of slow or missing runs one up but slow everywhere, both with a certificate a
 * day from expiry. Without them, a rule that lost its `flow` matcher would pass every test.
 */
function neighbourSeries(spec: FlowSpec, shape: Omit<BlackboxProbe, "labels">, scenario: ProbeScenario): InputSeries[] {
  const slow = [...scenario.phases.values()].some((outcomes) => outcomes.includes("slow") || outcomes.includes("gone"));
  return (slow ? (["failing", "slow"] as const) : (["failing"] as const)).flatMap((outcome) =>
    spec.locations.flatMap((location) => {
      const flow = `${spec.id}-${outcome}-neighbour`;
      const labels = testedProbeLabels({ ...spec, id: flow }, `https://${outcome}.example.com/`, location.name);
      const probe = { ...shape, labels, variation: 0, certificateExpiry: shape.certificateExpiry === undefined ? undefined : NEIGHBOUR_EXPIRY };
      const outcomes = runOutcomes(Array<ProbeOutcome>(scenario.minutes).fill(outcome), spec.frequency.seconds);
      return blackboxSeries(probe, outcomes, `${outcome}-neighbour`).series.filter((series) => NEIGHBOUR_METRICS.includes(series.metric));
    }),
  );
}

function scenarioCase(spec: FlowSpec, groups: readonly RuleGroup[], scenario: ProbeScenario, uptime: readonly UptimePagePair[]): ProbeTestCase {
  const settings = probeAlertSettings(spec);
  const [step] = httpSteps(spec);
  const shape = {
    usualSeconds: Math.min(0.3, (spec.responseTimeLimit?.seconds ?? 1) / 2),
    slowSeconds: 2 * (spec.responseTimeLimit?.seconds ?? 1),
    timeoutSeconds: probeTimeout(spec).seconds - 0.5,
    certificateExpiry: settings.tls ? scenario.certificateExpiry ?? FAR_EXPIRY : undefined,
  };
  const probes = settings.locations.map((location) => {
    const labels = testedProbeLabels(spec, step.url, location);
    const outcomes = runOutcomes(scenario.outcomes.get(location) as ProbeOutcome[], spec.frequency.seconds);
    return { location, ...blackboxSeries({ ...shape, labels }, outcomes, `${scenario.name}/${location}`) };
  });
  const model = new ProbeModel(settings, probes, scenario.minutes, uptime);
  const phases = Array.from({ length: scenario.minutes }, (_, minute) => settings.locations.map((location) => scenario.phases.get(location)?.[minute]).join());
  const names: Record<ProbeAlertKind, string> = { ...flowAlertNames(spec.alertName), uptimePage: "the uptime SLO's page" };
  const rules = new Map<ProbeAlertKind, AlertingRule>(PROBE_ALERT_KINDS.flatMap((kind) => {
    const rule = ruleNamed(groups, names[kind]);
    return rule === undefined ? [] : [[kind, rule] as const];
  }));
  const flowLabels = { env: spec.alertLabels.env, service: spec.service, flow: spec.id };
  const expected = (alert: PredictedAlert) =>
    fired(rules.get(alert.kind) as AlertingRule, { ...flowLabels, ...(alert.location === undefined ? {} : { location: alert.location }) }, alert.value);
  const uptimeStates = Array.from({ length: scenario.minutes }, (_, minute) => model.alertsAt(minute).some((alert) => alert.kind === "uptimePage"));
  const pageChecks = checkpoints(uptimeStates.map((state, minute) => `${state}|${phases[minute]}`));
  const alerts = [...rules.keys()].flatMap((kind) => {
    const at = (minute: number) => model.alertsAt(minute).filter((alert) => alert.kind === kind);
    const states = Array.from({ length: scenario.minutes }, (_, minute) => at(minute).map((alert) => alert.location ?? "firing").join());
    return checkpoints(states.map((state, minute) => `${state}|${phases[minute]}`)).map((minute) => ({ minute, alertname: names[kind], firing: at(minute).map(expected) }));
  });
  const pageKinds = new Set<ProbeAlertKind>([...[...rules].filter(([, rule]) => rule.labels.severity === "page").map(([kind]) => kind), "uptimePage"]);
  // Either page pair of the uptime SLO makes one alert.
  const pagesAt = (minute: number): QueryCheck => {
    const pages = model.alertsAt(minute).filter((alert) => pageKinds.has(alert.kind)).length;
    return { minute, expr: promql.aggregate("count", promql.selector({ metric: "ALERTS", matchers: promql.equals({ alertstate: "firing", severity: "page" }) })), metric: "", samples: pages === 0 ? [] : [{ labels: {}, value: pages }] };
  };
  // Within a ten-thousandth of the model's value: Prometheus averages in another order than the model.
  const near = (metric: string, value: number) => ({ expr: promql.compare(promql.abs(promql.minus(promql.selector(metric), value)), "<", 0.0001, { bool: true }), metric: "", samples: [{ labels: flowLabels, value: 1 }] });
  const recordings = (scenario.recordingsAt ?? []).flatMap((minute) =>
    UPTIME_WINDOWS.flatMap((window) => [
      { minute, ...near(RECORDED.uptime(window), model.uptime(minute)) },
      { minute, ...near(RECORDED.reachability(window), model.reachability(minute)) },
    ]),
  );
  return {
    name: `${scenario.name}: ${outcome(model, scenario.event, names, pageKinds)}`,
    inputMinutes: spec.frequency.seconds / 60,
    series: [...probes.flatMap((probe) => probe.series), ...neighbourSeries(spec, shape, scenario)],
    alerts,
    queries: [...[...new Set([...alerts.map((check) => check.minute), ...pageChecks])].sort((a, b) => a - b).map(pagesAt), ...recordings],
  };
}

/**
 * The alert tests of a flow's probes on a 1-minute grid, one case per scenario of `probeScenarios`: blackbox
 * exporter series with noise, and at the instants where the state changes, the alerts `ProbeModel` predicts, how
 * many pages fire (of every rule file loaded with the flow's: with `uptime`, its uptime SLO's pages), uptime and
 * reachability.
 */
export function probeTestCases(spec: FlowSpec, groups: readonly RuleGroup[], uptime: readonly UptimePagePair[] = []): ProbeTestCase[] {
  return probeScenarios(probeAlertSettings(spec)).map((scenario) => scenarioCase(spec, groups, scenario, uptime));
}
