import { Duration } from "../duration";
import type { BurnRateWindowProps } from "../slo/service-slo-props";
import { burnFactor, errorBudget, REFERENCE_PERIOD, SHORTEST_WINDOW, WORKBOOK_POLICIES } from "../slo/slo-math";

/** One page window pair of a check's uptime SLO, as its alert reads it: both windows' error ratio above `threshold`. */
export interface UptimePagePair {
  readonly short: Duration;
  readonly long: Duration;
  readonly threshold: number;
  readonly budgetConsumedPercent: number;
}

/**
 * The page window pairs of a check's uptime SLO, derived from `forAtLeast` (F, in minutes) so that they honour
 * alertWhen as the failing alert does: no location up over all of the last F and F and a minute (error ratios above
 * 1 − 1/(2F), which a single success undoes), or over nearly all of the last F and 2F (at least 5m; above a tenth less, which also
 * pages a flow down most of a longer stretch; a tenth, so that a burn at the first pair's rate fires the second beyond
 * doubt). An outage shorter than F never pages; one that lasts F and a minute does; a page resolves within a minute
 * of the outage's end. (A workbook burn rate would page within minutes of any outage and stay firing for its short
 * window after it.) None when an objective is so strict that such an outage spends more than the period's budget,
 * or for a forAtLeast under 2 minutes, which leaves the windows too short to test: the failing alert pages then.
 */
export function uptimePagePairs(forAtLeast: Duration, objectivePercent: number): UptimePagePair[] {
  const minutes = forAtLeast.minutes;
  if (minutes < 2) return [];
  const budget = errorBudget(objectivePercent);
  const allDown = 1 - 1 / (2 * minutes);
  const pairs = [
    { long: Duration.ofMilliseconds(forAtLeast.milliseconds + 60_000), threshold: allDown },
    { long: Duration.ofMilliseconds(Math.max(2 * forAtLeast.milliseconds, SHORTEST_WINDOW.milliseconds)), threshold: allDown / 1.1 },
  ].map(({ long, threshold }) => {
    const budgetConsumedPercent = (threshold * 100 * long.milliseconds) / (REFERENCE_PERIOD.milliseconds * budget);
    return { short: forAtLeast, long, budgetConsumedPercent, threshold: burnFactor(budgetConsumedPercent, REFERENCE_PERIOD, long) * budget };
  });
  return pairs.every((pair) => pair.budgetConsumedPercent <= 100 && pair.long.milliseconds > pair.short.milliseconds) ? pairs : [];
}

/** The burn-rate windows of a check's uptime SLO (over 30 days): the page pairs of `uptimePagePairs`, and the workbook's tickets. */
export function uptimeBurnWindows(forAtLeast: Duration, objectivePercent: number): BurnRateWindowProps[] {
  const pages = uptimePagePairs(forAtLeast, objectivePercent).map((pair) => ({
    severity: "page" as const,
    budgetConsumedPercent: pair.budgetConsumedPercent,
    long: pair.long.toString(),
    short: pair.short.toString(),
  }));
  const tickets = WORKBOOK_POLICIES.filter((policy) => policy.severity === "ticket").map((policy) => ({
    severity: "ticket" as const,
    budgetConsumedPercent: policy.budgetConsumedPercent,
    long: policy.long.toString(),
    short: policy.short.toString(),
  }));
  return [...pages, ...tickets];
}
