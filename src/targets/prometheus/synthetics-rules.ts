import type { AlertOwner } from "../../domain/routing/routing";
import type { FlowSpec } from "../../domain/synthetics/flow";
import { probeRuleGroups } from "../../domain/synthetics/probe-rules";
import { failingCases, historyCases, type ProbeTestCase } from "../../domain/synthetics/probe-tests";
import type { TargetScope } from "../target-scope";
import { writeRuleGroups } from "./rule-groups";
import { addBlackboxModule } from "./synthetics-blackbox";
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

/**
 * A flow's Prometheus rules (`prometheus/synthetics-<id>.rules.yml` and a PrometheusRule), its blackbox module
 * (added to the stack's blackbox.yml) and the promtool tests of its alerts and uptime recordings: on a 1-minute
 * grid (`tests/synthetics-<id>.test.yml`) and, for a week of history, on a 5-minute one (`….every-5m.test.yml`).
 */
export function writeProbeRules(scope: TargetScope, spec: FlowSpec, owner: AlertOwner): void {
  const name = `synthetics-${spec.id}`;
  const groups = probeRuleGroups(spec, owner);
  writeRuleGroups(scope, { name, service: spec.service, groups });
  addBlackboxModule(scope.files, spec);
  const ruleFile = `../prometheus/${name}.rules.yml`;
  scope.files.add(`tests/${name}.test.yml`, renderProbeTests(ruleFile, failingCases(spec, groups), scope.path, 1));
  scope.files.add(`tests/${name}.every-5m.test.yml`, renderProbeTests(ruleFile, historyCases(spec, groups), scope.path, 5));
}
