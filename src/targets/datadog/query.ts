import type { Duration } from "../../domain/duration";
import { isDatadogTagValue } from "../../domain/names/datadog";
import type { LabelMatcher, Selector } from "../../domain/promql/selector";
import { leLabelValue } from "../../domain/slo/latency-buckets";
import { latencyGoodSelector, latencyTotalSelector, type Sli } from "../../domain/slo/sli";
import type { BurnRateWindow } from "../../domain/slo/slo-math";
import { datadogTimeframe, datadogWindow } from "./burn-rate";

/**
 * The one place where Datadog query text is assembled. Prometheus metrics reach Datadog through the Agent's
 * OpenMetrics check, which renames them: a counter `foo_total` becomes `<namespace>.foo.count`, a histogram
 * `foo` becomes `<namespace>.foo.bucket` (tagged `upper_bound` with `le` in float form: "0.5", "1.0") and
 * `<namespace>.foo.count`; tags are lower-cased.
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

function tagFilter(matcher: LabelMatcher): string {
  const values = matcher.operator === "=" || matcher.operator === "!=" ? [exactValue(matcher)] : wildcardValues(matcher);
  const positive = values.length === 1 ? `${matcher.name}:${values[0]}` : `(${values.map((v) => `${matcher.name}:${v}`).join(" OR ")})`;
  return matcher.operator.startsWith("!") ? `NOT ${positive}` : positive;
}

/** `<aggregator>:<metric>{<filters>}`, with `*` for no filter. */
export function datadogAggregate(aggregator: "sum" | "avg" | "min" | "max", selector: Selector, namespace: string, extraFilters: readonly string[] = []): string {
  const filters = [...selector.matchers.filter((m) => m.name !== "le").map(tagFilter), ...extraFilters];
  const scope = filters.length === 0 ? "*" : filters.join(" AND ");
  return `${aggregator}:${datadogMetricName(selector.metric, namespace)}{${scope}}`;
}

/** `sum:<metric>{<filters>}.as_count()`, with `*` for no filter. */
export function datadogCount(selector: Selector, namespace: string, extraFilters: readonly string[] = []): string {
  return `${datadogAggregate("sum", selector, namespace, extraFilters)}.as_count()`;
}

/** The Datadog metric-SLO queries of an SLI; a query SLI has no translation and throws. */
export function datadogSloQuery(sli: Sli, namespace: string): DatadogSloQuery {
  switch (sli.kind) {
    case "events": {
      const denominator = datadogCount(sli.total, namespace);
      const numerator = sli.good !== undefined
        ? datadogCount(sli.good, namespace)
        : `${denominator} - ${datadogCount(sli.errors as Selector, namespace)}`;
      return { numerator, denominator };
    }
    case "latency": {
      const bound = `upper_bound:${leLabelValue(sli.threshold.seconds)}`;
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

/** The query of a Datadog `slo alert` monitor on the burn rate over a window pair. */
export function datadogBurnRateQuery(sloId: string, period: Duration, window: BurnRateWindow): string {
  const windows = `long_window("${datadogWindow(window.long)}").short_window("${datadogWindow(window.short)}")`;
  return `burn_rate("${sloId}").over("${datadogTimeframe(period)}").${windows} > ${window.factor}`;
}
