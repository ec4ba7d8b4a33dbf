import type { LabelMatcher, Selector } from "../promql";
import { leLabelValue } from "../slo/latency-buckets";
import * as promql from "../promql";
import { latencyGoodSelector, latencyTotalSelector, type Sli } from "../slo/sli";
import { solveLabels, solveLabelsExcluding } from "./labels";

/** What a synthetic counter counts: every request, the good ones, or the failed ones. */
export type SeriesRole = "total" | "good" | "bad";

/** A synthetic counter for a rule test: its metric, labels, and which share of the traffic it counts. */
export interface TrafficSeries {
  readonly metric: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly role: SeriesRole;
}

/**
 * Counters that make an SLI see a chosen traffic: derived from the SLI's own selectors, so that the generated
 * test feeds the real recording rules. Throws when no label values satisfy the selectors.
 */
export function trafficSeries(sli: Sli): TrafficSeries[] {
  switch (sli.kind) {
    case "events":
      return sli.errors !== undefined
        ? split(sli.total, sli.errors, "bad", "good")
        : split(sli.total, sli.good as Selector, "good", "bad");
    case "latency": {
      const labels = solved(sli.histogram.matchers, sli.histogram);
      const bucket = latencyGoodSelector(sli).metric;
      return [
        // The bucket as Prometheus 3 stores it; the rules also match Prometheus 2's "1" for a whole second.
        { metric: bucket, labels: { ...labels, le: leLabelValue(sli.threshold.seconds) }, role: "good" },
        { metric: bucket, labels: { ...labels, le: "+Inf" }, role: "total" },
        { metric: latencyTotalSelector(sli).metric, labels, role: "total" },
      ];
    }
    case "query":
      throw new Error("a query SLI's series cannot be derived; its tests feed the SLI recording rules instead");
  }
}

/**
 * Series for a ratio `part / total`. With one metric, the part and the rest are separate series of it;
 * with two metrics, the part counter and the total counter each get one.
 */
function split(total: Selector, part: Selector, partRole: SeriesRole, restRole: SeriesRole): TrafficSeries[] {
  if (part.metric !== total.metric) {
    return [
      { metric: part.metric, labels: solved(part.matchers, part), role: partRole },
      { metric: total.metric, labels: solved(total.matchers, total), role: "total" },
    ];
  }
  const both = [...total.matchers, ...part.matchers];
  const rest = solveLabelsExcluding(total.matchers, part.matchers);
  if (rest === undefined) {
    throw new Error(`every series of ${promql.selector(total)} also matches ${promql.selector(part)}`);
  }
  return [
    { metric: total.metric, labels: solved(both, part), role: partRole },
    { metric: total.metric, labels: rest, role: restRole },
  ];
}

function solved(matchers: readonly LabelMatcher[], selector: Selector): Record<string, string> {
  const labels = solveLabels(matchers);
  if (labels === undefined) {
    throw new Error(`no label values found that match ${promql.selector(selector)}`);
  }
  return labels;
}
