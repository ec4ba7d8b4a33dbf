import { Duration } from "../duration";
import type { Problems } from "../problems";
import { quoted } from "../quoted";
import { matcher, type HeartbeatRoute, type HeartbeatWebhook } from "../routing/routing-plan";
import { kubernetesSecretProblem, secretProblem, SecretRef } from "../secret";
import type { SignalSource } from "../signals/signal-source";
import type { MetaComponent } from "./meta-alerts";
import type { HeartbeatProps, HeartbeatWebhookProps, MetaMonitoringProps } from "./meta-monitoring-props";
import { HEARTBEAT_ALERT } from "./meta-rules";

/** kube-prometheus' jobs of Prometheus's and Alertmanager's own metrics (its ServiceMonitors, named after their Services). */
export const KUBE_PROMETHEUS_JOBS: Readonly<Record<MetaComponent, string>> = { prometheus: "prometheus-k8s", alertmanager: "alertmanager-main" };
/** The heartbeat's repeat interval unless declared. */
export const DEFAULT_HEARTBEAT_REPEAT = "1m";
/** Alertmanager checks whether a repeat is due at every group interval: a quarter of the repeat interval. */
const CHECKS_PER_REPEAT = 4;

/** The props of a MetaMonitoring, checked: everything the rules and the routing need but the owner and the scrape jobs. */
export interface ParsedMeta {
  readonly service: string;
  readonly runbookBaseUrl: string;
  readonly jobs: Readonly<Record<MetaComponent, string>>;
}

/** A SecretRef, or undefined after recording why the value is not one (a literal string, a bad Kubernetes name). */
function secret(problems: Problems, what: string, value: unknown): SecretRef | undefined {
  if (!SecretRef.isSecretRef(value)) {
    problems.add(secretProblem(what, value));
    return undefined;
  }
  const problem = kubernetesSecretProblem(what, value);
  problems.add(problem);
  return problem === undefined ? value : undefined;
}

/** The webhook: a secret URL, or a public URL with the secret in its `Authorization` header. */
function parseWebhook(props: HeartbeatWebhookProps, problems: Problems): HeartbeatWebhook | undefined {
  const { url, credentials } = props;
  if (typeof url !== "string") {
    const urlSecret = secret(problems, "url", url);
    if (credentials !== undefined) {
      problems.add("credentials: the URL is a secret already; remove credentials, or give a public URL as a string");
    }
    return urlSecret && { urlSecret };
  }
  if (credentials === undefined) {
    problems.add(
      `url ${quoted(url)} is a literal string with no credentials: a dead man's switch's URL usually is its secret, and secrets must not ` +
        'be written into configuration; pass SecretRef.kubernetes("watchkeeper-alertmanager", "<key>"), or add credentials for a service that authenticates by header',
    );
    return undefined;
  }
  const type = credentials.type ?? "Bearer";
  if (!/^[A-Za-z][A-Za-z0-9-]*$/.test(type) || type.toLowerCase() === "basic") {
    problems.add(`credentials.type ${quoted(type)} must be one word of an Authorization header other than Basic, e.g. "Bearer" or "GenieKey"`);
  }
  const found = secret(problems, "credentials.secret", credentials.secret);
  return found && { url, authorization: { type, credentials: found } };
}

/**
 * The heartbeat's route from its props, or undefined after recording their problems: the Watchdog of the stack's
 * environment, to the webhook every `repeatInterval`, checked every quarter of it.
 */
export function parseHeartbeat(props: HeartbeatProps, environment: string, problems: Problems): HeartbeatRoute | undefined {
  const webhook = parseWebhook(props.webhook, problems.under("webhook"));
  const repeat = problems.attempt("repeatInterval", () => Duration.parse(props.repeatInterval ?? DEFAULT_HEARTBEAT_REPEAT));
  if (webhook === undefined || repeat === undefined) {
    return undefined;
  }
  const groupInterval = Duration.ofMilliseconds(1000 * Math.max(1, Math.floor(repeat.seconds / CHECKS_PER_REPEAT)));
  return {
    matchers: [matcher("alertname", HEARTBEAT_ALERT), matcher("env", environment)],
    webhook,
    repeatInterval: repeat.toString(),
    groupInterval: groupInterval.toString(),
  };
}

/** Checks the props (matching metaMonitoringSchema) besides the heartbeat and the owner, recording every problem; the parsed values when there is none. */
export function parseMeta(props: MetaMonitoringProps, problems: Problems): ParsedMeta | undefined {
  const service = props.service ?? "monitoring";
  const jobs = { ...KUBE_PROMETHEUS_JOBS, ...props.jobs };
  return problems.none ? { service, runbookBaseUrl: props.runbookBaseUrl, jobs } : undefined;
}

/**
 * The jobs of the scrapes among the sources, and of the external signals that name theirs (probes are the synthetic
 * checks'), each once, sorted.
 */
export function scrapeJobs(sources: readonly SignalSource[]): string[] {
  const jobs = sources.filter((source) => source.kind === "scrape" || source.kind === "external").map((source) => source.labels.labels.get("job"));
  return [...new Set(jobs.filter((job): job is string => job !== undefined))].sort();
}
