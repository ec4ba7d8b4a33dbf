import { Duration } from "../duration";
import { LEVEL_SEVERITY } from "../infrastructure/catalog";
import { infraRunbookUrl } from "../infrastructure/infra-rules";
import * as promql from "../promql";
import { compare } from "../promql";
import type { LabelMatcher } from "../promql";
import { alertRule, linkAnnotations } from "../rules/alert-rule";
import type { AlertOwner } from "../routing/routing";
import type { AlertingRule, RuleGroup } from "../rules/rules";
import { scrapeSource, type SignalSource } from "../signals/signal-source";
import { META_ALERTS, META_COMPONENTS, type MetaAlertDefinition, type MetaComponent } from "./meta-alerts";

/** kube-prometheus' name of the always-firing alert, which its Alertmanager routes by `alertname = Watchdog`. */
export const HEARTBEAT_ALERT = "Watchdog";
/** The heartbeat's severity: shown, never paged, and the target of no inhibition. */
export const HEARTBEAT_SEVERITY = "info";
/** How long a scrape job may have a target down, or none, before its ticket: it fires within 10 minutes of the loss. */
export const TARGET_MISSING_FOR = Duration.minutes(5);
export const TARGET_MISSING_ALERT = "TargetMissing";


/** The monitoring watching itself, as the rules see it. */
export interface MetaSpec {
  readonly owner: AlertOwner;
  /** The `service` label, which picks the PagerDuty service a page reaches. */
  readonly service: string;
  readonly environment: string;
  /** Each alert links `<runbookBaseUrl>/<alertname in lower case>`. */
  readonly runbookBaseUrl: string;
  /** The `job` of each component's own metrics. */
  readonly jobs: Readonly<Record<MetaComponent, string>>;
  /** The `job` of every scrape of the stack, each watched for targets down or gone. */
  readonly scrapeJobs: readonly string[];
}

const jobMatcher = (job: string): LabelMatcher => promql.matcher("job", "=", job);

/** What scrapes each component's own metrics, as the signal graph names it. */
const COMPONENT_SCRAPES: Readonly<Record<MetaComponent, { readonly metrics: readonly string[]; readonly what: string }>> = {
  prometheus: { metrics: ["prometheus_*"], what: "Prometheus's own metrics" },
  alertmanager: { metrics: ["alertmanager_*"], what: "Alertmanager's own metrics" },
};

/**
 * The series the alerts read: Prometheus's and Alertmanager's own metrics, scraped under their jobs (by
 * kube-prometheus' ServiceMonitors, or the server's own scrape configuration).
 */
export function componentSignals(path: string, jobs: Readonly<Record<MetaComponent, string>>): SignalSource[] {
  return META_COMPONENTS.map((component) => {
    const { metrics, what } = COMPONENT_SCRAPES[component];
    return scrapeSource(path, jobs[component], metrics, [], what);
  });
}

/** The alerting rule of a definition, reading its component's job. */
export function metaAlertRule(spec: MetaSpec, definition: MetaAlertDefinition): AlertingRule {
  const job = spec.jobs[definition.component];
  return alertRule({
    name: definition.name,
    expr: definition.expr((metric, matchers = []) => ({ metric, matchers: [jobMatcher(job), ...matchers] })),
    severity: LEVEL_SEVERITY[definition.level],
    for: definition.for,
    owner: spec.owner,
    service: spec.service,
    environment: spec.environment,
    summary: definition.summary,
    description: definition.description,
    runbookUrl: infraRunbookUrl(spec.runbookBaseUrl, definition.name),
  });
}

/**
 * kube-prometheus' Watchdog: `vector(1)`, always firing, so that its notifications prove the whole path works
 * (rules evaluated, alerts sent, Alertmanager routing and delivering); the dead man's switch that receives them
 * raises the alarm when they stop. Its severity is `info`, which no inhibition targets.
 */
export function heartbeatRule(spec: MetaSpec): AlertingRule {
  return {
    alert: HEARTBEAT_ALERT,
    expr: promql.vector(1),
    labels: { severity: HEARTBEAT_SEVERITY, team: spec.owner.teamName, service: spec.service, env: spec.environment },
    annotations: {
      summary: "An alert that should always be firing to certify that Alertmanager is working properly.",
      description:
        "This alert always fires, so that its notifications to the heartbeat's dead man's switch prove that Prometheus evaluates rules " +
        "and Alertmanager delivers them; the switch alerts when they stop.",
      ...linkAnnotations({ runbookUrl: infraRunbookUrl(spec.runbookBaseUrl, HEARTBEAT_ALERT) }),
    },
  };
}

/**
 * The alert of one scrape job: a target down (`up == 0`, one alert per target) or no target at all
 * (`absent(up)`), for 5 minutes; a ticket within 10 minutes of the loss.
 */
export function targetMissingRule(spec: MetaSpec, job: string): AlertingRule {
  const up = { metric: "up", matchers: [jobMatcher(job)] };
  return alertRule({
    name: TARGET_MISSING_ALERT,
    expr: promql.anyOf(compare(promql.selector(up), "==", 0), promql.absent(promql.selector(up))),
    severity: "ticket",
    for: TARGET_MISSING_FOR,
    owner: spec.owner,
    service: spec.service,
    environment: spec.environment,
    summary: "A scrape target is down, or its job has none.",
    description:
      `Prometheus cannot scrape {{ $labels.instance }} of job "${job}" (no instance: the job has no target at all); ` +
      "the alerts that read the job's series are blind until it is scraped again.",
    runbookUrl: infraRunbookUrl(spec.runbookBaseUrl, TARGET_MISSING_ALERT),
    // The job tells the rules of one name apart (promtool check rules fails rules of one name and labels).
    labels: { job },
  });
}

/** The names of the rule groups, in the order the rule file holds them. */
const META_GROUPS = { heartbeat: "meta-heartbeat", prometheus: "meta-prometheus", alertmanager: "meta-alertmanager", targets: "meta-targets" } as const;

/** The heartbeat, each component's alerts, and a target-missing alert per scrape job; a group each, the last only when there are jobs. */
export function metaRuleGroups(spec: MetaSpec): RuleGroup[] {
  const component = (name: MetaComponent) => META_ALERTS.filter((definition) => definition.component === name).map((definition) => metaAlertRule(spec, definition));
  const groups: RuleGroup[] = [
    { name: META_GROUPS.heartbeat, rules: [heartbeatRule(spec)] },
    { name: META_GROUPS.prometheus, rules: component("prometheus") },
    { name: META_GROUPS.alertmanager, rules: component("alertmanager") },
  ];
  const targets = spec.scrapeJobs.map((job) => targetMissingRule(spec, job));
  return targets.length === 0 ? groups : [...groups, { name: META_GROUPS.targets, rules: targets }];
}
