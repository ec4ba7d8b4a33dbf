import { Duration } from "../duration";
import type { Problems } from "../problems";
import { latencyBucketProblems } from "./latency-buckets";
import { parseSelector, promqlError, WINDOW_PLACEHOLDER, type Selector } from "../promql";
import {
  burnRateWindows,
  defaultMinimumEventsForPage,
  errorBudget,
  explicitBurnRateWindows,
  SHORTEST_WINDOW,
  type BurnRateWindow,
} from "./slo-math";
import { sloScenarios } from "../rule-tests/scenarios";
import { trafficSeries } from "../rule-tests/traffic";
import { fillWindow, type Sli } from "./sli";
import type { LatencySliProps, ServiceSloProps, SliProps } from "./service-slo-props";
import { disabledSeverities } from "./parse-alerting";

/** The props of a ServiceSlo, checked and turned into domain values. */
export interface ParsedSlo {
  readonly period: Duration;
  readonly sli: Sli;
  readonly windows: readonly BurnRateWindow[];
  readonly minimumEventsForPage: number;
}

function selectorOf(problems: Problems, what: string, text: string | undefined): Selector | undefined {
  return text === undefined ? undefined : problems.attempt(what, () => parseSelector(text));
}

/** Checks the threshold against the declared bucket bounds (seconds, or durations parsed here). */
function checkLatencyBuckets(props: LatencySliProps, threshold: Duration, problems: Problems): void {
  const bounds = props.buckets?.map((bound, index) =>
    typeof bound === "string" ? problems.attempt(`sli.latency.buckets[${index}]`, () => Duration.parseLatency(bound).seconds) : bound,
  );
  const parsed = bounds?.every((bound) => bound !== undefined) ? (bounds as number[]) : undefined;
  latencyBucketProblems(threshold, parsed).forEach((problem) => problems.add(`sli.latency.${problem}`));
}

function parseSli(props: SliProps, problems: Problems): Sli | undefined {
  const kinds = (["events", "latency", "query"] as const).filter((kind) => props[kind] !== undefined);
  if (kinds.length !== 1) {
    problems.add(`sli: give exactly one of events, latency or query (got ${kinds.length === 0 ? "none" : kinds.join(" and ")})`);
    return undefined;
  }
  if (props.events !== undefined) {
    const { errors, good, total } = props.events;
    if (total === undefined) {
      problems.add("sli.events.total: give the counter of all events, e.g. 'http_requests_total{service=\"checkout\"}'");
    }
    if ((errors === undefined) === (good === undefined)) {
      problems.add("sli.events: give either errors or good (the failed or the successful events), not both or neither");
    }
    const parsed = {
      errors: selectorOf(problems, "sli.events.errors", errors),
      good: selectorOf(problems, "sli.events.good", good),
      total: selectorOf(problems, "sli.events.total", total),
    };
    return parsed.total === undefined || (parsed.errors ?? parsed.good) === undefined
      ? undefined
      : { kind: "events", total: parsed.total, errors: parsed.errors, good: parsed.good };
  }
  if (props.latency !== undefined) {
    const histogram = selectorOf(problems, "sli.latency.histogram", props.latency.histogram);
    if (histogram?.metric.endsWith("_bucket")) {
      problems.add(`sli.latency.histogram: give the histogram's base name, without _bucket (${histogram.metric.slice(0, -7)})`);
    }
    const threshold = problems.attempt("sli.latency.threshold", () => Duration.parseLatency(props.latency!.threshold));
    if (threshold !== undefined) {
      checkLatencyBuckets(props.latency, threshold, problems);
    }
    return histogram === undefined || threshold === undefined ? undefined : { kind: "latency", histogram, threshold };
  }
  const query = props.query!;
  for (const [what, text] of [["sli.query.errorRatio", query.errorRatio], ["sli.query.totalEvents", query.totalEvents]] as const) {
    if (text === undefined) {
      continue;
    }
    if (!text.includes(WINDOW_PLACEHOLDER)) {
      problems.add(`${what}: write ${WINDOW_PLACEHOLDER} where the range goes, e.g. rate(x[${WINDOW_PLACEHOLDER}])`);
    }
    const error = promqlError(fillWindow(text, SHORTEST_WINDOW));
    if (error !== undefined) {
      problems.add(`${what}: "${text}" is not valid PromQL (${error})`);
    }
  }
  return { kind: "query", errorRatio: query.errorRatio, totalEvents: query.totalEvents };
}

