import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseKpi } from "../../src/domain/kpi/parse-kpi";
import { Problems } from "../../src/domain/problems";
import { testRules } from "../../src/cli/checks/tools";
import { Duration } from "../../src/domain/duration";
import type { KpiSpec } from "../../src/domain/kpi/kpi";
import { predictedAlerts } from "../../src/domain/kpi/kpi-predictions";
import { kpiRuleGroups } from "../../src/domain/kpi/kpi-rules";
import { watched } from "../../src/domain/kpi/kpi-scenarios";
import { KpiTwin, type SignalSamples } from "../../src/domain/kpi/kpi-twin";
import { expandingValues, signalInputs } from "../../src/domain/kpi/kpi-traffic";
import { EXPORTER_NOISE, generateKpi, MINUTES_PER_WEEK } from "../../src/domain/kpi/seasonal-traffic";
import { renderPromtoolTests } from "../../src/targets/prometheus/rule-tests";
import { renderRuleFile } from "../../src/targets/prometheus/rule-file";
import { AFTERMATH_MINUTES, CLEAN_WEEK, schedule, WEEKS, type Injected } from "./kpi-schedule";

/**
 * `npx tsx test/bench/kpi-fidelity.ts [--rules <file>]`: measures BusinessKpi's anomaly alert, with its default
 * settings, on eight generated weeks (kpi-schedule.ts) evaluated by Prometheus itself: promtool runs the rules
 * every 5 minutes over traffic sampled every minute and reports every evaluation at which the alert fires. Prints,
 * for a KPI where higher is better and one where lower is better, each anomaly's detection delay against its goal
 * (and the rules' TypeScript twin's prediction), the false alarms a week outside the anomalies, and the CPU time
 * promtool takes on each generated KPI test of the example organisation. `--rules` measures another rule file for
 * the higher-is-better KPI (the same metric, kpi label and alert name), e.g. an earlier version's.
 */

const EVALUATION_MINUTES = 5;
const INPUT_MINUTES = 1;
const SEED = 20240601;

/** A KPI with the construct's defaults: a counter, higher or lower better. */
function defaultSpec(direction: "higher" | "lower"): KpiSpec {
  const counter = `planner_revenue_euros_total{service="intelligent-teams-planner"}`;
  const parsed = parseKpi({ service: "intelligent-teams-planner", name: "revenue", signal: { counter }, direction }, undefined, new Problems());
  if (parsed === undefined) {
    throw new Error("the measured KPI's props are invalid");
  }
  const id = direction === "higher" ? "intelligent-teams-planner-revenue" : "intelligent-teams-planner-revenue-lower";
  return {
    ...parsed,
    id,
    service: "intelligent-teams-planner",
    name: "revenue",
    direction,
    seasonality: "weekly",
    timeZone: "UTC",
    severity: "ticket",
    alertLabels: { kpi: id },
    alertName: direction === "higher" ? "IntelligentTeamsPlannerRevenue" : "IntelligentTeamsPlannerRevenueLower",
    dependencies: [],
  };
}

/** The evaluations (minutes) at which promtool saw the anomaly alert fire: each a failed "expect none" check. */
async function firingMinutes(spec: KpiSpec, rules: string, series: ReturnType<typeof signalInputs>["series"]): Promise<number[]> {
  const folder = mkdtempSync(join(tmpdir(), "watchkeeper-kpi-bench-"));
  const alert = predictedAlerts(spec)[0].name;
  const first = CLEAN_WEEK * MINUTES_PER_WEEK;
  const checks = Array.from({ length: ((WEEKS - CLEAN_WEEK) * MINUTES_PER_WEEK) / EVALUATION_MINUTES }, (_, index) => first + index * EVALUATION_MINUTES);
  writeFileSync(join(folder, "kpi.rules.yml"), rules);
  const groups = kpiRuleGroups(spec).map((group) => group.name);
  const test = renderPromtoolTests({ ruleFiles: ["kpi.rules.yml"], evaluationInterval: `${EVALUATION_MINUTES}m`, groupOrder: groups, source: "bench" }, [{
    name: "eight weeks",
    inputMinutes: INPUT_MINUTES,
    series: series.map((input) => ({ ...input, values: expandingValues(input, INPUT_MINUTES) })),
    alerts: checks.map((minute) => ({ at: `${minute}m`, alertname: alert, firing: [] })),
  }]);
  writeFileSync(join(folder, "kpi.test.yml"), test);
  const result = await testRules([join(folder, "kpi.test.yml")], folder);
  return [...new Set([...result.output.matchAll(/alertname: \w+, time: (\S+),/g)].map((match) => Duration.parse(match[1]).minutes))].sort((a, b) => a - b);
}

/** The first evaluation at or after the anomaly's start, within it and its aftermath, among `firing`. */
function delay(injected: Injected, firing: readonly number[]): number | undefined {
  const found = firing.find((minute) => minute >= injected.anomaly.start && minute <= injected.anomaly.end + AFTERMATH_MINUTES);
  return found === undefined ? undefined : found - injected.anomaly.start;
}

