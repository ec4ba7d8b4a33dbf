import { describe, expect, it } from "vitest";
import { collectErrorTrends, errorTrackingProjectsQuery, errorTrendsSection, weeklyErrorRateQuery } from "../../../src/cli/report/error-trends";
import type { ErrorTrendReport } from "../../../src/cli/report/model";
import type { PrometheusReader } from "../../../src/cli/report/reader";
import { renderMarkdown } from "../../../src/cli/report/render";
import { promqlError } from "../../../src/domain/promql";

const project = (service: string) => ({ service, env: "production", sentry_organization: "acme", sentry_project: service, sentry_environment: "production" });

/** A Prometheus with checkout's and planner's Sentry projects; only checkout records its error rate. */
function prometheus(calls: string[]): PrometheusReader {
  return {
    async query(expr, at) {
      calls.push(`${expr} @${at?.toISOString()}`);
      if (expr === errorTrackingProjectsQuery) {
        return [{ labels: project("planner"), value: 1 }, { labels: project("checkout"), value: 1 }];
      }
      // 0.01 errors/s over a week is 6048 errors; 0.008 is 4838.4.
      const rate = expr === weeklyErrorRateQuery(0) ? 0.01 : 0.008;
      return [{ labels: { service: "checkout", env: "production" }, value: rate }];
    },
    async queryRange() {
      return [];
    },
  };
}

describe("the report's error trends", () => {
  it("read each service's Sentry project and its recorded error rate over the last week and the week before, at the month's end", async () => {
    const calls: string[] = [];
    const trends = await collectErrorTrends(prometheus(calls), { month: { year: 2026, month: 10 }, trendMonths: 0, now: Date.parse("2026-11-15T12:00:00Z") });
    expect(trends).toEqual([
      { service: "checkout", env: "production", sentryOrganization: "acme", sentryProject: "checkout", sentryEnvironment: "production", lastWeek: 6048, weekBefore: 4838 },
      { service: "planner", env: "production", sentryOrganization: "acme", sentryProject: "planner", sentryEnvironment: "production", lastWeek: undefined, weekBefore: undefined },
    ]);
    expect(calls).toEqual([
      "last_over_time(error_tracking:project:info[1d]) @2026-11-01T00:00:00.000Z",
      "avg_over_time(error_tracking:error_events:rate5m[1w]) @2026-11-01T00:00:00.000Z",
      "avg_over_time(error_tracking:error_events:rate5m[1w] offset 1w) @2026-11-01T00:00:00.000Z",
    ]);
    expect([errorTrackingProjectsQuery, weeklyErrorRateQuery(0), weeklyErrorRateQuery(1)].map(promqlError)).toEqual([undefined, undefined, undefined]);
  });

  it("show the week's change where Prometheus has error counts, and where to look in Sentry where it has none", () => {
    const trends: ErrorTrendReport[] = [
      { service: "checkout", env: "production", sentryOrganization: "acme", sentryProject: "checkout", sentryEnvironment: "production", lastWeek: 6048, weekBefore: 4838 },
      { service: "planner", env: "production", sentryOrganization: "acme", sentryProject: "intelligent-teams-planner", sentryEnvironment: "prod" },
    ];
    expect(renderMarkdown(errorTrendsSection(trends))).toBe(
      [
        "## Error trends",
        "",
        "| Service | Sentry project | Errors, last 7 days | Errors, 7 days before | Change |",
        "|---|---|---|---|---|",
        "| checkout (production) | acme/checkout | 6048 | 4838 | +25% |",
        "| planner (production) | acme/intelligent-teams-planner | not in Prometheus | not in Prometheus |  |",
        "",
        "- planner (production): its error counts are not in Prometheus (no error_tracking:error_events:rate5m: the ErrorTracking declares no errorCounter, or the service exports none); see Sentry project acme/intelligent-teams-planner, environment prod: https://sentry.io/organizations/acme/projects/intelligent-teams-planner/",
        "",
      ].join("\n"),
    );
  });

  it("say so when no service has error tracking, and are left out when not collected", () => {
    expect(renderMarkdown(errorTrendsSection([]))).toBe(
      "## Error trends\n\nNo error tracking found: no error_tracking:project:info series in the last day. Declare an ErrorTracking and load its rules.\n",
    );
    expect(errorTrendsSection(undefined)).toEqual([]);
  });
});
