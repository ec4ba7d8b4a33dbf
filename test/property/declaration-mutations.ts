import fc from "fast-check";
import type { ErrorTrackingProps, MonitoringStackProps, ServiceSloProps } from "../../constructs";
import { PATHS } from "./declaration";
import { badCount, badDuration, badName, badUrl, mutation, replaceAt, taintedWord } from "./mutation";

const errors = <T>(kind: string, values: fc.Arbitrary<T>, patch: (props: ErrorTrackingProps, value: T) => ErrorTrackingProps) =>
  mutation(`errorTracking.${kind}`, PATHS.errorTracking(0), values, (declaration, value) => ({
    ...declaration,
    errorTrackings: replaceAt(declaration.errorTrackings, 0, (props) => patch(props, value)),
  }));

const slo = <T>(kind: string, values: fc.Arbitrary<T>, patch: (props: ServiceSloProps, value: T) => ServiceSloProps) =>
  mutation(`slo.${kind}`, PATHS.slo(0), values, (declaration, value) => ({ ...declaration, slos: replaceAt(declaration.slos, 0, (props) => patch(props, value)) }));

const stack = <T>(kind: string, values: fc.Arbitrary<T>, patch: (props: MonitoringStackProps, value: T) => MonitoringStackProps) =>
  mutation(`stack.${kind}`, PATHS.stack, values, (declaration, value) => ({ ...declaration, stack: patch(declaration.stack, value) }));

/** A PromQL selector that does not parse, or is not a plain selector. */
const badSelector = fc.constantFrom("", 'http_requests_total{code=~"5.."', "http_requests_total{", "{}", "sum(", 'http_requests_total{code="5xx}', "123abc");

const threshold = (props: ErrorTrackingProps, patch: Record<string, unknown>) => ({ ...props, errorRate: patch }) as never;

/** Bad fields of an ErrorTracking, one at a time. */
export const ERROR_TRACKING_MUTATIONS = [
  errors("service", badName, (props, service) => ({ ...props, service })),
  errors("organization", fc.oneof(fc.constantFrom("", " ", "Acme", "acme corp", "acme/eu", "-acme"), taintedWord), (props, organization) => ({ ...props, organization })),
  errors("platform", fc.constantFrom("", "nodejs", "Node", "node ", "cobol"), (props, platform) => ({ ...props, platform: platform as never })),
  errors("environment", fc.constantFrom("", ".", "..", "prod uction", "prod/eu", "prod\nuction", "prod\u0000", "\t", "a".repeat(65)), (props, environment) => ({ ...props, environment })),
  errors("release", fc.constantFrom("", " ", ".", "..", "latest", "a\nb", "a/b\\c", "a".repeat(201)), (props, release) => ({ ...props, release })),
  errors("traceSampleRatio", fc.oneof(fc.constantFrom(-0.1, 1.5, Number.NaN, Number.POSITIVE_INFINITY), fc.double({ min: 1.0001, max: 1e6, noNaN: true })), (props, traceSampleRatio) => ({
    ...props,
    traceSampleRatio,
  })),
  errors("runbookUrl", badUrl, (props, runbookUrl) => ({ ...props, runbookUrl })),
  errors("projectSlug", fc.oneof(fc.constantFrom("", "Checkout", "check out", "-checkout", "a".repeat(60)), taintedWord), (props, projectSlug) => ({ ...props, projectSlug })),
  errors("fingerprintingRules", fc.constantFrom(["no arrow here"], ["a:b -> c\nd:e -> f"]), (props, fingerprintingRules) => ({ ...props, fingerprintingRules })),
  errors("groupingEnhancements", fc.constantFrom(["a:b +app\nc:d -app"]), (props, groupingEnhancements) => ({ ...props, groupingEnhancements })),
  errors("errorSpike.events", fc.oneof(badCount, fc.constant(0)), (props, events) => ({ ...props, errorSpike: { events } })),
  errors("errorSpike.interval", fc.constantFrom("", "2h", "1 h", "60m"), (props, interval) => ({ ...props, errorSpike: { interval: interval as never } })),
  errors("errorRate.critical", fc.oneof(fc.constantFrom(0, -1, 101, 1000, Number.NaN, Number.POSITIVE_INFINITY), fc.integer({ max: -1 })), (props, critical) => threshold(props, { critical })),
  errors("errorRate.warningAboveCritical", fc.double({ min: 1.01, max: 100, noNaN: true }), (props, warning) => threshold(props, { critical: 1, warning })),
  errors("errorRate.errorCountWithoutCritical", fc.constant(undefined), (props) => threshold(props, { measure: "error-count" })),
  errors("errorRate.measure", fc.constantFrom("", "failure_rate", "rate"), (props, measure) => threshold(props, { measure })),
  errors("errorRate.windowMinutes", fc.constantFrom(0, 7, 45, -15, 1.5), (props, windowMinutes) => threshold(props, { windowMinutes })),
  errors("errorRate.untraced", fc.constant(undefined), (props) => ({ ...props, traceSampleRatio: 0 })),
  errors("integrations.missing", fc.constantFrom({}, { slackWorkspaceId: "234567" }, { pagerDutyIntegrationId: "123456" }), (props, integrations) => ({ ...props, integrations })),
  errors("owner.unknown", fc.constantFrom("nobody", "Checkout", ""), (props, owner) => ({ ...props, owner })),
];

