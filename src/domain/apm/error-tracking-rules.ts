import { Duration } from "../duration";
import { slug } from "../naming";
import * as promql from "../promql";
import type { NamedRuleGroups, RecordingRule } from "../rules/rules";
import type { ErrorTrackingSpec } from "./error-tracking";

/** Recording-rule names of error tracking; every series carries `service` and `env`. */
export const ERROR_TRACKING_METRICS = {
  /** The service's Sentry project: labels `sentry_organization`, `sentry_project`, `sentry_environment`. */
  info: "error_tracking:project:info",
  /** The service's errors per second, from its own error counter, when it declares one. */
  errorRate: "error_tracking:error_events:rate5m",
} as const;

/** The window the recorded error rate is measured over. */
const RATE_WINDOW = Duration.minutes(5);

/**
 * The error tracking of a service as Prometheus sees it, so that `watchkeeper report` finds it: an info series
 * naming the Sentry project, and the rate of the service's own error counter when it declares one.
 */
export function errorTrackingRules(spec: ErrorTrackingSpec, environment: string): NamedRuleGroups {
  const labels = { service: spec.service, env: environment };
  const rules: RecordingRule[] = [
    {
      record: ERROR_TRACKING_METRICS.info,
      expr: promql.vector(1),
      labels: { ...labels, sentry_organization: spec.organization, sentry_project: spec.projectSlug, sentry_environment: spec.environment },
    },
    ...(spec.errorCounter === undefined
      ? []
      : [{ record: ERROR_TRACKING_METRICS.errorRate, expr: promql.aggregate("sum", promql.rate({ metric: spec.errorCounter, matchers: promql.equals({ service: spec.service }) }, RATE_WINDOW)), labels }]),
  ];
  return { name: `error-tracking-${slug(spec.service)}`, service: spec.service, groups: [{ name: `error-tracking-${slug(spec.service)}`, rules }] };
}
