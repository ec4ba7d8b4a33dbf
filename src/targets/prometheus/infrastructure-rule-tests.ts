import type { InfraTestFile } from "../../domain/infrastructure/infra-test-cases";
import { renderPromtoolTests } from "./rule-tests";

/** A promtool test file of one pack's cases, for its rule file given relative to the test file. */
export function renderInfraRuleTests(file: InfraTestFile, ruleFile: string, source: string): string {
  return renderPromtoolTests(
    { ruleFiles: [ruleFile], evaluationInterval: `${file.evaluationMinutes}m`, source },
    file.cases.map((testCase) => ({
      name: testCase.name,
      inputMinutes: testCase.inputMinutes,
      series: testCase.series,
      alerts: testCase.alerts.map((check) => ({ at: `${check.minute}m`, alertname: check.alertname, firing: check.firing })),
    })),
  );
}
