import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { HISTORY_DAYS, PROBE_METRIC, PROBE_SCENARIO, RAW_HISTORY_HOURS, REQUESTS_METRIC, SLO_SCENARIOS, type SloScenario } from "../fixtures/quality/scenarios";
import { SLA_METRICS } from "../../src/domain/sla/sla-rules";
import { SLA_SCENARIO, slaMinutes } from "../fixtures/quality/sla-scenario";
import type { Backfill, BackfillSeries } from "./open-metrics";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** The labels a scrape of the fixture's exporter gives its series (see quality-prometheus.ts). */
export const SCRAPE_LABELS = { job: "fixture", instance: "fixture" } as const;

type RuleFile = { groups: Array<{ rules: Array<{ record?: string; labels?: Record<string, string> }> }> };

/** The labels of the 5-minute error-ratio series an SLO's rule file records. */
function recordedLabels(ruleFile: string): Record<string, string> {
  const { groups } = parse(readFileSync(ruleFile, "utf8")) as RuleFile;
  const rule = groups.flatMap((group) => group.rules).find((candidate) => candidate.record === "slo:sli_error:ratio_rate5m");
  if (rule?.labels === undefined) {
    throw new Error(`${ruleFile} records no slo:sli_error:ratio_rate5m`);
  }
  return rule.labels;
}

/** The mean error ratio of the 5 minutes before `end`, NaN without traffic (as Prometheus computes 0/0). */
function fiveMinuteErrorRatio(scenario: SloScenario, end: number, now: Date): number {
  if (scenario.requestsPerMinute === 0) {
    return NaN;
  }
  let sum = 0;
  for (let minute = 1; minute <= 5; minute++) {
    sum += scenario.errorRatio(new Date(end - minute * MINUTE), now);
  }
  return sum / 5;
}

/** The request counters of a scenario at `time`, by status code, counting from RAW_HISTORY_HOURS before `now`. */
export function requestCountersAt(scenario: SloScenario, time: number, now: Date): { ok: number; failed: number } {
  const start = now.getTime() - RAW_HISTORY_HOURS * 60 * MINUTE;
  let ok = 0;
  let failed = 0;
  for (let minute = start; minute + MINUTE <= time; minute += MINUTE) {
    const errors = scenario.requestsPerMinute * scenario.errorRatio(new Date(minute), now);
    failed += errors;
    ok += scenario.requestsPerMinute - errors;
  }
  const partial = (time - start) % MINUTE;
  if (partial > 0) {
    const errors = (scenario.requestsPerMinute * scenario.errorRatio(new Date(time - partial), now) * partial) / MINUTE;
    failed += errors;
    ok += (scenario.requestsPerMinute * partial) / MINUTE - errors;
  }
  return { ok, failed };
}

/** The labels of a scenario's request counter for one status code. */
export function counterLabels(scenario: SloScenario, code: "200" | "500"): Record<string, string> {
  return { ...SCRAPE_LABELS, service: scenario.service, code };
}

function requestCounters(scenario: SloScenario, now: Date): BackfillSeries[] {
  const ok: Array<[number, number]> = [];
  const failed: Array<[number, number]> = [];
  for (let time = now.getTime() - RAW_HISTORY_HOURS * 60 * MINUTE; time <= now.getTime(); time += MINUTE) {
    const counters = requestCountersAt(scenario, time, now);
    ok.push([time, counters.ok]);
    failed.push([time, counters.failed]);
  }
  return [
    { labels: counterLabels(scenario, "200"), points: ok },
    { labels: counterLabels(scenario, "500"), points: failed },
  ];
}

/** When the recorded history has a sample: every 5 minutes on the last day, 12:00-14:00 UTC on older days. */
export function recordedTimes(now: Date): number[] {
  const times: number[] = [];
  const step = 5 * MINUTE;
  const lastDay = now.getTime() - DAY;
  for (let day = Math.floor((now.getTime() - HISTORY_DAYS * DAY) / DAY) * DAY; day < lastDay; day += DAY) {
    for (let time = day + 12 * 60 * MINUTE; time < day + 14 * 60 * MINUTE && time < lastDay; time += step) {
      times.push(time);
    }
  }
  for (let time = lastDay; time <= now.getTime(); time += step) {
    times.push(time);
  }
  return times;
}

/**
 * The probe scenario's history: `probe_success` every minute of the raw hours (every probe succeeding), and its
 * recorded error ratio on its recorded days only, the first of them failing 0.2% of the probes.
 */
function probeHistory(rulesFolder: string, now: Date): { probes: BackfillSeries; ratio: BackfillSeries } {
  const firstDay = Math.floor(now.getTime() / DAY) * DAY - (PROBE_SCENARIO.recordedDays - 1) * DAY;
  const probes: Array<[number, number]> = [];
  for (let time = now.getTime() - RAW_HISTORY_HOURS * 60 * MINUTE; time <= now.getTime(); time += MINUTE) {
    probes.push([time, 1]);
  }
  const ratio = recordedTimes(now)
    .filter((time) => time >= firstDay)
    .map((time) => [time, time < firstDay + DAY ? PROBE_SCENARIO.firstDayErrorRatio : 0] as const);
  return {
    probes: { labels: { ...SCRAPE_LABELS, service: PROBE_SCENARIO.service }, points: probes },
    ratio: { labels: recordedLabels(join(rulesFolder, `${PROBE_SCENARIO.service}-availability.rules.yml`)), points: ratio },
  };
}

/**
 * The history a Prometheus running the fixture's rules would hold at `now`: the request counters of the last hours
 * and the 5-minute error ratio its recording rule stored, which the 30-day budget, SLA reports and uptime bars read
 * (sampled as {@link recordedTimes} says), the SLA's per-minute series over the month its report reads, and the
 * probe scenario's probes and recorded days. Silent scenarios have none.
 */
export function qualityHistory(rulesFolder: string, now: Date): Backfill {
  const counters: BackfillSeries[] = [];
  const ratios: BackfillSeries[] = [];
  const times = recordedTimes(now);
  for (const scenario of SLO_SCENARIOS.filter((candidate) => candidate.scraped)) {
    counters.push(...requestCounters(scenario, now));
    ratios.push({
      labels: recordedLabels(join(rulesFolder, `${scenario.service}-availability.rules.yml`)),
      points: times.map((time) => [time, fiveMinuteErrorRatio(scenario, time, now)] as const),
    });
  }
  const sla = slaMinutes(now);
  const probed = probeHistory(rulesFolder, now);
  return new Map([
    [REQUESTS_METRIC, counters],
    [PROBE_METRIC, [probed.probes]],
    ["slo:sli_error:ratio_rate5m", [...ratios, probed.ratio]],
    [SLA_METRICS.downtime, [{ labels: { sla: SLA_SCENARIO.name }, points: sla.downtime }]],
    [SLA_METRICS.maintenance, [{ labels: { sla: SLA_SCENARIO.name }, points: sla.maintenance }]],
  ]);
}
