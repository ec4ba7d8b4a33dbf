import { logPolicySchema } from "../../src/domain/logs/log-policy-schema";
import type { Construct } from "constructs";
import { dataStreamName, type LogPolicySpec } from "../../src/domain/logs/log-policy";
import { DATADOG_STANDARD_RETENTION_DAYS } from "../../src/domain/logs/log-policy";
import { isRetentionRules, retentionMinimumProblems, type RetentionRecord, type RetentionSource } from "../../src/domain/logs/retention";
import { slug } from "../../src/domain/names/slugs";
import type { Problems } from "../../src/domain/problems";
import { MonitoringConstruct } from "../../src/monitoring-construct";
import type { Outputs } from "../../src/outputs";
import { writeDatadogLogPolicy } from "../../src/targets/datadog/logs-index";
import { writeElasticLogPolicy } from "../../src/targets/elastic/elastic-log-policy";
import type { LogPolicyProps } from "../../src/domain/logs/log-policy-props";
import { parseLogPolicy } from "../../src/domain/logs/parse-log-policy";

/**
 * How long one category of a service's (or an index family's) logs is kept, and where: on Elastic an ILM policy
 * (hot with rollover, warm, optional cold, delete at the retention) and an index template composed of the ECS
 * structured-log mapping; on Datadog an index with exclusion filters and an archive for the long term. The
 * stack's `LogRetention` checks it against the declared minimums and lists it in `compliance/retention.md`.
 *
 * @example
 * new LogPolicy(stack, "audit-logs", { service: "planner", category: "audit", retentionDays: 365, coldAfterDays: 30 });
 */
export class LogPolicy extends MonitoringConstruct<LogPolicyProps, LogPolicySpec> implements RetentionSource {
  /** @internal The schema the props are checked against before parse. */
  protected static readonly schema = logPolicySchema;

  constructor(scope: Construct, id: string, props: LogPolicyProps) {
    super(scope, id, props);
    this.claimName("log policy", slug(`${props.service ?? props.indexFamily ?? ""}-${props.category}`));
  }

  /** The props read against the stack's retention rules (its LogRetention, wherever it is declared). */
  protected parse(problems: Problems): LogPolicySpec | undefined {
    const rules = this.stack.declarations().find(isRetentionRules)?.retentionRules;
    const allowed = rules?.datadogRetentionDays ?? DATADOG_STANDARD_RETENTION_DAYS;
    const parsed = parseLogPolicy(this.props, this.stack.environment, allowed, problems);
    if (parsed === undefined) {
      return undefined;
    }
    problems.add(...retentionMinimumProblems(parsed.category, parsed.retention, rules?.minimums ?? []));
    return { ...parsed, namespace: this.stack.environment };
  }

  retentionRecord(): RetentionRecord | undefined {
    const spec = this.parsedSpec();
    if (spec === undefined) {
      return undefined;
    }
    const stream = dataStreamName(spec);
    const elastic = spec.elastic?.lifecycle === "ilm" ? `Elastic data stream ${stream} (ILM policy ${stream}-policy)` : `Elastic data stream ${stream} (data stream lifecycle)`;
    const datadog = spec.datadog;
    return {
      path: this.node.path,
      category: spec.category,
      subject: spec.subject,
      retention: spec.retention,
      stores: [
        ...(spec.elastic === undefined ? [] : [elastic]),
        ...(datadog === undefined ? [] : [`Datadog index ${this.stack.vendorName(spec.id)} (${datadog.indexRetentionDays} days)`]),
      ],
      archive: datadog?.archive === undefined ? undefined : `Datadog archive to ${datadog.archive.kind} ${"bucket" in datadog.archive ? datadog.archive.bucket : datadog.archive.container}`,
    };
  }

  protected outputs(spec: LogPolicySpec): Outputs {
    return {
      elastic: spec.elastic === undefined ? undefined : { write: (scope) => writeElasticLogPolicy(scope, spec) },
      datadog: { write: (scope) => writeDatadogLogPolicy(scope, spec) },
    };
  }
}