/** Runs of firing evaluations that no anomaly explains: false alarms. */
function falseAlarms(firing: readonly number[], injected: readonly Injected[]): number[] {
  const unexplained = firing.filter((minute) => !injected.some(({ anomaly }) => minute >= anomaly.start && minute <= anomaly.end + AFTERMATH_MINUTES));
  return unexplained.filter((minute, index) => index === 0 || minute - unexplained[index - 1] > EVALUATION_MINUTES);
}

/** CPU seconds (user and system) promtool takes on a test file, the best of three runs. */
function promtoolCpuSeconds(file: string, folder: string): number {
  const runs = Array.from({ length: 3 }, () => {
    const timed = spawnSync("bash", ["-c", `TIMEFORMAT=%U+%S; time promtool test rules ${file} > /dev/null`], { cwd: folder, encoding: "utf8" });
    return timed.stderr.trim().split("\n").at(-1)!.split("+").reduce((sum, part) => sum + Number(part), 0);
  });
  return Math.min(...runs);
}

const minutes = (value: number | undefined) => (value === undefined ? "missed" : `${value}m`);

/** Prints one KPI's table: each anomaly's delay as promtool saw it and as the twin predicts it, and false alarms. */
function report(spec: KpiSpec, rules: string, samples: SignalSamples, firing: readonly number[], injected: readonly Injected[]): void {
  // The twin with Prometheus 2's range edges, promtool's here.
  const twin = new KpiTwin(spec, samples, EVALUATION_MINUTES * 60, "closed");
  const alert = predictedAlerts(spec)[0];
  const twinFiring = Array.from({ length: (WEEKS * MINUTES_PER_WEEK) / EVALUATION_MINUTES }, (_, step) => step * EVALUATION_MINUTES)
    .filter((minute) => minute >= CLEAN_WEEK * MINUTES_PER_WEEK && alert.condition(twin, minute / EVALUATION_MINUTES) === "yes");
  console.log(`\nA KPI where ${spec.direction} is better (alerts ${spec.detection.direction} its band), ${rules}`);
  console.log("| scenario | when | expected | observed (Prometheus) | twin of the generated rules |\n|---|---|---|---|---|");
  for (const one of injected) {
    const expected = watched(spec.detection.direction, one.scenario) ? `within ${one.scenario.within}` : "no alert";
    console.log(`| ${one.scenario.name} | ${one.when} | ${expected} | ${minutes(delay(one, firing))} | ${minutes(delay(one, twinFiring))} |`);
  }
  const [alarms, weeks] = [falseAlarms(firing, injected), WEEKS - CLEAN_WEEK];
  const at = alarms.length === 0 ? "" : ` (at ${alarms.map((minute) => Duration.minutes(minute).toString()).join(", ")})`;
  const perWeek = (count: number) => `${(count / weeks).toFixed(2)} a week`;
  console.log(`| false alarms | weeks ${CLEAN_WEEK + 1}-${WEEKS} | at most 1 a week | ${perWeek(alarms.length)}${at} | ${perWeek(falseAlarms(twinFiring, injected).length)} |`);
}

async function main(): Promise<void> {
  const flag = process.argv.indexOf("--rules");
  const givenRules = flag > 0 ? process.argv[flag + 1] : undefined;
  const injected = schedule();
  const profile = { seasonality: "weekly" as const, busiest: 10, weeklyGrowth: 0.02, noise: EXPORTER_NOISE, seed: SEED };
  const values = generateKpi(profile, INPUT_MINUTES, (WEEKS * MINUTES_PER_WEEK) / INPUT_MINUTES, injected.map(({ anomaly }) => anomaly));
  const specs = [defaultSpec("higher"), defaultSpec("lower")];
  const inputs = signalInputs(specs[0].signal, values, [], INPUT_MINUTES);
  const measured = specs.map((spec, index) =>
    index === 0 && givenRules !== undefined
      ? { rules: readFileSync(givenRules, "utf8"), title: `the rules of ${givenRules}` }
      : { rules: renderRuleFile(kpiRuleGroups(spec), "bench"), title: `defaults: sensitivity ${spec.detection.sensitivity}, sustain ${spec.detection.sustain}, spread at least ${spec.detection.minimumSpreadPercent}%` },
  );
  const firing = await Promise.all(specs.map((spec, index) => firingMinutes(spec, measured[index].rules, inputs.series)));
  specs.forEach((spec, index) => report(spec, measured[index].title, inputs.samples, firing[index], injected));
  const examples = join(__dirname, "../../snapshots/dist/production/tests");
  console.log("\n| generated KPI test of the example | promtool CPU s |\n|---|---|");
  for (const file of readdirSync(examples).filter((name) => name.startsWith("kpi-"))) {
    console.log(`| ${file} | ${promtoolCpuSeconds(file, examples).toFixed(2)} |`);
  }
}

void main();
