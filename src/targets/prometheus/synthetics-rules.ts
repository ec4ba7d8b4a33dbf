import type { AlertOwner } from "../../domain/routing/routing";
import type { NamedRuleGroups } from "../../domain/rules/rules";
import type { FlowSpec } from "../../domain/synthetics/flow";
import { probeRuleGroups } from "../../domain/synthetics/probe-rules";
import { failingCases, historyCases, type ProbeTestCase } from "../../domain/synthetics/probe-tests";
import type { TargetScope } from "../target-scope";
import { renderPromtoolTests } from "./rule-tests";

/** A promtool test file of probe cases, evaluated every `evaluationMinutes`. */
function renderProbeTests(ruleFile: string, cases: readonly ProbeTestCase[], source: string, evaluationMinutes: number): string {
  return renderPromtoolTests(
    { ruleFiles: [ruleFile], evaluationInterval: `${evaluationMinutes}m`, source },
    cases.map((testCase) => ({
      name: testCase.name,
      inputMinutes: testCase.inputMinutes,
      series: testCase.series,
      alerts: testCase.alerts.map((check) => ({ at: `${check.minute}m`, alertname: check.alertname, firing: check.firing })),
      recordings: testCase.values.map((check) => ({
        at: `${check.minute}m`,
        metric: check.metric,
        samples: [{ labels: check.labels, value: check.value }],
      })),
    })),
  );
}

/** A flow's Prometheus rules, written as `prometheus/synthetics-<id>.rules.yml` and a PrometheusRule. */
export function probeRules(spec: FlowSpec, owner: AlertOwner): NamedRuleGroups {
  return { name: `synthetics-${spec.id}`, service: spec.service, groups: probeRuleGroups(spec, owner) };
}

/**
 * The promtool tests of a flow's alerts and uptime recordings: on a 1-minute grid (`tests/synthetics-<id>.test.yml`)
 * and, for a week of history, on a 5-minute one (`….every-5m.test.yml`).
 */
export function writeProbeRuleTests(scope: TargetScope, spec: FlowSpec, rules: NamedRuleGroups): void {
  const ruleFile = `../prometheus/${rules.name}.rules.yml`;
  scope.files.add(`tests/${rules.name}.test.yml`, renderProbeTests(ruleFile, failingCases(spec, rules.groups), scope.path, 1));
  scope.files.add(`tests/${rules.name}.every-5m.test.yml`, renderProbeTests(ruleFile, historyCases(spec, rules.groups), scope.path, 5));
}
