import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { limited, run as runTool, testRules } from "../../../src/cli/checks/tools";
import { metaRuleGroups } from "../../../src/domain/meta/meta-rules";
import { metaTestCases } from "../../../src/domain/meta/meta-test-cases";
import { declared } from "../../../src/domain/promql";
import type { AlertingRule, RuleGroup } from "../../../src/domain/rules/rules";
import { renderRuleFile } from "../../../src/targets/prometheus/rule-file";
import { renderSloRuleTests } from "../../../src/targets/prometheus/rule-tests";
import { META_SPEC } from "../../support/prometheus-outputs";

/** A change to an alert's rules, as a regression would make it. */
type Mutation = (rule: AlertingRule) => AlertingRule;

/**
 * Runs the tests generated for META_SPEC against its rules, each alert named in `mutations` changed by its mutation;
 * unchanged rules also go through `promtool check rules`, its lint (rules of one name and labels) fatal.
 */
async function run(mutations: Readonly<Record<string, Mutation>> = {}): Promise<{ ok: boolean; output: string }> {
  const folder = mkdtempSync(join(tmpdir(), "watchkeeper-meta-tests-"));
  const groups: RuleGroup[] = metaRuleGroups(META_SPEC).map((group) => ({
    ...group,
    rules: group.rules.map((rule) => ("alert" in rule && mutations[rule.alert] ? mutations[rule.alert](rule) : rule)),
  }));
  writeFileSync(join(folder, "meta.rules.yml"), renderRuleFile(groups, "test"));
  const [file] = renderSloRuleTests("meta", ["meta.rules.yml"], groups.map((group) => group.name), metaTestCases(META_SPEC), "test");
  writeFileSync(join(folder, file.name), file.text);
  if (Object.keys(mutations).length === 0) {
    const checked = await runTool("promtool", ["check", "rules", "--lint-fatal", "meta.rules.yml"], folder);
    if (!checked.ok) return checked;
  }
  return testRules([join(folder, file.name)], folder);
}

/**
 * Regressions, a set per promtool run: each check names one alert, so the regressions of different alerts can share a
 * run, and each must show as a failure of its own alert's checks.
 */
const REGRESSIONS: ReadonlyArray<Readonly<Record<string, Mutation>>> = [
  {
    // A heartbeat that stops after half an hour.
    Watchdog: (rule) => ({ ...rule, expr: declared("vector(1) and on() (vector(time()) < 1800)") }),
    // Rule failures waiting 30m instead of 15m.
    PrometheusRuleFailures: (rule) => ({ ...rule, for: "30m" }),
    // A reload alert on the wrong side of its gauge.
    AlertmanagerFailedReload: (rule) => ({ ...rule, expr: declared(rule.expr.replace("== 0", "== 1")) }),
    // Errors to an Alertmanager alerting at 10% instead of 1%.
    PrometheusErrorSendingAlertsToSomeAlertmanagers: (rule) => ({ ...rule, expr: declared(rule.expr.replace("> 0.01", "> 0.1")) }),
    // A cluster alert that pages when one instance of two fails.
    AlertmanagerClusterFailedToSendAlerts: (rule) => ({ ...rule, expr: declared(rule.expr.replace("min by", "max by")) }),
    // A target alert blind to a job that is gone.
    TargetMissing: (rule) => ({ ...rule, expr: declared(rule.expr.split("\nor\n")[0]) }),
  },
  // A target alert that takes 15 minutes.
  { TargetMissing: (rule) => ({ ...rule, for: "15m" }) },
];

describe.concurrent("generated promtool tests of MetaMonitoring", () => {
  it("pass against its rules, which promtool check rules accepts: every alert fired and kept quiet", async () => {
    const result = await run();
    expect(result.ok, result.output).toBe(true);
  });

  it("fail, naming each alert, when its rules regress", async () => {
    const results = await limited(
      REGRESSIONS.map((mutations) => () => run(mutations)),
      2,
    );
    REGRESSIONS.forEach((mutations, index) => {
      expect(results[index].ok).toBe(false);
      const failed = [...results[index].output.matchAll(/alertname: (\w+)/g)].map((match) => match[1]);
      expect([...new Set(failed)].sort()).toEqual(Object.keys(mutations).sort());
    });
  });
});
