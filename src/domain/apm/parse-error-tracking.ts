import type { Problems } from "../problems";
import {
  SENTRY_ISSUE_INTERVALS,
  SENTRY_METRIC_WINDOWS,
  type ErrorRate,
  type ErrorSpike,
  type ErrorTrackingSpec,
  type ErrorTrend,
} from "./error-tracking";
import { alertLabelProblem } from "../names/alert-labels";
import { slug } from "../naming";
import { quoted } from "../quoted";
import { SENTRY_PLATFORMS, similarPlatforms } from "./sentry-platforms";
import type { ErrorRateAlertProps, ErrorSpikeAlertProps, ErrorTrackingProps, ErrorTrendAlertProps } from "./error-tracking-props";

const ORGANIZATION_SLUG = /^[a-z0-9][a-z0-9_-]*$/;
/** Sentry's longest project slug. */
const MAX_SLUG_LENGTH = 50;
/** Line breaks, tabs and other control characters, which no Sentry name accepts. */
const CONTROL = /\p{Cc}/u;

const isPositive = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value) && value > 0;

function organizationProblems(organization: string | undefined): string[] {
  if (organization === undefined || organization.trim() === "") {
    return ["organization: the Sentry organization slug is missing; set it to the slug in https://sentry.io/organizations/<slug>/, e.g. \"acme\""];
  }
  return ORGANIZATION_SLUG.test(organization)
    ? []
    : [`organization: ${quoted(organization)} is not an organization slug; use the lower-case slug from https://sentry.io/organizations/<slug>/`];
}

function platformProblems(platform: string | undefined): string[] {
  if ((SENTRY_PLATFORMS as readonly string[]).includes(platform ?? "")) {
    return [];
  }
  const similar = similarPlatforms(platform ?? "");
  const hint = similar.length > 0 ? `did you mean ${similar.map((known) => `"${known}"`).join(", ")}? ` : "";
  return [`platform: ${quoted(platform ?? "")} is not a Sentry platform; ${hint}use one Sentry lists (e.g. "node", "python"), or "other"`];
}

function projectSlugProblems(projectSlug: string): string[] {
  if (projectSlug === "" || !/^[a-z0-9][a-z0-9_-]*$/.test(projectSlug)) {
    return [`projectSlug: ${quoted(projectSlug)} is not a project slug; name the service with letters or digits, or set projectSlug, e.g. "checkout"`];
  }
  return projectSlug.length > MAX_SLUG_LENGTH
    ? [`projectSlug: ${quoted(projectSlug)} is longer than Sentry's ${MAX_SLUG_LENGTH} characters; set a shorter projectSlug, e.g. "checkout"`]
    : [];
}

/** Sentry's rules for environment names. */
function environmentProblems(environment: string): string[] {
  const valid = environment !== "" && environment.length <= 64 && !/[\s/]/.test(environment) && !CONTROL.test(environment) && environment !== "." && environment !== "..";
  return valid ? [] : [`environment: ${quoted(environment)} is not a Sentry environment name; use up to 64 characters without spaces or slashes, e.g. "production"`];
}

/** Sentry's rules for release names. */
function releaseProblems(release: string | undefined): string[] {
  const valid =
    release === undefined ||
    (release.trim() !== "" && release.length <= 200 && !/[/\\]/.test(release) && !CONTROL.test(release) && ![".", "..", "latest"].includes(release));
  return valid ? [] : [`release: ${quoted(release)} is not a Sentry release name; use up to 200 characters without slashes, backslashes or line breaks, e.g. "checkout@2.0.0"`];
}

function ruleLinesProblems(what: string, lines: readonly string[] | undefined, needsArrow: boolean): string[] {
  return (lines ?? []).flatMap((line, index) => {
    if (/[\r\n]/.test(line)) {
      return [`${what}[${index}]: a rule spans several lines; give one rule per array element`];
    }
    const rule = line.trim();
    if (needsArrow && rule !== "" && !rule.startsWith("#") && !rule.includes("->")) {
      return [`${what}[${index}]: ${quoted(rule)} has no fingerprint; write it like "error.type:DatabaseUnavailable -> database-unavailable"`];
    }
    return [];
  });
}

function parseErrorSpike(props: ErrorSpikeAlertProps | false | undefined, problems: Problems): ErrorSpike | undefined {
  if (props === false) {
    return undefined;
  }
  const spike: ErrorSpike = { events: props?.events ?? 100, interval: props?.interval ?? "1h" };
  if (!isPositive(spike.events) || !Number.isInteger(spike.events)) {
    problems.add(`errorSpike.events: ${spike.events} is not a positive whole number of events; use e.g. 100`);
  }
  if (!SENTRY_ISSUE_INTERVALS.includes(spike.interval)) {
    problems.add(`errorSpike.interval: ${quoted(spike.interval)} is not a window Sentry counts over; use one of ${SENTRY_ISSUE_INTERVALS.join(", ")}`);
  }
  return spike;
}

