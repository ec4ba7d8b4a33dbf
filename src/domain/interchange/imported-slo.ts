import { Duration } from "../duration";
import { slug } from "../naming";
import { parseSelector, type Selector } from "../promql";
import * as promql from "../promql";
import type { ServiceSloProps, SliProps } from "../slo/service-slo-props";

/** An SLO read from another tool's spec: the ServiceSlo's construct id and its props (the owner is the team's to add). */
export interface ImportedSlo {
  readonly id: string;
  readonly props: Omit<ServiceSloProps, "owner">;
}

/** The construct id of an imported SLO: `<service>-<name>` as a slug, as ServiceSlo names its files. */
export function importedId(service: string, name: string): string {
  return slug(`${service}-${name}`);
}

/** A plain selector's text, or undefined when the query is anything more. */
export function plainSelector(query: string): Selector | undefined {
  try {
    return parseSelector(query.trim());
  } catch {
    return undefined;
  }
}

const RATE_SUM = /^\s*sum\s*\(\s*rate\s*\(\s*([^[\]]+?)\s*\[\s*\{\{\s*\.window\s*\}\}\s*\]\s*\)\s*\)\s*$/;

/** The counter a Sloth events query sums the rate of (`sum(rate(x{…}[{{.window}}]))`), or undefined. */
export function summedRateSelector(query: string): Selector | undefined {
  const match = RATE_SUM.exec(query);
  return match === null ? undefined : plainSelector(match[1]);
}

/**
 * An events SLI of counters (`errors`/`good` and `total`), or a latency SLI when they are a histogram's bucket at
 * one bound and its count, which is how a latency SLO reads as a ratio.
 */
export function counterSli(bad: Selector | undefined, good: Selector | undefined, total: Selector): SliProps {
  const histogram = total.metric.endsWith("_count") ? total.metric.slice(0, -"_count".length) : undefined;
  const le = good?.matchers.find((matcher) => matcher.name === "le");
  const sameSeries = good !== undefined && histogram !== undefined && good.metric === `${histogram}_bucket` && promql.selector({ ...good, matchers: good.matchers.filter((matcher) => matcher !== le) }) === promql.selector({ ...total, metric: good.metric });
  if (sameSeries && le !== undefined) {
    const bound = le.operator === "=" ? le.value : /^([0-9.]+)\|/.exec(le.value)?.[1];
    if (bound !== undefined && Number.isFinite(Number(bound))) {
      return { latency: { histogram: promql.selector({ metric: histogram, matchers: total.matchers }), threshold: Duration.parseLatency(`${bound}s`).toString() } };
    }
  }
  const text = (selector: Selector | undefined) => (selector === undefined ? undefined : promql.selector(selector));
  return { events: { ...(bad === undefined ? { good: text(good) } : { errors: text(bad) }), total: promql.selector(total) } };
}
