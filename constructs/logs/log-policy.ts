import type { Construct } from "constructs";
import { dataStreamName, type LogPolicySpec } from "../../src/domain/logs/log-policy";
import type { RetentionRecord } from "../../src/domain/logs/retention";
import { slug } from "../../src/domain/names/slugs";
import { MonitoringConstruct } from "../../src/monitoring-construct";
import { writeDatadogLogPolicy } from "../../src/targets/datadog/logs-index";
import { writeElasticLogPolicy } from "../../src/targets/elastic/elastic-log-policy";
import type { LogPolicyProps } from "./log-policy-props";
import { parseLogPolicy, type ParsedLogPolicy } from "./parse-log-policy";
import { registerRetention, retentionRules } from "./retention-registry";

/**
 * How long one category of a service's (or an index family's) logs is kept, and where: on Elastic an ILM policy
 * (hot with rollover, warm, optional cold, delete at the retention) and an index template composed of the ECS
 * structured-log mapping; on Datadog an index with exclusion filters and an archive for the long term. The
 * stack's `LogRetention` checks it against the declared minimums and lists it in `compliance/retention.md`.
 *
 * @example
 * new LogPolicy(stack, "audit-logs", { service: "planner", category: "audit", retentionDays: 365, coldAfterDays: 30 });
 */
export class LogPolicy extends MonitoringConstruct {
  private parsed?: ParsedLogPolicy;

  constructor(scope: Construct, id: string, readonly props: LogPolicyProps) {
    super(scope, id);
    this.claimName("log policy", slug(`${props.service ?? props.indexFamily ?? ""}-${props.category}`));
    this.validateWith(() => {
      const { parsed, problems } = this.parse();
      this.parsed = parsed;
      return problems;
    });
    registerRetention(this.stack, () => this.retentionRecord());
  }

  /** The props read against the stack's retention rules, which may be declared after the policy. */
  private parse(): ReturnType<typeof parseLogPolicy> {
    return parseLogPolicy(this.props, this.stack.environment, retentionRules(this.stack).datadogRetentionDays);
  }

  /** The policy as the targets see it. Only valid after validation passed. */
  spec(): LogPolicySpec {
    return { ...(this.parsed as ParsedLogPolicy), namespace: this.stack.environment };
  }

  private retentionRecord(): RetentionRecord | undefined {
    this.parsed ??= this.parse().parsed;
    if (this.parsed === undefined) {
      return undefined;
    }
    const spec = this.spec();
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

  emit(): void {
    const spec = this.spec();
    if (spec.elastic !== undefined) {
      writeElasticLogPolicy(this.targetScope(), spec);
    }
    writeDatadogLogPolicy(this.targetScope(), spec);
  }
}
