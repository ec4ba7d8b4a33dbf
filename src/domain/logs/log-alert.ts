import { Duration } from "../duration";
import type { AlertSeverity } from "../routing/routing";
import { and, equals, SERVICE_FIELD, serviceOf, type LogQuery } from "./log-query";

/** When a log alert fires: more than `above` matching logs within `window`, counted per `groupBy` value if set. */
export interface LogThreshold {
  readonly above: number;
  readonly window: Duration;
  /** A field whose values are counted apart (e.g. `source.ip`): the alert fires per value. */
  readonly groupBy?: string;
}

/** A log alert as the targets see it. */
export interface LogAlertSpec {
  /** The alert's id in its stack: resource and rule names. */
  readonly id: string;
  readonly alertName: string;
  readonly service: string;
  /** The query, scoped to the service. */
  readonly query: LogQuery;
  /** How it fires: a count over a window, or an anomaly in the count's usual shape (Datadog). */
  readonly condition: { readonly kind: "threshold"; readonly threshold: LogThreshold } | { readonly kind: "anomaly"; readonly window: Duration };
  readonly severity: AlertSeverity;
  readonly description: string;
  readonly runbookUrl?: string;
  /** Labels and tags: team, service, env. */
  readonly labels: Readonly<Record<string, string>>;
}

/**
 * The query of a log alert about a service: the user's query with `service.name` required, unless it already
 * scopes itself to that service. A log alert without a service would count every service's logs and page the
 * wrong team, so an empty service or a query scoped to another service is an error.
 */
export function scopedLogQuery(service: string, query: LogQuery): { query?: LogQuery; problem?: string } {
  if (service.trim() === "") {
    return { problem: "service: a log alert needs a service scope; set service to the service whose logs it counts" };
  }
  const scoped = serviceOf(query);
  if (scoped !== undefined && scoped !== service) {
    return { problem: `query: scoped to service ${scoped}, not ${service}; drop the service condition or declare the alert on ${scoped}` };
  }
  if (scoped !== undefined) {
    return { query };
  }
  const scope = equals(SERVICE_FIELD, service);
  return { query: query.kind === "and" ? and(scope, ...query.all) : and(scope, query) };
}

/** A log query's count window as Datadog and Kibana write it: whole minutes (`5m`) or hours (`1h`). */
export function windowProblem(window: Duration): string | undefined {
  return window.seconds >= 60 && window.seconds % 60 === 0 ? undefined : `window: ${window.toString()} is not a whole number of minutes; use e.g. "5m"`;
}

/** A log query's count window from its text (`"5m"`), or the problem with it under `what` (`threshold.window: …`). */
export function readLogWindow(text: string, what: string): { window?: Duration; problem?: string } {
  try {
    const window = Duration.parse(text);
    const problem = windowProblem(window);
    return problem === undefined ? { window } : { problem: `${what}.${problem}` };
  } catch {
    return { problem: `${what}.window: "${text}" is not a duration; use e.g. "5m"` };
  }
}
