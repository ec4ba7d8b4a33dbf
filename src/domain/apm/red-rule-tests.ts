import { num, selector, type PromQL } from "../promql";
import { RED_METRICS, SPAN_LABELS, SUSTAIN, redAlertNames } from "./red-rules";
import { spanMetricNames, type TelemetrySpec } from "./telemetry";

/** An input series of a test: its metric, labels and promtool values (`0+10x20`). */
export interface SpanTestSeries {
  readonly metric: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly values: string;
}

/** An alert checked at a minute: firing with the alert's own labels plus `extraLabels`, or not at all. */
export interface SpanAlertCheck {
  readonly minute: number;
  readonly alert: string;
  readonly firing: boolean;
  readonly extraLabels: Readonly<Record<string, string>>;
}

/** A recording checked at a minute: the samples it must hold. */
export interface SpanRecordingCheck {
  readonly minute: number;
  readonly expr: PromQL;
  readonly samples: ReadonlyArray<{ readonly labels: Readonly<Record<string, string>>; readonly value: number }>;
}

export interface SpanTestCase {
  readonly name: string;
  readonly series: readonly SpanTestSeries[];
  readonly alertChecks: readonly SpanAlertCheck[];
  readonly recordingChecks: readonly SpanRecordingCheck[];
}

/** Rules are evaluated every minute for 20 minutes: enough for a 5-minute rate and a 10-minute `for`. */
export const RED_TEST_MINUTES = 20;
const PER_MINUTE = 60;

/** A counter growing by `perSecond` every second, sampled every minute for the test. */
const counter = (perSecond: number) => `0+${perSecond * PER_MINUTE}x${RED_TEST_MINUTES}`;

/** Server-span buckets where every request takes between two bounds: below `fastMs` none, up to `slowMs` all. */
function latencySeries(spec: TelemetrySpec, fastMs: number, slowMs: number): SpanTestSeries[] {
  const metric = spanMetricNames(spec.metricNaming).durationBucket;
  const labels = { [SPAN_LABELS.service]: spec.service, [SPAN_LABELS.kind]: "SPAN_KIND_SERVER", [SPAN_LABELS.name]: "GET /plans", [SPAN_LABELS.status]: "STATUS_CODE_UNSET" };
  return [
    { metric, labels: { ...labels, le: String(fastMs) }, values: counter(0) },
    { metric, labels: { ...labels, le: String(slowMs) }, values: counter(10) },
    { metric, labels: { ...labels, le: "+Inf" }, values: counter(10) },
  ];
}

/**
 * Server-span calls of which `ratio` fail, 10 a second in all: an error series and a successful one, both entry spans
 * of the service.
 */
function callSeries(spec: TelemetrySpec, ratio: number): SpanTestSeries[] {
  const metric = spanMetricNames(spec.metricNaming).calls;
  const labels = { [SPAN_LABELS.service]: spec.service, [SPAN_LABELS.kind]: "SPAN_KIND_SERVER", [SPAN_LABELS.name]: "GET /plans" };
  return [
    { metric, labels: { ...labels, [SPAN_LABELS.status]: "STATUS_CODE_ERROR" }, values: counter(10 * ratio) },
    { metric, labels: { ...labels, [SPAN_LABELS.status]: "STATUS_CODE_UNSET" }, values: counter(10 * (1 - ratio)) },
  ];
}

/**
 * The cases every service's RED rules are tested with: requests all slower than the p95 target page its
 * latency alert (and requests well within it do not); failures at 1.5 times the error-ratio threshold alert after
 * the alert's `for` (a threshold twice as high would not), and so do a dependency's failed calls; a dependency
 * whose calls fail shows in the failed-edge recording while a healthy one does not.
 */
export function redTestCases(spec: TelemetrySpec): SpanTestCase[] {
  const names = redAlertNames(spec);
  const target = spec.thresholds.p95.milliseconds;
  const service = { [SPAN_LABELS.service]: spec.service };
  const graph = spanMetricNames(spec.metricNaming);
  const edge = (server: string) => ({ client: spec.service, server });
  const failing = 1.5 * spec.thresholds.errorRatio;
  return [
    {
      name: `${spec.service}: p95 latency above ${spec.thresholds.p95} alerts`,
      series: latencySeries(spec, target, target * 2),
      alertChecks: [
        { minute: 5, alert: names.p95, firing: false, extraLabels: service },
        { minute: RED_TEST_MINUTES, alert: names.p95, firing: true, extraLabels: service },
      ],
      recordingChecks: [],
    },
    {
      name: `${spec.service}: p95 latency within ${spec.thresholds.p95} stays quiet`,
      series: latencySeries(spec, target / 2, target),
      alertChecks: [{ minute: RED_TEST_MINUTES, alert: names.p95, firing: false, extraLabels: service }],
      recordingChecks: [],
    },
    {
      name: `${spec.service}: failures at ${num(failing * 100)}% of requests alert after ${SUSTAIN}`,
      series: callSeries(spec, failing),
      alertChecks: [
        { minute: 5, alert: names.errorRatio, firing: false, extraLabels: service },
        { minute: RED_TEST_MINUTES, alert: names.errorRatio, firing: true, extraLabels: service },
      ],
      recordingChecks: [],
    },
    {
      name: `${spec.service}: a dependency failing ${num(failing * 100)}% of calls alerts after ${SUSTAIN}`,
      series: [
        { metric: graph.graphRequests, labels: edge("payments"), values: counter(10) },
        { metric: graph.graphFailedRequests, labels: edge("payments"), values: counter(10 * failing) },
      ],
      alertChecks: [
        { minute: 5, alert: names.failingDependency, firing: false, extraLabels: edge("payments") },
        { minute: RED_TEST_MINUTES, alert: names.failingDependency, firing: true, extraLabels: edge("payments") },
      ],
      recordingChecks: [],
    },
    {
      name: `${spec.service}: a dependency with failed calls shows in the failed-edge recording`,
      series: [
        { metric: graph.graphRequests, labels: edge("billing"), values: counter(1) },
        { metric: graph.graphFailedRequests, labels: edge("billing"), values: counter(0.1) },
        { metric: graph.graphRequests, labels: edge("postgres"), values: counter(1) },
        { metric: graph.graphFailedRequests, labels: edge("postgres"), values: counter(0) },
      ],
      alertChecks: [],
      recordingChecks: [
        { minute: RED_TEST_MINUTES, expr: selector(RED_METRICS.failedEdges), samples: [{ labels: { client: spec.service, server: "billing" }, value: 0.1 }] },
      ],
    },
  ];
}
