import { Duration } from "../duration";
import * as promql from "../promql";
import { and, compare, minus, modulo, overTime, plus, time, unless, type PromQL } from "../promql";
import type { RecordingRule, RuleGroup } from "../rules/rules";
import { standardOffsetMinutes } from "./calendar";
import { clockMinutes } from "./parse-sla";
import { combinedMinute, dependencyMinute } from "./sla-minutes";
import { countedErrorRatio, formatCreditTiers, WEEKDAYS, type SlaSpec, type WeeklyWindow } from "./sla-spec";

/** Recording-rule names of SLA compliance; every series carries `sla="<name>"`. */
export const SLA_METRICS = {
  /**
   * 1 when the minute is downtime (down, not in maintenance), 0 when it is not (or is in maintenance); no sample
   * when nothing was measured (see sla-minutes.ts), which the report counts as unmeasured.
   */
  downtime: "sla:downtime:minute",
  /** With several dependencies, each one's minute (label `dependency`): 1 down, 0 up, no sample when unmeasured. */
  dependencyDowntime: "sla:dependency_down:minute",
  /** 1 when the minute is in a maintenance window, else 0. */
  maintenance: "sla:maintenance:minute",
  /** Availability over the trailing 30 days, 0 to 1: a rolling stand-in for the month, which rules cannot know. */
  availability30d: "sla:availability:ratio_30d",
  /** The contract: labels `target`, `time_zone`, `credit_tiers`, `minimum_outage_minutes`, `title`, `service`. */
  info: "sla:policy:info",
} as const;

const WEEK_SECONDS = 7 * 24 * 3600;
/** 1970-01-01 (epoch 0) was a Thursday: seconds from the Monday before it. */
const EPOCH_SINCE_MONDAY = 3 * 24 * 3600;
/** The year whose standard offset places weekly windows in zones with daylight saving time. */
const OFFSET_REFERENCE_YEAR = 2026;

const NOW = promql.vector(time());
/**
 * A sample at `t` covers the minute before it, `(t - 60s, t]`: it is in a window when that minute starts in it, so
 * window bounds are compared with `t - 60s` (the bounds move 60 seconds later instead).
 */
const MINUTE_SECONDS = 60;

function between(expression: PromQL, from: number, to: number): PromQL {
  return and(compare(expression, ">=", from), compare(expression, "<", to));
}

/** Seconds since Monday 00:00 in the zone's standard time, `[from, to)` ranges of one weekly window. */
export function weeklyRanges(window: WeeklyWindow): [number, number][] {
  const start = WEEKDAYS.indexOf(window.day) * 86_400 + (clockMinutes(window.start) ?? 0) * 60;
  const end = start + window.durationMinutes * 60;
  return end <= WEEK_SECONDS ? [[start, end]] : [[start, WEEK_SECONDS], [0, end - WEEK_SECONDS]];
}

/**
 * A one-sample vector while a maintenance window is open, empty otherwise; undefined without windows. Dated
 * windows are exact. Weekly windows are placed with the zone's standard offset: PromQL has no time zones, so in
 * a zone with daylight saving time they open one hour late (in UTC terms) while summer time is on.
 */
export function maintenanceExpression(spec: SlaSpec): PromQL | undefined {
  const offsetSeconds = standardOffsetMinutes(spec.timeZone, OFFSET_REFERENCE_YEAR) * 60;
  const secondsOfWeek = modulo(plus(NOW, promql.num(EPOCH_SINCE_MONDAY + offsetSeconds - MINUTE_SECONDS)), WEEK_SECONDS);
  const weekly = spec.weeklyMaintenance.flatMap(weeklyRanges).map(([from, to]) => between(secondsOfWeek, from, to));
  const dated = spec.datedMaintenance.map((window) => between(NOW, window.start / 1000 + MINUTE_SECONDS, window.end / 1000 + MINUTE_SECONDS));
  const windows = [...weekly, ...dated];
  return windows.length <= 1 ? windows[0] : promql.anyOf(...windows);
}

/**
 * Each dependency's minute as its own recording, when there are several (one is measured in the downtime rule
 * itself): measured over the shortest of the window, twice and four times it that holds enough samples, so that
 * minutes are measured at scrape intervals from 15s to 1m and beyond (sla-minutes.ts).
 */
export function dependencyRules(spec: SlaSpec): RecordingRule[] {
  if (spec.dependencies.length === 1) {
    return [];
  }
  return spec.dependencies.map((dependency) => ({
    record: SLA_METRICS.dependencyDowntime,
    expr: dependencyMinute(dependency.sli, spec.window, countedErrorRatio(spec)),
    labels: { ...spec.labels, sla: spec.name, dependency: dependency.id },
  }));
}

/**
 * 1 when any dependency's error ratio reaches the counted threshold, 0 when every one is measured below it; nothing
 * when the minute cannot be measured (one dependency unmeasured and none down).
 */
export function downExpression(spec: SlaSpec): PromQL {
  const [only] = spec.dependencies;
  if (spec.dependencies.length === 1) {
    return dependencyMinute(only.sli, spec.window, countedErrorRatio(spec));
  }
  return combinedMinute(promql.selector({ metric: SLA_METRICS.dependencyDowntime, matchers: promql.equals({ sla: spec.name }) }), spec.dependencies.length);
}

/**
 * The SLA's rule group: per-minute downtime and maintenance, the trailing 30-day availability and the info series.
 * It runs at the server's evaluation interval, which must be at most a minute (Prometheus's default is 1m): the
 * report reads one sample per minute, and each sample covers the window before it.
 */
export function slaRuleGroup(spec: SlaSpec): RuleGroup {
  const labels = { ...spec.labels, sla: spec.name };
  const down = downExpression(spec);
  const maintenance = maintenanceExpression(spec);
  const own = (metric: string) => promql.selector({ metric, matchers: promql.equals({ sla: spec.name }) });
  const over30d = (fn: "sum" | "count", metric: string) => overTime(`${fn}_over_time`, own(metric), Duration.days(30));
  const rules: RecordingRule[] = [
    ...dependencyRules(spec),
    {
      record: SLA_METRICS.downtime,
      // In maintenance the minute is recorded as not downtime, measured or not: it does not count either way.
      expr: maintenance === undefined ? down : promql.anyOf(unless(down, maintenance, { on: [] }), promql.times(maintenance, 0)),
      labels,
    },
    {
      record: SLA_METRICS.maintenance,
      expr: maintenance === undefined ? promql.vector(0) : promql.anyOf(and(promql.vector(1), maintenance, { on: [] }), promql.vector(0)),
      labels,
    },
    {
      record: SLA_METRICS.availability30d,
      expr: promql.minus(1,
        promql.divide(
          over30d("sum", SLA_METRICS.downtime),
          minus(over30d("count", SLA_METRICS.downtime), over30d("sum", SLA_METRICS.maintenance)),
        ),
      ),
      labels,
    },
    {
      record: SLA_METRICS.info,
      expr: promql.vector(1),
      labels: {
        ...labels,
        title: spec.title,
        service: spec.service,
        target: String(spec.targetPercent),
        time_zone: spec.timeZone,
        credit_tiers: formatCreditTiers(spec.creditTiers),
        minimum_outage_minutes: String(spec.minimumOutageMinutes),
      },
    },
  ];
  return { name: `sla-${spec.name}`, rules };
}
