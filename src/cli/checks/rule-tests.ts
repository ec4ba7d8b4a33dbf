import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { locatedPromQLError, offsetAt } from "../../domain/promql";
import { alertsToProbe, probeKey, scenarioVerdicts, type ProbeResult, type ScenarioVerdict } from "./alert-verdicts";
import { outputLayout, type OutputLayout } from "./output-layout";
import { parseTestRulesOutput, type RuleLoadError, type TestFileVerdict } from "./promtool-test-output";
import { ruleLocation, rulesOf } from "./rule-files";
import { probeName, probeReach, probeTestFile, readRuleTestFile, testedAlerts, type RuleTestFile } from "./rule-test-files";
import { testShape } from "./test-shapes";
import { limited, ruleTestEnvironment, run, testRules } from "./tools";

/** One generated test file, run: what it holds, promtool's verdict, and each alert of each scenario judged. */
export interface TestFileRun {
  /** The file, relative to the output folder. */
  readonly file: string;
  readonly test: RuleTestFile;
  readonly verdict: TestFileVerdict;
  readonly scenarios: readonly ScenarioVerdict[];
  /** The rules promtool could not parse, each located in its expression as laid out for reading. */
  readonly loadProblems: readonly string[];
}

/** The alerts of one deployed rule file that no generated test checks. */
export interface UntestedAlerts {
  readonly file: string;
  readonly alerts: readonly string[];
}

/** A run of the generated tests of an output folder. */
export interface RuleTestRun {
  readonly files: readonly TestFileRun[];
  readonly untested: readonly UntestedAlerts[];
}

/** A rule promtool could not parse, shown with the expression laid out and the place marked. */
function loadProblem(testsFolder: string, outdir: string, error: RuleLoadError): string {
  const path = join(testsFolder, error.ruleFile);
  const shown = path.startsWith(`${outdir}/`) ? path.slice(outdir.length + 1) : path;
  try {
    const rule = rulesOf(readFileSync(path, "utf8")).find((candidate) => candidate.group === error.group && candidate.index === error.rule);
    if (rule !== undefined && typeof rule.expr === "string") {
      const located = locatedPromQLError(rule.expr, { offset: offsetAt(rule.expr, error.line, error.column), reason: error.reason });
      return `${shown}: ${ruleLocation(rule)}: ${located ?? error.reason}`;
    }
  } catch {
    // The rule file cannot be read back: promtool's own words below say what it could.
  }
  return `${shown}: ${error.raw}`;
}

/**
 * When the failing alerts of a stack's failed files really fired: one more promtool process over probe files (the
 * failing scenarios, each alert checked at every evaluation), written to a temporary folder.
 */
