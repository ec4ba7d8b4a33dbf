import type { LogQuery } from "./log-query";
import type { AlertOwner, AlertSeverity } from "../routing/routing";

/** Fire when more than `above` matching logs arrive within `window`. */
export interface LogThresholdProps {
  /** The count of matching logs the alert fires above. @example 50 */
  readonly above: number;
  /** The window the logs are counted over, in whole minutes. @default "5m" */
  readonly window?: string;
  /** A field whose values are counted apart (a facet): the alert fires per value. @default none @example "source.ip" */
  readonly groupBy?: string;
}

/** Fire when the count of matching logs rises above its usual weekly shape (Datadog only). */
export interface LogAnomalyProps {
  /** How long the count must stay unusual before the alert fires, in whole minutes. @default "15m" */
  readonly window?: string;
}

/** The outputs a log alert is written to. */
export interface LogAlertOutputs {
  /** A Kibana Elasticsearch query rule (thresholds only). @default true */
  readonly elastic?: boolean;
  /** A Datadog log monitor, or a logs metric and anomaly monitor. @default true */
  readonly datadog?: boolean;
}

/** A log-based alert on one service's logs. */
export interface LogAlertProps {
  /** The service whose logs the alert counts; the query is scoped to it. */
  readonly service: string;
  /** The alert's name within the service, e.g. `error-spike`. */
  readonly name: string;
  /** Which logs count, built with `logQuery` (never text). @example logQuery.equals("log.level", "error") */
  readonly query: LogQuery;
  /** A count over a window; give it or `anomaly`. @default none */
  readonly threshold?: LogThresholdProps;
  /** An unusual volume against the usual week; give it or `threshold`. @default none */
  readonly anomaly?: LogAnomalyProps;
  /** page or ticket. @default "ticket" */
  readonly severity?: AlertSeverity;
  /** The team that receives the alert. @default the stack's defaultOwner */
  readonly owner?: AlertOwner | string;
  /** The runbook linked from the alert; required for a page. @default none */
  readonly runbookUrl?: string;
  /** What the alert means, in its notifications. @default "<count> matching <service> logs" */
  readonly description?: string;
  /** @default every output on */
  readonly outputs?: LogAlertOutputs;
}