function parseErrorRate(props: ErrorRateAlertProps | false | undefined, traceSampleRatio: number, problems: Problems): ErrorRate | undefined {
  if (props === false) {
    return undefined;
  }
  const measure = props?.measure ?? "failure-rate";
  const failureRate = measure === "failure-rate";
  const critical = props?.critical ?? (failureRate ? 1 : NaN);
  const rate: ErrorRate = { measure, critical, warning: props?.warning ?? critical / 2, windowMinutes: props?.windowMinutes ?? 15 };
  const unit = failureRate ? "percent of transactions, e.g. 1" : "error events per window, e.g. 50";
  if (measure !== "failure-rate" && measure !== "error-count") {
    problems.add(`errorRate.measure: ${quoted(measure)} is not a measure; use "failure-rate" or "error-count"`);
  } else if (!failureRate && props?.critical === undefined) {
    problems.add(`errorRate.critical: an error-count alert needs its threshold; give the number of ${unit}`);
  } else if (!isPositive(rate.critical) || !isPositive(rate.warning)) {
    const bad = isPositive(rate.critical) ? `warning ${rate.warning}` : `critical ${rate.critical}`;
    problems.add(`errorRate: threshold ${bad} is not positive; use a number of ${unit}`);
  } else if (rate.warning > rate.critical) {
    problems.add(`errorRate: warning ${rate.warning} is above critical ${rate.critical}; the ticket must come before the page, so use a warning at most ${rate.critical}`);
  } else if (failureRate && rate.critical > 100) {
    problems.add(`errorRate.critical: ${rate.critical} is not a percentage; use a value up to 100, e.g. 1`);
  }
  if (!SENTRY_METRIC_WINDOWS.includes(rate.windowMinutes)) {
    problems.add(`errorRate.windowMinutes: ${rate.windowMinutes} is not a window Sentry evaluates over; use one of ${SENTRY_METRIC_WINDOWS.join(", ")}`);
  }
  if (failureRate && traceSampleRatio === 0) {
    problems.add('errorRate: the failure rate is measured on traced transactions, and traceSampleRatio is 0; trace some (e.g. 0.1) or set errorRate.measure to "error-count"');
  }
  return rate;
}

function parseErrorTrend(props: ErrorTrendAlertProps | false | undefined, problems: Problems): ErrorTrend | undefined {
  if (props === false) {
    return undefined;
  }
  const trend: ErrorTrend = { increasePercent: props?.increasePercent ?? 100, windowMinutes: props?.windowMinutes ?? 60 };
  if (!isPositive(trend.increasePercent)) {
    problems.add(`errorTrend.increasePercent: ${trend.increasePercent} is not a rise; use a positive percentage, e.g. 100 for twice last week's errors`);
  }
  if (!SENTRY_METRIC_WINDOWS.includes(trend.windowMinutes)) {
    problems.add(`errorTrend.windowMinutes: ${trend.windowMinutes} is not a window Sentry evaluates over; use one of ${SENTRY_METRIC_WINDOWS.join(", ")}`);
  }
  return trend;
}

/** Applies the defaults and builds the spec the Sentry target writes, recording every problem of the props. */
export function parseErrorTracking(
  props: ErrorTrackingProps,
  stack: { readonly environment: string; vendorName(name: string): string },
  problems: Problems,
): ErrorTrackingSpec {
  const serviceProblem = alertLabelProblem("service", "service", props.service ?? "");
  problems.add(serviceProblem, ...organizationProblems(props.organization), ...platformProblems(props.platform));
  const projectSlug = props.projectSlug ?? slug(stack.vendorName(props.service ?? ""));
  // A slug derived from a bad service name is the service's problem, reported above.
  if (props.projectSlug !== undefined || serviceProblem === undefined) {
    problems.add(...projectSlugProblems(projectSlug));
  }
  const environment = props.environment ?? stack.environment;
  // The stack checks its own environment.
  problems.add(...(props.environment === undefined ? [] : environmentProblems(props.environment)), ...releaseProblems(props.release));
  const traceSampleRatio = props.traceSampleRatio ?? 0.1;
  if (!Number.isFinite(traceSampleRatio) || traceSampleRatio < 0 || traceSampleRatio > 1) {
    problems.add(`traceSampleRatio: ${traceSampleRatio} is not a sample rate; use a value from 0 to 1, e.g. 0.1 to trace one transaction in ten`);
  }
  if (props.runbookUrl !== undefined && !/^https?:\/\/\S+$/.test(props.runbookUrl)) {
    problems.add(`runbookUrl: ${quoted(props.runbookUrl)} is not a web address; use e.g. https://runbooks.example.com/checkout/errors`);
  }
  problems.add(...ruleLinesProblems("fingerprintingRules", props.fingerprintingRules, true));
  problems.add(...ruleLinesProblems("groupingEnhancements", props.groupingEnhancements, false));
  const counterIsMetric = props.errorCounter === undefined || /^[a-zA-Z_:][a-zA-Z0-9_:]*$/.test(props.errorCounter);
  if (!counterIsMetric) {
    problems.add(`errorCounter: ${quoted(props.errorCounter)} is not a Prometheus metric name; give the counter's name, e.g. "checkout_errors_total"`);
  }
  const spec: ErrorTrackingSpec = {
    service: props.service,
    organization: props.organization,
    platform: props.platform,
    projectSlug,
    environment,
    release: props.release,
    traceSampleRatio,
    fingerprintingRules: props.fingerprintingRules ?? [],
    groupingEnhancements: props.groupingEnhancements ?? [],
    errorSpike: parseErrorSpike(props.errorSpike, problems),
    errorRate: parseErrorRate(props.errorRate, traceSampleRatio, problems),
    errorTrend: parseErrorTrend(props.errorTrend, problems),
    // A counter that is not a metric name is reported above, not read into the rules.
    errorCounter: counterIsMetric ? props.errorCounter : undefined,
    runbookUrl: props.runbookUrl,
    integrations: props.integrations ?? {},
  };
  return spec;
}