async function probeFailures(folder: string, failed: ReadonlyArray<{ name: string; test: RuleTestFile; verdict: TestFileVerdict }>): Promise<Map<string, Map<string, ProbeResult>>> {
  const results = new Map<string, Map<string, ProbeResult>>();
  const wanted = failed.map((item) => ({ ...item, alerts: alertsToProbe(item.test, item.verdict) })).filter((item) => item.alerts.size > 0);
  if (wanted.length === 0) return results;
  const scratch = mkdtempSync(join(tmpdir(), "watchkeeper-probe-"));
  try {
    const probeFiles = wanted.map((item, index) => {
      const probe = join(scratch, `probe-${index}.test.yml`);
      writeFileSync(probe, probeTestFile(readFileSync(join(folder, item.name), "utf8"), folder, item.alerts));
      return probe;
    });
    const verdicts = parseTestRulesOutput((await run("promtool", ["test", "rules", ...probeFiles], scratch, ruleTestEnvironment())).output);
    wanted.forEach((item, index) => {
      const verdict = verdicts.find((candidate) => candidate.file.endsWith(`probe-${index}.test.yml`));
      const byKey = new Map<string, ProbeResult>();
      for (const [scenarioIndex, alerts] of item.alerts) {
        const scenario = item.test.scenarios[scenarioIndex];
        for (const alert of alerts) {
          const firings = (verdict?.alertFailures ?? [])
            .filter((failure) => failure.scenario === probeName(scenarioIndex) && failure.alert === alert)
            .flatMap((failure) => failure.got.map((got) => ({ time: failure.time, labels: got.labels })));
          byKey.set(probeKey(scenarioIndex, alert), { step: item.test.evaluationInterval, reach: probeReach(scenario, item.test.evaluationInterval), firings });
        }
      }
      results.set(item.name, byKey);
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return results;
}

/** A test file to run: its stack, its name in the stack's tests folder, and what it holds. */
interface Pending {
  readonly stack: string;
  readonly name: string;
  readonly test: RuleTestFile;
}

/** The stack's test files, read: a test file that is not what synth writes is refused, naming it, before promtool runs. */
function readStack(outdir: string, layout: OutputLayout, stack: string): Pending[] {
  const folder = join(outdir, stack, "tests");
  return layout.files(stack, "tests", ".test.yml").map((file) => {
    const name = file.slice(`${stack}/tests/`.length);
    return { stack, name, test: readRuleTestFile(name, readFileSync(join(folder, name), "utf8"), join(folder, name)) };
  });
}

/**
 * The runs of test files of one stack, as `processes` promtool processes at most (the files dealt out by size, a
 * rough measure of their cost), each a task to start.
 */
function runFiles(outdir: string, stack: string, pending: readonly Pending[], processes: number): Array<() => Promise<Array<[Pending, TestFileVerdict]>>> {
  const folder = join(outdir, stack, "tests");
  const bySize = [...pending].sort((a, b) => statSync(join(folder, b.name)).size - statSync(join(folder, a.name)).size);
  const chunks = Array.from({ length: Math.min(processes, bySize.length) }, (_, chunk) => bySize.filter((_, index) => index % processes === chunk));
  return chunks.map((chunk) => async () => {
    const verdicts = parseTestRulesOutput((await testRules(chunk.map((item) => join(folder, item.name)), folder)).output);
    return chunk.map((item): [Pending, TestFileVerdict] => [
      item,
      verdicts.find((candidate) => candidate.file === item.name) ?? { file: item.name, ok: false, alertFailures: [], loadErrors: [], other: ["promtool did not report this file"] },
    ]);
  });
}

/** The files' runs, each failure probed for when the failing alerts really fired. */
async function judged(outdir: string, stack: string, files: ReadonlyArray<[Pending, TestFileVerdict]>): Promise<TestFileRun[]> {
  const folder = join(outdir, stack, "tests");
  const runs = files.map(([item, verdict]) => ({ name: item.name, test: item.test, verdict }));
  const probes = await probeFailures(folder, runs.filter((item) => !item.verdict.ok));
  return runs.map(({ name, test, verdict }) => ({
    file: `${stack}/tests/${name}`,
    test,
    verdict,
    scenarios: scenarioVerdicts(test, verdict, probes.get(name)),
    loadProblems: verdict.loadErrors.map((error) => loadProblem(folder, outdir, error)),
  }));
}

/** The alerts of a stack's deployed rule files that none of its test files checks, by rule file. */
function untestedAlerts(outdir: string, layout: OutputLayout, runs: readonly TestFileRun[]): UntestedAlerts[] {
  return layout.stacks.flatMap((stack) => {
    const tested = new Set(runs.filter((item) => item.file.startsWith(`${stack}/`)).flatMap((item) => testedAlerts(item.test)));
    return layout.files(stack, "prometheus", ".rules.yml").flatMap((file) => {
      let alerts: string[];
      try {
        alerts = rulesOf(readFileSync(join(outdir, file), "utf8")).flatMap((rule) => (rule.alert === undefined ? [] : [rule.alert]));
      } catch {
        return []; // watchkeeper validate reports a rule file that is not YAML
      }
      const missing = [...new Set(alerts.filter((alert) => !tested.has(alert)))].sort();
      return missing.length === 0 ? [] : [{ file, alerts: missing }];
    });
  });
}

/**
 * Runs the generated promtool tests of every stack of an output folder. Each distinct test is run once (`testShape`:
 * staging's tests are production's up to label values, and pass or fail with them); the files are dealt out to as
 * many promtool processes as there are cores. A file of the same shape as one that passed has passed; the files of
 * the same shape as one that failed are run too, so that each failure is reported in its own words. For each stack
 * with failures, one more process finds when the failing alerts really fired. Undefined when there is no test file.
 */
export async function runRuleTests(outdir: string): Promise<RuleTestRun | undefined> {
  const layout = outputLayout(outdir);
  const stacks = layout.stacks.filter((stack) => layout.files(stack, "tests", ".test.yml").length > 0);
  if (stacks.length === 0) return undefined;
  const pending = stacks.flatMap((stack) => readStack(outdir, layout, stack));
  const shapes = pending.map((item) => testShape(join(outdir, item.stack, "tests", item.name)));
  const first = new Map<string, number>();
  shapes.forEach((shape, index) => first.has(shape) || first.set(shape, index));
  const representative = (index: number) => first.get(shapes[index]) as number;
  const cores = availableParallelism();
  const runAll = async (indexes: readonly number[]) => {
    const tasks = stacks.map((stack) => runFiles(outdir, stack, indexes.map((index) => pending[index]).filter((item) => item.stack === stack), cores));
    const verdicts = new Map<Pending, TestFileVerdict>((await limited(tasks.flat(), cores)).flat());
    return indexes.map((index) => verdicts.get(pending[index]) as TestFileVerdict);
  };
  const distinct = [...first.values()];
  const verdicts = new Map(distinct.map((index, at) => [index, at]));
  const ran = await runAll(distinct);
  const failedCopies = pending.map((_, index) => index).filter((index) => !verdicts.has(index) && !ran[verdicts.get(representative(index)) as number].ok);
  const rerun = new Map(failedCopies.map((index, at) => [index, at]));
  const again = await runAll(failedCopies);
  const verdictOf = (index: number): TestFileVerdict => {
    if (verdicts.has(index)) return ran[verdicts.get(index) as number];
    if (rerun.has(index)) return again[rerun.get(index) as number];
    return { ...ran[verdicts.get(representative(index)) as number], file: pending[index].name };
  };
  const files = (
    await Promise.all(stacks.map((stack) => judged(outdir, stack, pending.flatMap((item, index): Array<[Pending, TestFileVerdict]> => (item.stack === stack ? [[item, verdictOf(index)]] : [])))))
  ).flat();
  return { files, untested: untestedAlerts(outdir, layout, files) };
}
