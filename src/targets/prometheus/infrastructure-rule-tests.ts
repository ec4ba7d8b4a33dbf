import type { InfraTestFile } from "../../domain/infrastructure/infra-test-cases";
import { renderPromtoolTests } from "./rule-tests";

/**
 * A promtool test file of one shape of a cluster's tests, for its rule file given relative to the test file; its
 * groups evaluated in their order, recordings before the alerts that read them (on a grid of an hour, an alert
 * evaluated first would read a recording an hour old, past Prometheus' 5-minute lookback).
 */
export function renderInfraRuleTests(file: InfraTestFile, ruleFile: string, groupOrder: readonly string[], source: string): string {
  return renderPromtoolTests(
    { ruleFiles: [ruleFile], evaluationInterval: `${file.evaluationMinutes}m`, groupOrder, source },
    file.cases.map((testCase) => ({
      name: testCase.name,
      inputMinutes: testCase.inputMinutes,
      series: testCase.series,
      alerts: testCase.alerts.map((check) => ({ at: `${check.minute}m`, alertname: check.alertname, firing: check.firing })),
    })),
  );
}
