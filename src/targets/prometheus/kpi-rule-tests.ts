import { checkedAlerts, KPI_EVALUATION_HOURS, type KpiTestCase } from "../../domain/kpi/kpi-test-cases";
import { expandingValues } from "../../domain/kpi/kpi-traffic";
import type { KpiSpec } from "../../domain/kpi/kpi";
import { renderPromtoolTests } from "./rule-tests";

/** The input series are sampled every 5 minutes: weeks of them stay far below promtool's limits. */
const INPUT_MINUTES = 5;

/** A promtool test file of a KPI's cases, for its rule file given relative to the test file. */
export function renderKpiRuleTests(spec: KpiSpec, ruleFile: string, groupOrder: readonly string[], cases: readonly KpiTestCase[], source: string): string {
  const alerts = checkedAlerts(spec);
  return renderPromtoolTests(
    { ruleFiles: [ruleFile], evaluationInterval: `${KPI_EVALUATION_HOURS}h`, groupOrder, source },
    cases.map((testCase) => ({
      name: testCase.name,
      inputMinutes: INPUT_MINUTES,
      series: testCase.series.map((series) => ({ ...series, values: expandingValues(series, INPUT_MINUTES) })),
      alerts: testCase.checks.map((check) => {
        const rule = alerts.get(check.alert);
        if (rule === undefined) {
          throw new Error(`the test of ${spec.id} checks ${check.alert}, which the KPI does not have`);
        }
        return { at: `${check.hour}h`, alertname: check.alert, firing: check.firing ? [rule] : [] };
      }),
    })),
  );
}
