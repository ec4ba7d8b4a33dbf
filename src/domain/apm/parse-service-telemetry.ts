import type { Problems } from "../problems";
import { Duration } from "../duration";
import {
  DEFAULT_BUCKETS_MS,
  DEFAULT_DIMENSIONS,
  isHighCardinality,
  isTelemetryLanguage,
  type TelemetryLanguage,
  type TelemetryThresholds,
} from "./telemetry";
import type { ServiceTelemetryProps } from "./service-telemetry-props";

/** The props of a ServiceTelemetry, checked and turned into domain values. */
export interface ParsedTelemetry {
  readonly language: TelemetryLanguage;
  readonly traceSampleRatio: number;
  readonly keepRatio: number;
  readonly thresholds: TelemetryThresholds;
  readonly dimensions: readonly string[];
  readonly bucketsMs: readonly number[];
}

const isShare = (value: number) => Number.isFinite(value) && value >= 0 && value <= 1;

function readDuration(what: string, text: string, problems: Problems): Duration | undefined {
  try {
    return Duration.parse(text);
  } catch (error) {
    problems.add(`${what}: ${(error as Error).message}`);
    return undefined;
  }
}

/** The service's latency and error thresholds, defaults applied, or undefined after recording their problems. */
export function parseThresholds(props: ServiceTelemetryProps, problems: Problems): TelemetryThresholds | undefined {
  const given = props.thresholds ?? {};
  const errorRatio = given.errorRatio ?? 0.01;
  const p95 = readDuration("thresholds.p95", given.p95 ?? "500ms", problems);
  const p99 = readDuration("thresholds.p99", given.p99 ?? "1s", problems);
  const databaseP95 = given.databaseP95 === undefined ? p95 : readDuration("thresholds.databaseP95", given.databaseP95, problems);
  if (p95 !== undefined && p99 !== undefined && p99.milliseconds < p95.milliseconds) {
    problems.add(`thresholds.p99: ${p99} is below the p95 target ${p95}, which no latency distribution can meet; raise p99 or lower p95`);
  }
  return p95 === undefined || p99 === undefined || databaseP95 === undefined ? undefined : { errorRatio, p95, p99, databaseP95 };
}

function parseDimensions(props: ServiceTelemetryProps, problems: Problems): string[] {
  const given = props.spanMetrics ?? {};
  const allowed = new Set(given.allowHighCardinality ?? []);
  for (const dimension of given.dimensions ?? []) {
    if (!/^[A-Za-z][A-Za-z0-9_.]*$/.test(dimension)) {
      problems.add(`spanMetrics.dimensions: "${dimension}" is not a span attribute name; use dotted words, e.g. "messaging.system"`);
    } else if (isHighCardinality(dimension) && !allowed.has(dimension)) {
      problems.add(
        `spanMetrics.dimensions: "${dimension}" has a new value for nearly every span and would explode the span metrics' series; ` +
          `remove it, or list it in spanMetrics.allowHighCardinality if its values are few on this service`,
      );
    }
  }
  return [...new Set([...DEFAULT_DIMENSIONS, ...(given.dimensions ?? [])])];
}

function parseBuckets(props: ServiceTelemetryProps, thresholds: TelemetryThresholds | undefined, problems: Problems): number[] {
  const buckets = [...(props.spanMetrics?.bucketsMs ?? DEFAULT_BUCKETS_MS)];
  const increasing = buckets.every((bound, index) => Number.isFinite(bound) && bound > 0 && (index === 0 || bound > buckets[index - 1]));
  if (buckets.length === 0 || !increasing) {
    problems.add(`spanMetrics.bucketsMs: [${buckets.join(", ")}] must be positive and increasing; e.g. [50, 100, 250, 500, 1000]`);
    return buckets;
  }
  const missing = thresholds === undefined ? [] : [thresholds.p95, thresholds.p99, thresholds.databaseP95].filter((target) => !buckets.includes(target.milliseconds));
  for (const target of new Set(missing.map((duration) => duration.milliseconds))) {
    problems.add(`spanMetrics.bucketsMs: no bucket bound at ${target} ms, a latency target, so its percentile is only estimated; add ${target} to the bounds`);
  }
  return buckets;
}

/** Checks a ServiceTelemetry's props (matching serviceTelemetrySchema; `defaultSampleRate` is the stack's) against each other, recording every problem; the parsed values when there is none. */
export function parseTelemetry(props: ServiceTelemetryProps, defaultSampleRate: number, problems: Problems): ParsedTelemetry | undefined {
  const traceSampleRatio = props.traceSampleRatio ?? defaultSampleRate;
  if (!isShare(traceSampleRatio)) {
    problems.add(`traceSampleRatio: ${traceSampleRatio} must be between 0 and 1 (a share of traces); e.g. 0.1 for one trace in ten`);
  }
  const keepRatio = props.keepRatio ?? 0.1;
  const thresholds = parseThresholds(props, problems);
  const dimensions = parseDimensions(props, problems);
  const bucketsMs = parseBuckets(props, thresholds, problems);
  if (!problems.none || thresholds === undefined || !isTelemetryLanguage(props.language)) {
    return undefined;
  }
  return { language: props.language, traceSampleRatio, keepRatio, thresholds, dimensions, bucketsMs };
}