/** Bad fields of a ServiceSlo, one at a time. */
export const SLO_MUTATIONS = [
  slo("objective", fc.oneof(fc.constantFrom(0, 100, Number.NaN, Number.POSITIVE_INFINITY), fc.double({ min: -1e6, max: 0, noNaN: true }), fc.double({ min: 100, max: 1e6, noNaN: true })), (props, objective) => ({
    ...props,
    objective,
  })),
  slo("period", badDuration, (props, period) => ({ ...props, period })),
  slo("sli.events.errors", badSelector, (props, errors) => ({ ...props, sli: { events: { errors, total: "http_requests_total" } } })),
  slo("sli.events.errorsAndGood", fc.constant(undefined), (props) => ({ ...props, sli: { events: { errors: "http_errors_total", good: "http_ok_total", total: "http_requests_total" } } })),
  slo("sli.none", fc.constant(undefined), (props) => ({ ...props, sli: {} })),
  slo("sli.two", fc.constant(undefined), (props) => ({ ...props, sli: { ...props.sli, latency: { histogram: "http_request_duration_seconds", threshold: "500ms" } } })),
  slo("sli.latency.threshold", badDuration, (props, threshold) => ({ ...props, sli: { latency: { histogram: "http_request_duration_seconds", threshold } } })),
  slo("sli.latency.histogram", badSelector, (props, histogram) => ({ ...props, sli: { latency: { histogram, threshold: "500ms" } } })),
  slo("sli.query.errorRatio", fc.constantFrom("", "1 - avg_over_time(probe_success[5m])", "sum(rate(x[{{.window}}])"), (props, errorRatio) => ({
    ...props,
    outputs: { datadog: false },
    sli: { query: { errorRatio } },
  })),
  slo("sli.query.datadog", fc.constant(undefined), (props) => ({ ...props, sli: { query: { errorRatio: "1 - avg_over_time(probe_success[{{.window}}])" } } })),
  slo("burnRateWindows.long", fc.constantFrom("31d", "90d", "", "an hour"), (props, long) => ({
    ...props,
    burnRateWindows: [{ severity: "page", budgetConsumedPercent: 2, long, short: "5m" }],
  })),
  slo("burnRateWindows.budgetConsumedPercent", fc.constantFrom(0, -1, 101, Number.NaN), (props, budgetConsumedPercent) => ({
    ...props,
    burnRateWindows: [{ severity: "page", budgetConsumedPercent, long: "1h", short: "5m" }],
  })),
  slo("burnRateWindows.shortAboveLong", fc.constant(undefined), (props) => ({ ...props, burnRateWindows: [{ severity: "page", budgetConsumedPercent: 2, long: "5m", short: "1h" }] })),
  slo("minimumEventsForPage", badCount, (props, minimumEventsForPage) => ({ ...props, minimumEventsForPage })),
  slo("runbookUrl", badUrl, (props, runbookUrl) => ({ ...props, runbookUrl })),
  slo("owner.unknown", fc.constantFrom("nobody", "Checkout"), (props, owner) => ({ ...props, owner })),
  slo("datadogPeriod", fc.constantFrom("28d", "14d", "1d"), (props, period) => ({ ...props, period })),
  slo("service", badName, (props, service) => ({ ...props, service })),
  slo("name", badName, (props, name) => ({ ...props, name })),
  slo("labels", fc.constantFrom<Record<string, string>>({ "1abc": "x" }, { "a-b": "x" }, { "": "x" }, { __name__: "x" }, { severity: "x" }, { sloth_id: "x" }), (props, labels) => ({ ...props, labels })),
  slo("description", fc.constantFrom("{{ $labels.job }}", "{{", "a\nb"), (props, description) => ({ ...props, description })),
  slo("sli.events.total", fc.constant(undefined), (props) => ({ ...props, sli: { events: { errors: "http_errors_total" } as never } })),
  mutation("slo.duplicate", PATHS.stack, fc.constant(undefined), (declaration) => ({ ...declaration, slos: [...declaration.slos, declaration.slos[0]] })),
];

/** Bad props of the MonitoringStack. */
export const STACK_MUTATIONS = [
  stack("grafanaUrl", badUrl, (props, grafanaUrl) => ({ ...props, grafanaUrl })),
  stack("kubernetesNamespace", fc.oneof(badName, fc.constantFrom("Monitoring", "-monitoring", "a_b")), (props, kubernetesNamespace) => ({ ...props, kubernetesNamespace })),
  stack("datadogMetricNamespace", fc.constantFrom("with space", "a/b", "🚀"), (props, datadogMetricNamespace) => ({ ...props, datadogMetricNamespace })),
  stack("environment", badName, (props, environment) => ({ ...props, environment })),
  stack("vendorNameSuffix", fc.constantFrom("/", "\tstaging", "\n", "🚀"), (props, vendorNameSuffix) => ({ ...props, vendorNameSuffix })),
];
