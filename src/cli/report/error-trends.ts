import { ERROR_TRACKING_METRICS } from "../../domain/apm/error-tracking-rules";
import { Duration } from "../../domain/duration";
import { overTime, selector, type PromQL } from "../../domain/promql";
import { monthRange } from "../../domain/sla/calendar";
import type { Block, Cell } from "./document";
import type { ErrorTrendReport } from "./model";
import { LABEL, labelledSeries } from "../prometheus-api/series-labels";
import { clipped, type PrometheusReader, type ReportRequest } from "./reader";

const WEEK = Duration.days(7);

/** The Sentry projects of the services with error tracking, by their info series. */
export const errorTrackingProjectsQuery = overTime("last_over_time", selector(ERROR_TRACKING_METRICS.info), Duration.days(1));

/** A service's recorded error rate averaged over the week before the query's time, or the week before that. */
export function weeklyErrorRateQuery(weeksBack: 0 | 1): PromQL {
  return overTime("avg_over_time", selector(ERROR_TRACKING_METRICS.errorRate), WEEK, weeksBack === 0 ? undefined : WEEK);
}

const key = (labels: Readonly<Record<string, string>>) => `${labels.service}\u0000${labels.env}`;

async function weeklyErrors(reader: PrometheusReader, weeksBack: 0 | 1, at: Date): Promise<Map<string, number>> {
  const series = await reader.query(weeklyErrorRateQuery(weeksBack), at);
  return new Map(series.filter(({ value }) => Number.isFinite(value)).map(({ labels, value }) => [key(labels), Math.round(value * WEEK.seconds)]));
}

/**
 * The error trends at the end of the reported month (or now, for the running month): each service found by its
 * `error_tracking:project:info` series, with the error events of its last week and the week before, estimated from
 * its recorded error rate (the time-average rate times a week) when the service exports an error counter.
 */
export async function collectErrorTrends(reader: PrometheusReader, request: ReportRequest): Promise<ErrorTrendReport[]> {
  const at = new Date(clipped(monthRange("UTC", request.month), request.now).end);
  const answer = (await reader.query(errorTrackingProjectsQuery, at)).filter(({ labels }) => labels.sentry_project !== undefined);
  const projects = labelledSeries(answer, errorTrackingProjectsQuery, { service: LABEL.present });
  const lastWeek = await weeklyErrors(reader, 0, at);
  const weekBefore = await weeklyErrors(reader, 1, at);
  const unique = new Map(projects.map(({ labels }) => [key(labels), labels]));
  return [...unique.values()]
    .sort((a, b) => a.service.localeCompare(b.service) || (a.env ?? "").localeCompare(b.env ?? ""))
    .map((labels) => ({
      service: labels.service,
      env: labels.env ?? "",
      sentryOrganization: labels.sentry_organization ?? "",
      sentryProject: labels.sentry_project,
      sentryEnvironment: labels.sentry_environment ?? labels.env ?? "",
      lastWeek: lastWeek.get(key(labels)),
      weekBefore: weekBefore.get(key(labels)),
    }));
}

/** Where a service's errors are in Sentry: its project page. */
export function sentryProjectUrl(trend: Pick<ErrorTrendReport, "sentryOrganization" | "sentryProject">): string {
  return `https://sentry.io/organizations/${trend.sentryOrganization}/projects/${trend.sentryProject}/`;
}

function change(trend: ErrorTrendReport): Cell {
  const { lastWeek, weekBefore } = trend;
  if (lastWeek === undefined || weekBefore === undefined) {
    return { text: lastWeek === undefined ? "" : "no data the week before" };
  }
  if (weekBefore === 0) {
    return lastWeek === 0 ? { text: "none either week" } : { text: "new errors", tone: "bad" };
  }
  const percent = Math.round(((lastWeek - weekBefore) / weekBefore) * 100);
  return { text: `${percent > 0 ? "+" : ""}${percent}%`, tone: percent > 0 ? "bad" : undefined };
}

function row(trend: ErrorTrendReport): Cell[] {
  const count = (value: number | undefined) => ({ text: value === undefined ? (trend.lastWeek === undefined ? "not in Prometheus" : "no data") : String(value) });
  return [{ text: `${trend.service} (${trend.env})` }, { text: `${trend.sentryOrganization}/${trend.sentryProject}` }, count(trend.lastWeek), count(trend.weekBefore), change(trend)];
}

/**
 * The report's error-tracking section: per service, its errors in the last 7 days against the 7 before; for a
 * service without error counts in Prometheus it says so and where the errors are, its Sentry project. Nothing when
 * the trends were not collected.
 */
export function errorTrendsSection(trends: readonly ErrorTrendReport[] | undefined): Block[] {
  if (trends === undefined) {
    return [];
  }
  const heading: Block = { kind: "heading", level: 2, text: "Error trends" };
  if (trends.length === 0) {
    return [heading, { kind: "paragraph", text: `No error tracking found: no ${ERROR_TRACKING_METRICS.info} series in the last day. Declare an ErrorTracking and load its rules.` }];
  }
  const unavailable = trends.filter((trend) => trend.lastWeek === undefined);
  return [
    heading,
    { kind: "table", header: ["Service", "Sentry project", "Errors, last 7 days", "Errors, 7 days before", "Change"], rows: trends.map(row) },
    ...(unavailable.length === 0
      ? []
      : [
          {
            kind: "list",
            items: unavailable.map(
              (trend) =>
                `${trend.service} (${trend.env}): its error counts are not in Prometheus (no ${ERROR_TRACKING_METRICS.errorRate}: the ErrorTracking declares no errorCounter, or the service exports none); see Sentry project ${trend.sentryOrganization}/${trend.sentryProject}, environment ${trend.sentryEnvironment}: ${sentryProjectUrl(trend)}`,
            ),
          } as const,
        ]),
  ];
}
