import type { Problems } from "../problems";
import type { ErrorRate, ErrorSpike, ErrorTrackingSpec, ErrorTrend } from "./error-tracking";
import { slug } from "../naming";
import { projectSlugProblem } from "./sentry-names";
import type { ErrorRateAlertProps, ErrorSpikeAlertProps, ErrorTrackingProps, ErrorTrendAlertProps } from "./error-tracking-props";

function parseErrorSpike(props: ErrorSpikeAlertProps | false | undefined): ErrorSpike | undefined {
  if (props === false) {
    return undefined;
  }
  return { events: props?.events ?? 100, interval: props?.interval ?? "1h" };
}

function parseErrorRate(props: ErrorRateAlertProps | false | undefined, traceSampleRatio: number, problems: Problems): ErrorRate | undefined {
  if (props === false) {
    return undefined;
  }
  const measure = props?.measure ?? "failure-rate";
  // Only an error-count alert needs its threshold given (a measure of neither kind is the schema's to report).
  const failureRate = measure !== "error-count";
  const critical = props?.critical ?? (failureRate ? 1 : NaN);
  const rate: ErrorRate = { measure, critical, warning: props?.warning ?? critical / 2, windowMinutes: props?.windowMinutes ?? 15 };
  const unit = failureRate ? "percent of transactions, e.g. 1" : "error events per window, e.g. 50";
  if (!failureRate && props?.critical === undefined) {
    problems.add(`errorRate.critical: an error-count alert needs its threshold; give the number of ${unit}`);
  } else if (rate.warning > rate.critical) {
    problems.add(`errorRate: warning ${rate.warning} is above critical ${rate.critical}; the ticket must come before the page, so use a warning at most ${rate.critical}`);
  } else if (failureRate && rate.critical > 100) {
    problems.add(`errorRate.critical: ${rate.critical} is not a percentage; use a value up to 100, e.g. 1`);
  }
  if (failureRate && traceSampleRatio === 0) {
    problems.add('errorRate: the failure rate is measured on traced transactions, and traceSampleRatio is 0; trace some (e.g. 0.1) or set errorRate.measure to "error-count"');
  }
  return rate;
}

function parseErrorTrend(props: ErrorTrendAlertProps | false | undefined): ErrorTrend | undefined {
  if (props === false) {
    return undefined;
  }
  return { increasePercent: props?.increasePercent ?? 100, windowMinutes: props?.windowMinutes ?? 60 };
}

/**
 * Applies the defaults and builds the spec the Sentry target writes, recording the problems of the props against
 * each other (the schema has checked each prop on its own).
 */
export function parseErrorTracking(
  props: ErrorTrackingProps,
  stack: { readonly environment: string; vendorName(name: string): string },
  problems: Problems,
): ErrorTrackingSpec {
  const projectSlug = props.projectSlug ?? slug(stack.vendorName(props.service));
  if (props.projectSlug === undefined) {
    // A project slug derived from the service is the service's problem (the schema checks a declared one).
    const derived = projectSlugProblem(projectSlug);
    problems.add(derived === undefined ? undefined : `service (the Sentry project slug unless projectSlug is set): ${derived}`);
  }
  const environment = props.environment ?? stack.environment;
  const traceSampleRatio = props.traceSampleRatio ?? 0.1;
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
    errorSpike: parseErrorSpike(props.errorSpike),
    errorRate: parseErrorRate(props.errorRate, traceSampleRatio, problems),
    errorTrend: parseErrorTrend(props.errorTrend),
    errorCounter: props.errorCounter,
    runbookUrl: props.runbookUrl,
    integrations: props.integrations ?? {},
  };
  return spec;
}
