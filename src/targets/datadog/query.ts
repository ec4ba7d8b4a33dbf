import type { Duration } from "../../domain/duration";
import { isDatadogTagValue } from "../../domain/names/datadog";
import type { LabelMatcher, Selector } from "../../domain/promql";
import { leLabelValue } from "../../domain/slo/latency-buckets";
import { latencyGoodSelector, latencyTotalSelector, type Sli } from "../../domain/slo/sli";
import type { BurnRateWindow } from "../../domain/slo/slo-math";
import { datadogLongWindow, datadogShortWindow, datadogTimeframe } from "./burn-rate";
import { anyFilter, arithmetic, burnRateQuery, metricQuery, notFilter, tagFilter } from "./query-builder";

/**
 * Prometheus selectors as Datadog metric queries (written by ./query-builder). Prometheus metrics reach Datadog
 * through the Agent's OpenMetrics check, which renames them: a counter `foo_total` becomes `<namespace>.foo.count`,
 * a histogram `foo` becomes `<namespace>.foo.bucket` (tagged `upper_bound` with `le` in float form: "0.5", "1.0")
 * and `<namespace>.foo.count`; tags are lower-cased.
 */

/** Numerator and denominator of a Datadog metric SLO: good events and all events. */
export interface DatadogSloQuery {
  readonly numerator: string;
  readonly denominator: string;
}

/** The Datadog name of a Prometheus counter or histogram series after the OpenMetrics check. */
export function datadogMetricName(metric: string, namespace: string): string {
  const renamed = metric.endsWith("_total")
    ? `${metric.slice(0, -"_total".length)}.count`
    : metric.endsWith("_bucket")
      ? `${metric.slice(0, -"_bucket".length)}.bucket`
      : metric.endsWith("_count")
        ? `${metric.slice(0, -"_count".length)}.count`
        : metric;
  return namespace === "" ? renamed : `${namespace}.${renamed}`;
}

/** A regular expression as Datadog tag values: literal alternatives, each with at most a trailing wildcard. */
function wildcardValues(matcher: LabelMatcher): string[] {
  return matcher.value.split("|").map((alternative) => {
    const wildcard = /^([\w\-/]*)(\.\*|\.\+|\.+)$/.exec(alternative);
    const value = wildcard ? `${wildcard[1]}*` : alternative;
    if (!/^[\w\-/]*\*?$/.test(value) || value === "") {
      throw new Error(
        `${matcher.name}${matcher.operator}"${matcher.value}" cannot be written as a Datadog tag filter; use literal ` +
          `alternatives with at most a trailing wildcard (like "5.." or "500|503"), or give the Datadog queries explicitly`,
      );
    }
    return value.toLowerCase();
  });
}

/** The value of an exact matcher as a Datadog tag value; quotes, spaces and newlines would change the query. */
function exactValue(matcher: LabelMatcher): string {
  if (!isDatadogTagValue(matcher.value)) {
    throw new Error(
      `${matcher.name}${matcher.operator}${JSON.stringify(matcher.value)} cannot be written as a Datadog tag filter: Datadog tags ` +
        `hold letters, digits and _ - : . / only; match a value made of those, or give the Datadog queries explicitly`,
    );
  }
  return matcher.value.toLowerCase();
}

function matcherFilter(matcher: LabelMatcher): string {
  const values = matcher.operator === "=" || matcher.operator === "!=" ? [exactValue(matcher)] : wildcardValues(matcher);
  const positive = anyFilter(values.map((value) => tagFilter(matcher.name, value)));
  return matcher.operator.startsWith("!") ? notFilter(positive) : positive;
}

/** A selector as a metric query of an aggregator, `*` for no filter: the selector's matchers (`le` aside) and the extra filters. */
function selectorQuery(aggregator: string, selector: Selector, namespace: string, extraFilters: readonly string[], as?: "count" | "rate"): string {
  const filters = [...selector.matchers.filter((m) => m.name !== "le").map(matcherFilter), ...extraFilters];
  return metricQuery({ aggregator, metric: datadogMetricName(selector.metric, namespace), filters, as });
}

/** `<aggregator>:<metric>{<filters>}`, with `*` for no filter. */
export function datadogAggregate(aggregator: "sum" | "avg" | "min" | "max", selector: Selector, namespace: string, extraFilters: readonly string[] = []): string {
  return selectorQuery(aggregator, selector, namespace, extraFilters);
}

/** `sum:<metric>{<filters>}.as_count()`, with `*` for no filter. */
export function datadogCount(selector: Selector, namespace: string, extraFilters: readonly string[] = []): string {
  return selectorQuery("sum", selector, namespace, extraFilters, "count");
}

/** `sum:<metric>{<filters>}.as_rate()`: a counter's rate per second. */
export function datadogRate(selector: Selector, namespace: string): string {
  return selectorQuery("sum", selector, namespace, [], "rate");
}

/** The Datadog metric-SLO queries of an SLI; a query SLI has no translation and throws. */
export function datadogSloQuery(sli: Sli, namespace: string): DatadogSloQuery {
  switch (sli.kind) {
    case "events": {
      const denominator = datadogCount(sli.total, namespace);
      const numerator = sli.good !== undefined
        ? datadogCount(sli.good, namespace)
        : arithmetic(denominator, "-", datadogCount(sli.errors as Selector, namespace));
      return { numerator, denominator };
    }
    case "latency": {
      const bound = tagFilter("upper_bound", leLabelValue(sli.threshold.seconds));
      return {
        numerator: datadogCount({ ...latencyGoodSelector(sli), matchers: sli.histogram.matchers }, namespace, [bound]),
        denominator: datadogCount(latencyTotalSelector(sli), namespace),
      };
    }
    case "query":
      throw new Error("a PromQL query SLI has no Datadog translation; give the Datadog queries explicitly");
  }
}

/** Datadog tags from labels: `key:value`. */
export function datadogTags(labels: Readonly<Record<string, string>>): string[] {
  return Object.entries(labels).map(([key, value]) => `${key}:${value}`);
}

/**
 * The query of a Datadog `slo alert` monitor on the burn rate over a window pair of datadogBurnRateWindows: the long
 * window in hours and the short one in minutes, as Datadog documents them (`long_window("1h").short_window("5m")`,
 * DataDog/documentation `content/en/service_management/service_level_objectives/burn_rate.md`).
 */
export function datadogBurnRateQuery(sloId: string, period: Duration, window: BurnRateWindow): string {
  return burnRateQuery({
    sloId,
    timeframe: datadogTimeframe(period) as string,
    longWindow: datadogLongWindow(window.long),
    shortWindow: datadogShortWindow(window.short),
    factor: window.factor,
  });
}
