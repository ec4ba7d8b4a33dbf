import * as promql from "../promql";
import type { SloSpec } from "../slo/slo";
import { latencyGoodSelector, latencyTotalSelector } from "../slo/sli";
import { defaultMinimumEventsForPage, errorBudget } from "../slo/slo-math";

/**
 * OpenSLO v1 (`apiVersion: openslo/v1`, OpenSLO/OpenSLO README.md), the parts Watchkeeper reads and writes: an SLO
 * with an inline ratio indicator on Prometheus, a rolling window, occurrences budgeting and one objective.
 */
export const OPENSLO_VERSION = "openslo/v1";

/** A metric source of an indicator: Prometheus and its query. */
export interface OpenSloMetric {
  readonly metricSource: { readonly type?: string; readonly metricSourceRef?: string; readonly spec?: { readonly query?: unknown } };
}

/** An OpenSLO v1 SLO document, as far as Watchkeeper reads it. */
export interface OpenSloDocument {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: { readonly name: string; readonly displayName?: string; readonly annotations?: Readonly<Record<string, string>> };
  readonly spec: {
    readonly description?: string;
    readonly service: string;
    readonly indicator?: {
      readonly metadata?: { readonly name?: string };
      readonly spec: {
        readonly ratioMetric?: {
          readonly counter?: boolean;
          readonly good?: OpenSloMetric;
          readonly bad?: OpenSloMetric;
          readonly total?: OpenSloMetric;
          readonly rawType?: string;
          readonly raw?: OpenSloMetric;
        };
        readonly thresholdMetric?: OpenSloMetric;
      };
    };
    readonly indicatorRef?: string;
    readonly timeWindow?: ReadonlyArray<{ readonly duration: string; readonly isRolling?: boolean; readonly calendar?: unknown }>;
    readonly budgetingMethod?: string;
    readonly objectives?: ReadonlyArray<{ readonly displayName?: string; readonly target?: number; readonly targetPercent?: number; readonly timeSliceTarget?: number }>;
    readonly alertPolicies?: unknown;
  };
}

/** The annotations Watchkeeper writes beside the OpenSLO fields, for what OpenSLO has no field for. */
export const OPENSLO_ANNOTATIONS = {
  runbookUrl: "watchkeeper.io/runbook-url",
  burnRateWindows: "watchkeeper.io/burn-rate-windows",
  minimumEventsForPage: "watchkeeper.io/minimum-events-for-page",
  totalEventsQuery: "watchkeeper.io/total-events-query",
} as const;

const prometheus = (query: string): OpenSloMetric => ({ metricSource: { type: "Prometheus", spec: { query } } });

/** The SLO's indicator as an OpenSLO ratio metric: its counters, or its error ratio query as a raw failure ratio. */
function ratioMetric(spec: SloSpec): NonNullable<OpenSloDocument["spec"]["indicator"]>["spec"]["ratioMetric"] {
  const { sli } = spec;
  switch (sli.kind) {
    case "events":
      return sli.errors !== undefined
        ? { counter: true, bad: prometheus(promql.selector(sli.errors)), total: prometheus(promql.selector(sli.total)) }
        : { counter: true, good: prometheus(promql.selector(sli.good ?? sli.total)), total: prometheus(promql.selector(sli.total)) };
    case "latency":
      return { counter: true, good: prometheus(promql.selector(latencyGoodSelector(sli))), total: prometheus(promql.selector(latencyTotalSelector(sli))) };
    case "query":
      // A ratio query keeps its window placeholder ({{.window}}), as Sloth's OpenSLO reader expects it.
      return { rawType: "failure", raw: prometheus(sli.errorRatio) };
  }
}

/**
 * An SLO as an OpenSLO v1 document: its ratio indicator on Prometheus, its rolling period, occurrences budgeting
 * and its objective; its runbook, its non-default burn-rate windows and low-traffic guard as annotations.
 */
export function openSloDocument(spec: SloSpec, customWindows: boolean): OpenSloDocument {
  const annotations: Record<string, string> = {
    ...(spec.runbookUrl === undefined ? {} : { [OPENSLO_ANNOTATIONS.runbookUrl]: spec.runbookUrl }),
    ...(spec.minimumEventsForPage === defaultMinimumEventsForPage(spec.windows, errorBudget(spec.objectivePercent))
      ? {}
      : { [OPENSLO_ANNOTATIONS.minimumEventsForPage]: String(spec.minimumEventsForPage) }),
    ...(spec.sli.kind === "query" && spec.sli.totalEvents !== undefined ? { [OPENSLO_ANNOTATIONS.totalEventsQuery]: spec.sli.totalEvents } : {}),
    ...(customWindows
      ? {
          [OPENSLO_ANNOTATIONS.burnRateWindows]: JSON.stringify(
            spec.windows.map(({ severity, budgetConsumedPercent, long, short }) => ({ severity, budgetConsumedPercent, long: long.toString(), short: short.toString() })),
          ),
        }
      : {}),
  };
  return {
    apiVersion: OPENSLO_VERSION,
    kind: "SLO",
    metadata: { name: spec.id, displayName: `${spec.service} ${spec.name}`, annotations },
    spec: {
      ...(spec.description === undefined ? {} : { description: spec.description }),
      service: spec.service,
      indicator: { metadata: { name: `${spec.id}-sli` }, spec: { ratioMetric: ratioMetric(spec) } },
      timeWindow: [{ duration: spec.period.toString(), isRolling: true }],
      budgetingMethod: "Occurrences",
      objectives: [{ displayName: spec.name, targetPercent: spec.objectivePercent }],
    },
  };
}
