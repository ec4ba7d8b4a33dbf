import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { locatedPromQLError, offsetAt } from "../../domain/promql";
import { alertsToProbe, probeKey, scenarioVerdicts, type ProbeResult, type ScenarioVerdict } from "./alert-verdicts";
import { outputLayout, type OutputLayout } from "./output-layout";
import { parseTestRulesOutput, type RuleLoadError, type TestFileVerdict } from "./promtool-test-output";
import { ruleLocation, rulesOf } from "./rule-files";
import { probeName, probeReach, probeTestFile, readRuleTestFile, testedAlerts, type RuleTestFile } from "./rule-test-files";
import { limited, run, testRules } from "./tools";

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
    const verdicts = parseTestRulesOutput((await run("promtool", ["test", "rules", ...probeFiles], scratch)).output);
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

/** One stack's test files, run in one promtool process, the failures probed in one more. */
async function runStack(outdir: string, layout: OutputLayout, stack: string): Promise<TestFileRun[]> {
  const folder = join(outdir, stack, "tests");
  const names = layout.files(stack, "tests", ".test.yml").map((file) => file.slice(`${stack}/tests/`.length));
  // Read first: a test file that is not what synth writes is refused, naming it, before promtool runs.
  const tests = names.map((name) => readRuleTestFile(name, readFileSync(join(folder, name), "utf8"), join(folder, name)));
  const verdicts = parseTestRulesOutput((await testRules(names.map((name) => join(folder, name)), folder)).output);
  const files = names.map((name, index) => {
    const verdict = verdicts.find((candidate) => candidate.file === name) ?? { file: name, ok: false, alertFailures: [], loadErrors: [], other: ["promtool did not report this file"] };
    return { name, test: tests[index], verdict };
  });
  const probes = await probeFailures(folder, files.filter((item) => !item.verdict.ok));
  return files.map(({ name, test, verdict }) => ({
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
 * Runs the generated promtool tests of every stack of an output folder: one `promtool test rules` process per stack
 * (one start-up, however many SLOs), the stacks in parallel; for a stack with failures, one more process finds when
 * the failing alerts really fired. Undefined when there is no test file.
 */
export async function runRuleTests(outdir: string): Promise<RuleTestRun | undefined> {
  const layout = outputLayout(outdir);
  const stacks = layout.stacks.filter((stack) => layout.files(stack, "tests", ".test.yml").length > 0);
  if (stacks.length === 0) return undefined;
  const files = (await limited(stacks.map((stack) => () => runStack(outdir, layout, stack)), availableParallelism())).flat();
  return { files, untested: untestedAlerts(outdir, layout, files) };
}
