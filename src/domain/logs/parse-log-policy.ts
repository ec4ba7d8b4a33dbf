import type { Problems } from "../problems";
import { datadogRetentionProblems, logDataset, type DatadogLogPolicy, type LogPolicySpec } from "./log-policy";
import { equals, inEnvironment, logQueryProblems } from "./log-query";
import { DEFAULT_LOG_RETENTION_DAYS, parseRetention } from "./retention";
import { slug } from "../names/slugs";
import type { DatadogLogPolicyProps, LogPolicyProps } from "./log-policy-props";

/** A policy's spec without the stack's namespace, or the problems of its props. */
export type ParsedLogPolicy = Omit<LogPolicySpec, "namespace">;

function datadogPolicy(props: DatadogLogPolicyProps, retentionDays: number, allowed: readonly number[]): { policy: DatadogLogPolicy; problems: string[] } {
  const indexRetentionDays = props.indexRetentionDays ?? retentionDays;
  const exclusionFilters = (props.exclusionFilters ?? []).map((filter) => ({ name: filter.name, query: filter.query, excludedRatio: filter.excludedRatio ?? 1 }));
  const problems = [
    // An index retention taken from retentionDays is a problem of retentionDays.
    ...datadogRetentionProblems(indexRetentionDays, retentionDays, allowed, props.archive !== undefined).map((problem) =>
      props.indexRetentionDays === undefined ? problem.replace(/^datadog\.indexRetentionDays: /, "retentionDays (also the Datadog index's retention, unless datadog.indexRetentionDays is set): ") : problem,
    ),
    ...exclusionFilters.flatMap((filter, index) => logQueryProblems(filter.query, `datadog.exclusionFilters[${index}].query`)),
  ];
  return { policy: { indexRetentionDays, exclusionFilters, archive: props.archive }, problems };
}

/**
 * Reads a log policy's props: its subject, retention phases, filter and outputs, recording the problems of props
 * against each other and the stack (the schema has checked each prop on its own).
 */
export function parseLogPolicy(props: LogPolicyProps, environment: string, allowedDatadogDays: readonly number[], problems: Problems): ParsedLogPolicy | undefined {
  const subjects = [props.service, props.indexFamily].filter((subject) => subject !== undefined);
  const subject = subjects[0] ?? "";
  problems.add(subjects.length === 1 ? undefined : "service: give either service or indexFamily, the logs the policy is about");
  const retentionDays = props.retentionDays ?? DEFAULT_LOG_RETENTION_DAYS;
  const { retention, problems: retentionProblems } = parseRetention({
    retentionDays,
    hotDays: props.hotDays,
    coldAfterDays: props.coldAfterDays,
    rollover: props.rollover,
  });
  const dataset = logDataset(subject, props.category);
  const filter = inEnvironment(props.filter ?? equals("event.dataset", dataset), environment);
  const datadog = props.datadog === false ? undefined : datadogPolicy(props.datadog ?? {}, retentionDays, allowedDatadogDays);
  problems.add(...retentionProblems, ...logQueryProblems(filter, "filter"), ...(datadog?.problems ?? []));
  if (props.elastic === false && props.datadog === false) {
    problems.add("elastic: the policy is written nowhere; keep elastic or datadog");
  }
  if (!problems.none || retention === undefined) {
    return undefined;
  }
  return {
    id: slug(`${subject}-${props.category}`),
    category: props.category,
    subject,
    dataset,
    filter,
    retention,
    elastic: props.elastic === false ? undefined : { lifecycle: props.elastic?.serverless === true ? "data-stream" : "ilm" },
    datadog: datadog?.policy,
  };
}
