import type { Duration } from "../../domain/duration";
import type { PercentBounds, JourneyStep } from "../../domain/rum/rum-application";
import type { CoreWebVital, VitalThresholds } from "../../domain/rum/vitals";
import { datadogWindow } from "./burn-rate";

/**
 * The one place where RUM search and monitor query text is written: the attributes of view and session events,
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
export const SESSIONS_WITH = { error: "@session.error.count:>0", crash: "@session.crash.count:>0" } as const;

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
  return [`@type:${type}`, `@application.id:${applicationId}`, ...extra].join(" ");
}

/** A view-group filter of a RUM search: `@view.url_path_group:("/login" OR "/plans/new")`; none for every view. */
function viewGroupFilter(viewGroups: readonly string[]): string[] {
  return viewGroups.length === 0 ? [] : [`@view.url_path_group:(${viewGroups.map((group) => `"${group}"`).join(" OR ")})`];
}

/** A `rum alert` query: the vital's 75th percentile per view group and device type, above its poor bound. */
export function vitalMonitorQuery(applicationId: string, vital: VitalThresholds, viewGroups: readonly string[]): string {
  const search = rumSearch("view", applicationId, viewGroupFilter(viewGroups)).replace(/"/g, '\\"');
  const groups = VITAL_GROUPS.map((group) => group.path).join(",");
  return `rum("${search}").rollup("pc75", "${VITAL_ATTRIBUTES[vital.vital]}").by("${groups}").last("${VITALS_WINDOW}") > ${vital.poor}`;
}

/** `sum:<metric>{<filter>}.as_count()`. */
function count(metric: string, filter = "*"): string {
  return `sum:${metric}{${filter}}.as_count()`;
}

/** A metric monitor query over sessions: percent of sessions with errors above the alert bound. */
export function errorSessionsQuery(vendorId: string, bounds: PercentBounds): string {
  const names = rumMetricNames(vendorId);
  return `sum(last_30m):100 * ${count(names.sessionsWith("error"))} / ${count(names.sessions)} > ${bounds.alert}`;
}

/** A metric monitor query over sessions: percent of sessions without a crash below the alert bound. */
export function crashFreeSessionsQuery(vendorId: string, bounds: PercentBounds): string {
  const names = rumMetricNames(vendorId);
  return `sum(last_1h):100 - 100 * ${count(names.sessionsWith("crash"))} / ${count(names.sessions)} < ${bounds.alert}`;
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
  const views = rumMetricNames(vendorId).views;
  const conversion = (wrap: (query: string) => string) =>
    `(${wrap(count(views, `view_group:${step.to}`))} / ${wrap(count(views, `view_group:${step.from}`))})`;
  return `sum(last_${datadogWindow(window)}):${conversion((query) => query)} / ${conversion((query) => `week_before(${query})`)} < ${journeyStepRatio(dropPercent)}`;
}

/** A dashboard query of a vital's 75th percentile per view group: `p75:rum.<app>.view.lcp{*} by {view_group}`. */
export function vitalP75Query(vendorId: string, vital: CoreWebVital): string {
  return `p75:${rumMetricNames(vendorId).vital(vital)}{*} by {${VITAL_GROUPS[0].tagName}}`;
}

/** A dashboard query of the percent of sessions with an error. */
export function errorSessionsPercentQuery(vendorId: string): string {
  const names = rumMetricNames(vendorId);
  return `100 * ${count(names.sessionsWith("error"))} / ${count(names.sessions)}`;
}

/** A dashboard query of a journey step's conversion: views of the step over views of the step before. */
export function journeyStepConversionQuery(vendorId: string, step: JourneyStep): string {
  const views = rumMetricNames(vendorId).views;
  return `${count(views, `view_group:${step.to}`)} / ${count(views, `view_group:${step.from}`)}`;
}