function parseWindows(props: ServiceSloProps, period: Duration, problems: Problems): BurnRateWindow[] | undefined {
  if (props.burnRateWindows === undefined) {
    return burnRateWindows(period);
  }
  const policies = props.burnRateWindows.map((window, index) => {
    const what = `burnRateWindows[${index}]`;
    const long = problems.attempt(`${what}.long`, () => Duration.parse(window.long));
    const short = problems.attempt(`${what}.short`, () => Duration.parse(window.short));
    if (long !== undefined && long.milliseconds > period.milliseconds) {
      problems.add(`${what}.long: ${window.long} is longer than the period ${props.period ?? "30d"}; use a window within the period`);
    }
    if (long !== undefined && short !== undefined && short.milliseconds >= long.milliseconds) {
      problems.add(`${what}.short: ${short} must be shorter than the long window ${long}`);
    }
    return long === undefined || short === undefined ? undefined : { ...window, long, short };
  });
  if (policies.length === 0) {
    problems.add("burnRateWindows: give at least one window pair, or leave it out for the workbook table");
  }
  return policies.every((policy) => policy !== undefined) ? explicitBurnRateWindows(period, policies) : undefined;
}

/**
 * Why the burn-rate alerts could never fire on a busy service (10 requests a second, the generated tests'
 * traffic), or undefined: an objective so strict that the low-traffic guard asks for more events than a page
 * window holds, say. Found here, with the other problems, rather than when the tests are written.
 */
function silentAlertsProblem(objective: number, windows: readonly BurnRateWindow[], budget: number, guard: number): string | undefined {
  try {
    sloScenarios({ windows, budget, minimumEventsForPage: guard });
    return undefined;
  } catch (error) {
    return (
      `objective ${objective} with a low-traffic guard of ${guard} events: ${(error as Error).message} at 10 requests a second; ` +
      "lower the objective, or set minimumEventsForPage lower (0 switches the guard off)"
    );
  }
}

/**
 * Checks a ServiceSlo's props against each other (the schema has checked each on its own): the SLI's PromQL, the
 * windows against the period and each other, the alerts against the traffic; the parsed SLO when there is no
 * problem.
 */
export function parseSlo(props: ServiceSloProps, problems: Problems): ParsedSlo | undefined {
  const period = problems.attempt("period", () => Duration.parse(props.period ?? "30d"));
  const sli = parseSli(props.sli, problems);
  const disabled = disabledSeverities(props.alerting);
  const windows = period === undefined ? undefined : parseWindows(props, period, problems)?.filter((window) => !disabled.includes(window.severity));
  if (!problems.none || period === undefined || sli === undefined || windows === undefined) {
    return undefined;
  }
  if (sli.kind !== "query" && problems.attempt("sli", () => trafficSeries(sli)) === undefined) {
    return undefined;
  }
  const budget = errorBudget(props.objective);
  const minimumEventsForPage = props.minimumEventsForPage ?? defaultMinimumEventsForPage(windows, budget);
  const guard = sli.kind !== "query" || sli.totalEvents !== undefined ? minimumEventsForPage : 0;
  const silent = silentAlertsProblem(props.objective, windows, budget, guard);
  if (silent !== undefined) {
    problems.add(silent);
    return undefined;
  }
  return { period, sli, windows, minimumEventsForPage };
}
