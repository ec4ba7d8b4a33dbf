import { KibanaAlertingRule } from "../../providers/elasticstack/kibana-alerting-rule";
import type { LogAlertSpec, LogThreshold } from "../../domain/logs/log-alert";
import type { Receiver } from "../../domain/routing/routing";
import type { TargetScope } from "../target-scope";
import { kibanaActions } from "./kibana-connectors";
import { esQuery } from "./query-dsl";

/** The `params` of an Elasticsearch query rule (`.es-query`) counting matching logs over a window. */
export interface EsQueryRuleParams {
  readonly searchType: "esQuery";
  readonly esQuery: string;
  readonly index: readonly string[];
  readonly timeField: "@timestamp";
  readonly timeWindowSize: number;
  readonly timeWindowUnit: "m";
  readonly threshold: readonly [number];
  readonly thresholdComparator: ">";
  readonly size: 0;
  readonly aggType: "count";
  readonly groupBy: "all" | "top";
  readonly termField?: string;
  readonly termSize?: number;
  readonly excludeHitsFromPreviousRun: boolean;
}

/** How many values of the grouping field a grouped rule watches. */
const GROUPS_WATCHED = 10;
/** The logs every log alert searches: the stack's log data streams. */
export const LOG_INDEX_PATTERN = "logs-*";

/** The rule params of a log threshold: the query as DSL, the window in minutes, the count and its grouping. */
export function esQueryRuleParams(spec: LogAlertSpec, threshold: LogThreshold): EsQueryRuleParams {
  return {
    searchType: "esQuery",
    esQuery: JSON.stringify({ query: esQuery(spec.query) }),
    index: [LOG_INDEX_PATTERN],
    timeField: "@timestamp",
    timeWindowSize: threshold.window.seconds / 60,
    timeWindowUnit: "m",
    threshold: [threshold.above],
    thresholdComparator: ">",
    size: 0,
    aggType: "count",
    ...(threshold.groupBy === undefined ? { groupBy: "all" } : { groupBy: "top", termField: threshold.groupBy, termSize: GROUPS_WATCHED }),
    excludeHitsFromPreviousRun: false,
  };
}

/** A log threshold alert as a Kibana Elasticsearch query rule, checked every minute, notifying its receivers. */
export function writeKibanaLogRule(scope: TargetScope, spec: LogAlertSpec, threshold: LogThreshold, receivers: readonly Receiver[]): void {
  const title = `[${spec.severity}] ${spec.alertName}: ${spec.service} logs`;
  new KibanaAlertingRule(scope.terraformScope(), "kibana-rule", {
    provider: scope.terraform.elasticstack(),
    name: title,
    consumer: "logs",
    ruleTypeId: ".es-query",
    interval: "1m",
    params: JSON.stringify(esQueryRuleParams(spec, threshold)),
    tags: Object.entries({ ...spec.labels, severity: spec.severity }).map(([key, value]) => `${key}:${value}`),
    actions: kibanaActions(scope, receivers, {
      title,
      body: [spec.description, ...(spec.runbookUrl === undefined ? [] : [`Runbook: ${spec.runbookUrl}`])].join("\n\n"),
      severity: spec.severity,
    }),
  });
}
