import type { Duration } from "../../domain/duration";
import type { PercentBounds, JourneyStep } from "../../domain/rum/rum-application";
import type { CoreWebVital, VitalThresholds } from "../../domain/rum/vitals";
import { datadogWindow } from "./burn-rate";
import {
  arithmetic,
  eventMonitorQuery,
  grouped,
  metricQuery,
  monitorQuery,
  searchCompare,
  searchJoin,
  searchOneOf,
  searchTerm,
  tagFilter,
  timeWindow,
  weekBefore,
} from "./query-builder";

/**
 * What RUM searches and monitors ask (written by ./query-builder): the attributes of view and session events,
 * `rum alert` queries, RUM-based metric names, and metric queries over them.
 */

/** The attribute of a view event that holds a vital (durations in nanoseconds, CLS unitless). */
export const VITAL_ATTRIBUTES: Readonly<Record<CoreWebVital, string>> = {
  lcp: "@view.largest_contentful_paint",
  inp: "@view.interaction_to_next_paint",
  cls: "@view.cumulative_layout_shift",
};

/** The facets vitals are grouped by, and the tags their RUM-based metrics carry. */
export const VITAL_GROUPS = [
  { path: "@view.url_path_group", tagName: "view_group" },
  { path: "@device.type", tagName: "device_type" },
] as const;

/** How long a vital's 75th percentile is measured over before it warns or alerts. */
export const VITALS_WINDOW = "30m";

/** Searches of session events that retention keeps whole. */
export const SESSIONS_WITH = {
  error: searchCompare("@session.error.count", ">", 0),
  crash: searchCompare("@session.crash.count", ">", 0),
} as const;

/** RUM-based metric names of an application (its id in the vendor account, with dashes as underscores). */
export function rumMetricNames(vendorId: string) {
  const prefix = `rum.${vendorId.replace(/-/g, "_")}`;
  return {
    vital: (vital: CoreWebVital) => `${prefix}.view.${vital}`,
    views: `${prefix}.views`,
    sessions: `${prefix}.sessions`,
    sessionsWith: (kind: keyof typeof SESSIONS_WITH) => `${prefix}.sessions.with_${kind}`,
  };
}

/** The search of an application's events of a type: `@type:view @application.id:<id>`. */
export function rumSearch(type: "view" | "session", applicationId: string, extra: readonly string[] = []): string {
  return searchJoin([searchTerm("@type", type), searchTerm("@application.id", applicationId), ...extra], " ");
}

/** A view-group filter of a RUM search: `@view.url_path_group:("/login" OR "/plans/new")`; none for every view. */
function viewGroupFilter(viewGroups: readonly string[]): string[] {
  return viewGroups.length === 0 ? [] : [searchOneOf("@view.url_path_group", viewGroups)];
}

/** A `rum alert` query: the vital's 75th percentile per view group and device type, above its poor bound. */
export function vitalMonitorQuery(applicationId: string, vital: VitalThresholds, viewGroups: readonly string[]): string {
  const query = {
    source: "rum",
    search: rumSearch("view", applicationId, viewGroupFilter(viewGroups)),
    rollup: ["pc75", VITAL_ATTRIBUTES[vital.vital]],
    by: VITAL_GROUPS.map((group) => group.path),
    last: VITALS_WINDOW,
  } as const;
  return eventMonitorQuery(query, ">", vital.poor);
}

/** `sum:<metric>{<view group filter>}.as_count()`; every view group without one. */
function count(metric: string, viewGroup?: string): string {
  return metricQuery({ aggregator: "sum", metric, filters: viewGroup === undefined ? [] : [tagFilter(VITAL_GROUPS[0].tagName, viewGroup)], as: "count" });
}

/** `100 * <sessions with …> / <sessions>`: the percent of sessions with an error or a crash. */
function sessionsWithPercent(vendorId: string, kind: keyof typeof SESSIONS_WITH): string {
  const names = rumMetricNames(vendorId);
  return arithmetic(arithmetic(100, "*", count(names.sessionsWith(kind))), "/", count(names.sessions));
}

/** A metric monitor query over sessions: percent of sessions with errors above the alert bound. */
export function errorSessionsQuery(vendorId: string, bounds: PercentBounds): string {
  return monitorQuery("sum", timeWindow("last", "30m"), sessionsWithPercent(vendorId, "error"), ">", bounds.alert);
}

/** A metric monitor query over sessions: percent of sessions without a crash below the alert bound. */
export function crashFreeSessionsQuery(vendorId: string, bounds: PercentBounds): string {
  return monitorQuery("sum", timeWindow("last", "1h"), arithmetic(100, "-", sessionsWithPercent(vendorId, "crash")), "<", bounds.alert);
}

/** The lowest conversion of a step against a week before, as a ratio: a drop of 20% is 0.8. */
export function journeyStepRatio(dropPercent: number): number {
  return Math.round((100 - dropPercent) * 1000) / 100_000;
}

/**
 * A metric monitor query of a journey step: its conversion (views of the step over views of the step before) over
 * the same conversion a week before, below 1 − drop.
 */
export function journeyStepQuery(vendorId: string, step: JourneyStep, window: Duration, dropPercent: number): string {
  const conversion = (wrap: (query: string) => string) => grouped(stepConversion(vendorId, step, wrap));
  const change = arithmetic(conversion((query) => query), "/", conversion(weekBefore));
  return monitorQuery("sum", timeWindow("last", datadogWindow(window)), change, "<", journeyStepRatio(dropPercent));
}

/** Views of the step over views of the step before, each wrapped (in `week_before`, say). */
function stepConversion(vendorId: string, step: JourneyStep, wrap: (query: string) => string = (query) => query): string {
  const views = rumMetricNames(vendorId).views;
  return arithmetic(wrap(count(views, step.to)), "/", wrap(count(views, step.from)));
}

/** A dashboard query of a vital's 75th percentile per view group: `p75:rum.<app>.view.lcp{*} by {view_group}`. */
export function vitalP75Query(vendorId: string, vital: CoreWebVital): string {
  return metricQuery({ aggregator: "p75", metric: rumMetricNames(vendorId).vital(vital), by: [VITAL_GROUPS[0].tagName] });
}

/** A dashboard query of the percent of sessions with an error. */
export function errorSessionsPercentQuery(vendorId: string): string {
  return sessionsWithPercent(vendorId, "error");
}

/** A dashboard query of a journey step's conversion: views of the step over views of the step before. */
export function journeyStepConversionQuery(vendorId: string, step: JourneyStep): string {
  return stepConversion(vendorId, step);
}
