import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Duration } from "../../../src/domain/duration";
import { slaRuleGroup } from "../../../src/domain/sla/sla-rules";
import type { SlaDependency, SlaSpec } from "../../../src/domain/sla/sla-spec";
import { renderRuleFile } from "../../../src/targets/prometheus/rule-file";

/**
 * The SLA's per-minute series at the scrape intervals Prometheus runs with, in promtool: samples fall between the
 * rule evaluations (20 seconds after each minute, or every 15 seconds from 5 seconds after it), as they do in a
 * real server, where scrapes and evaluations keep their own offsets.
 */

const folder = mkdtempSync(join(tmpdir(), "watchkeeper-sla-minutes-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const requests: SlaDependency = {
  id: "shop-availability",
  sli: { kind: "events", errors: { metric: "req_total", matchers: [{ name: "code", operator: "=", value: "500" }] }, total: { metric: "req_total", matchers: [] } },
};
const probes: SlaDependency = { id: "shop-uptime", sli: { kind: "query", errorRatio: "1 - avg(avg_over_time(probe_success[{{.window}}]))" } };

const sla = (dependencies: SlaDependency[]): SlaSpec => ({
  name: "shop", title: "Shop", service: "shop", targetPercent: 99.9, timeZone: "UTC", dependencies,
  downErrorRatio: 0.5, degradedErrorRatio: 0.05, degradedCounts: false, minimumOutageMinutes: 1,
  weeklyMaintenance: [], datedMaintenance: [], creditTiers: [], labels: {}, window: Duration.parse("1m"),
});

/** A series in promtool's notation at `step` seconds: one value per slot, `_` where there is no sample. */
const values = (slots: ReadonlyArray<number | undefined>) => slots.map((value) => (value === undefined ? "_" : String(value))).join(" ");

/**
 * Request counters scraped every `scrape` seconds from `offset`, in slots of `step` seconds, for `minutes`: `rate`
 * requests a second, all failing in the scrape intervals that end inside `(outageFrom, outageTo]` minutes, none
 * counted in `quiet` (no traffic), the scrapes in `missed` (by number) left out.
 */
function counters(options: { scrape: number; offset: number; step: number; minutes: number; rate: number; outage: [number, number]; quiet?: [number, number]; missed?: number[] }) {
  const slots = (options.minutes * 60) / options.step;
  const ok: Array<number | undefined> = new Array(slots).fill(undefined);
  const failed: Array<number | undefined> = new Array(slots).fill(undefined);
  let [good, bad] = [0, 0];
  for (let scrape = 0, at = options.offset; at < options.minutes * 60; scrape++, at += options.scrape) {
    const minute = at / 60;
    const quiet = options.quiet !== undefined && minute > options.quiet[0] && minute <= options.quiet[1];
    const requests = scrape === 0 || quiet ? 0 : options.rate * options.scrape;
    const failing = minute > options.outage[0] && minute <= options.outage[1];
    [good, bad] = failing ? [good, bad + requests] : [good + requests, bad];
    if (!options.missed?.includes(scrape)) {
      ok[at / options.step] = good;
      failed[at / options.step] = bad;
    }
  }
  return [`{ series: 'req_total{code="200"}', values: '${values(ok)}' }`, `{ series: 'req_total{code="500"}', values: '${values(failed)}' }`];
}

/**
 * A series expected at each of the minutes: 0 or 1, or undefined for no sample (unmeasured); `sla:downtime:minute`
 * unless another metric and its labels are given.
 */
function downtimeAt(expected: Record<number, 0 | 1 | undefined>, metric = "sla:downtime:minute", labels = 'sla="shop"'): string[] {
  return Object.entries(expected).map(([minute, value]) =>
    value === undefined
      ? `      - { expr: '${metric}', eval_time: ${minute}m, exp_samples: [] }`
      : `      - { expr: '${metric}', eval_time: ${minute}m, exp_samples: [{ labels: '${metric}{${labels}}', value: ${value} }] }`,
  );
}

/** Minutes `from` to `to` with one value. */
const minutes = (from: number, to: number, value: 0 | 1 | undefined) => Object.fromEntries(Array.from({ length: to - from + 1 }, (_, index) => [from + index, value]));

/** Runs promtool on the SLA's rules and a test of the given input series and checks; its output when it fails. */
function promtool(name: string, spec: SlaSpec, step: number, series: string[], checks: string[]): string {
  writeFileSync(join(folder, `${name}.rules.yml`), renderRuleFile([slaRuleGroup(spec)], "test"));
  writeFileSync(
    join(folder, `${name}.test.yml`),
    [`rule_files: [${name}.rules.yml]`, "evaluation_interval: 1m", "tests:", `  - interval: ${step}s`, "    input_series:", ...series.map((line) => `      - ${line}`), "    promql_expr_test:", ...checks, ""].join("\n"),
  );
  const result = spawnSync("promtool", ["test", "rules", `${name}.test.yml`], { cwd: folder, encoding: "utf8" });
  return result.stdout + result.stderr;
}

describe("the SLA's minutes in promtool", () => {
  it("at 1-minute scrapes: every minute measured from the last scrape interval, a missed scrape bridged, unmeasured once the scrapes stop", () => {
    // Scrapes at 20s past each minute (0 to 45); those of minutes 10 to 19 all fail; no request in minutes 30 to 35;
    // scrape 26 is missed; none after 45m20s.
    const series = counters({ scrape: 60, offset: 20, step: 20, minutes: 46, rate: 1, outage: [10, 20], quiet: [30, 36], missed: [26] });
    const output = promtool("one-minute", sla([requests]), 20, series, [
      // A 1-minute window holds one sample: a rate over it records nothing, the failure this design prevents.
      "      - { expr: 'sum(rate(req_total[1m]))', eval_time: 10m, exp_samples: [] }",
      ...downtimeAt({ 1: undefined, ...minutes(2, 10, 0), ...minutes(11, 20, 1), ...minutes(21, 48, 0), 49: undefined, 55: undefined }),
    ]);
    expect(output).toContain("SUCCESS");
  });

  it("at 15-second scrapes: each minute measured from its own samples, the outage's ten minutes down and no more", () => {
    const series = counters({ scrape: 15, offset: 5, step: 5, minutes: 40, rate: 2, outage: [10, 20], quiet: [30, 36] });
    const output = promtool("fifteen-seconds", sla([requests]), 5, series, downtimeAt({ ...minutes(1, 10, 0), ...minutes(11, 20, 1), ...minutes(21, 40, 0) }));
    expect(output).toContain("SUCCESS");
  });

  it("with several dependencies: down when one is down, unmeasured when one is unmeasured and none down", () => {
    // Requests scraped every 15s for 30 minutes, failing in minutes 10 to 20; probes every minute until 20m20s only:
    // from 25m the minute is unmeasured, as the probes are, though the requests alone say up.
    const requestSeries = counters({ scrape: 15, offset: 5, step: 5, minutes: 30, rate: 2, outage: [10, 20] });
    const probeSlots: Array<number | undefined> = new Array(360).fill(undefined);
    for (let minute = 0; minute <= 20; minute++) probeSlots[minute * 12 + 4] = 1;
    const output = promtool("dependencies", sla([requests, probes]), 5, [...requestSeries, `{ series: 'probe_success', values: '${values(probeSlots)}' }`], [
      // The probes stop at 20m20s: measured over 4 minutes until 24m, then not; the requests still are.
      ...downtimeAt({ 5: 0, 15: 1, 20: 1, 21: 0, 24: 0, 25: undefined, 26: undefined }),
      ...downtimeAt({ 25: 0 }, "sla:dependency_down:minute", 'dependency="shop-availability",sla="shop"'),
    ]);
    expect(output).toContain("SUCCESS");
  });
});
