import type { AlertOwner } from "../../domain/routing/routing";
import type { NamedRuleGroups } from "../../domain/rules/rules";
import type { FlowSpec } from "../../domain/synthetics/flow";
import { HISTORY_EVALUATION_MINUTES, regressionCase } from "../../domain/synthetics/probe-history-tests";
import { probeRuleGroups } from "../../domain/synthetics/probe-rules";
import { probeTestCases, type ProbeTestCase } from "../../domain/synthetics/probe-tests";
import { uptimePagePairs } from "../../domain/synthetics/uptime-windows";
import { sloGroupNames } from "../../domain/slo/slo-rules";
import { Duration } from "../../domain/duration";
import type { TargetScope } from "../target-scope";
import { renderPromtoolTests } from "./rule-tests";

/** A promtool test file of probe cases, evaluated every `evaluationMinutes`, its groups in `groupOrder`. */
function renderProbeTests(ruleFiles: readonly string[], groupOrder: readonly string[], cases: readonly ProbeTestCase[], source: string, evaluationMinutes: number): string {
  return renderPromtoolTests(
    { ruleFiles, groupOrder, evaluationInterval: `${evaluationMinutes}m`, source },
    cases.map((testCase) => ({
      name: testCase.name,
      inputMinutes: testCase.inputMinutes,
      series: testCase.series,
      alerts: testCase.alerts.map((check) => ({ at: `${check.minute}m`, alertname: check.alertname, firing: check.firing })),
      recordings: testCase.queries.map((check) => ({ at: `${check.minute}m`, expr: check.expr, metric: check.metric, samples: check.samples })),
    })),
  );
}

/** A flow's Prometheus rules, written as `prometheus/synthetics-<id>.rules.yml` and a PrometheusRule. */
export function probeRules(spec: FlowSpec, owner: AlertOwner): NamedRuleGroups {
  return { name: `synthetics-${spec.id}`, service: spec.service, groups: probeRuleGroups(spec, owner) };
}

/**
 * The promtool tests of a flow's alerts and uptime recordings: scenarios on a 1-minute grid
 * (`tests/synthetics-<id>.test.yml`), loaded with the rule file of the check's uptime SLO (`uptimeRules`, its id)
 * so that no page of the check escapes them, the probes' recordings evaluated before the SLO's that read them; and a week of history for the regression ticket on a coarser grid
 * (`….every-15m.test.yml`).
 */
export function writeProbeRuleTests(scope: TargetScope, spec: FlowSpec, rules: NamedRuleGroups, uptimeRules?: string): void {
  const ruleFile = (name: string) => `../prometheus/${name}.rules.yml`;
  const uptime = uptimeRules === undefined ? [] : uptimePagePairs(spec.alertWhen.forAtLeast, spec.uptimeObjective);
  const files = [rules.name, ...(uptimeRules === undefined ? [] : [uptimeRules])].map(ruleFile);
  const order = [...rules.groups.map((group) => group.name), ...(uptimeRules === undefined ? [] : sloGroupNames(uptimeRules))];
  const scenarios = renderProbeTests(files, order, probeTestCases(spec, rules.groups, uptime), scope.path, 1);
  scope.files.add(`tests/${rules.name}.test.yml`, scenarios);
  const history = renderProbeTests([ruleFile(rules.name)], rules.groups.map((group) => group.name), [regressionCase(spec, rules.groups)], scope.path, HISTORY_EVALUATION_MINUTES);
  scope.files.add(`tests/${rules.name}.every-${Duration.minutes(HISTORY_EVALUATION_MINUTES)}.test.yml`, history);
}
