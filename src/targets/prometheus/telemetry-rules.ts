import { redRuleGroups } from "../../domain/apm/red-rules";
import { RED_TEST_MINUTES, redTestCases, type SpanTestCase } from "../../domain/apm/red-rule-tests";
import type { TelemetrySpec } from "../../domain/apm/telemetry";
import { isAlertingRule, type AlertingRule, type RuleGroup } from "../../domain/rules/rules";
import type { TargetScope } from "../target-scope";
import { writeRuleGroups } from "./rule-groups";
import { renderPromtoolTests, type PromtoolCase } from "./rule-tests";

/** The name of a service's RED rule file and PrometheusRule: `apm-<id>`. */
export function telemetryRulesName(spec: Pick<TelemetrySpec, "id">): string {
  return `apm-${spec.id}`;
}

function promtoolCase(testCase: SpanTestCase, alerts: ReadonlyMap<string, AlertingRule>): PromtoolCase {
  return {
    name: testCase.name,
    inputMinutes: 1,
    series: testCase.series,
    alerts: testCase.alertChecks.map((check) => {
      const rule = alerts.get(check.alert) as AlertingRule;
      const firing = { labels: { ...rule.labels, ...check.extraLabels }, annotations: rule.annotations };
      return { at: `${check.minute}m`, alertname: check.alert, firing: check.firing ? [firing] : [] };
    }),
    recordings: testCase.recordingChecks.map((check) => ({ at: `${check.minute}m`, metric: check.expr, samples: check.samples })),
  };
}

/** A promtool test file of a service's RED rules, for its rule file given relative to the test file. */
export function renderRedRuleTests(groups: readonly RuleGroup[], ruleFile: string, cases: readonly SpanTestCase[], source: string): string {
  const alerts = new Map(groups.flatMap((group) => group.rules.filter(isAlertingRule)).map((rule) => [rule.alert, rule]));
  return renderPromtoolTests(
    {
      ruleFiles: [ruleFile],
      evaluationInterval: "1m",
      groupOrder: groups.map((group) => group.name),
      source,
      note: `${RED_TEST_MINUTES} minutes per case`,
    },
    cases.map((testCase) => promtoolCase(testCase, alerts)),
  );
}

/**
 * A service's RED output on Prometheus: its recordings and alerts on the span and service-graph metrics as a
 * rule file and a PrometheusRule, and their promtool tests (`tests/apm-<id>.test.yml`).
 */
export function writeTelemetryRules(scope: TargetScope, spec: TelemetrySpec): void {
  const name = telemetryRulesName(spec);
  const groups = redRuleGroups(spec);
  writeRuleGroups(scope, { name, service: spec.service, groups });
  scope.files.add(`tests/${name}.test.yml`, renderRedRuleTests(groups, `../prometheus/${name}.rules.yml`, redTestCases(spec), scope.path));
}
