import { redRuleGroups } from "../../domain/apm/red-rules";
import { RED_TEST_MINUTES, redTestCases, type SpanTestCase } from "../../domain/apm/red-rule-tests";
import type { TelemetrySpec } from "../../domain/apm/telemetry";
import { isAlertingRule, type AlertingRule, type NamedRuleGroups, type RuleGroup } from "../../domain/rules/rules";
import type { TargetScope } from "../target-scope";
import { renderPromtoolTests, type PromtoolCase } from "./rule-tests";

/** The name of a service's RED rule file and PrometheusRule: `apm-<id>`. */
export function telemetryRulesName(spec: Pick<TelemetrySpec, "id">): string {
  return `apm-${spec.id}`;
}

/** An annotation as Prometheus expands it for an alert with these labels (`{{ $labels.server }}`). */
function expanded(annotations: Readonly<Record<string, string>>, labels: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(annotations).map(([name, text]) => [name, text.replace(/\{\{ \$labels\.(\w+) \}\}/g, (_, label: string) => labels[label] ?? "")]));
}

function promtoolCase(testCase: SpanTestCase, alerts: ReadonlyMap<string, AlertingRule>): PromtoolCase {
  return {
    name: testCase.name,
    inputMinutes: 1,
    series: testCase.series,
    alerts: testCase.alertChecks.map((check) => {
      const rule = alerts.get(check.alert) as AlertingRule;
      const labels = { ...rule.labels, ...check.extraLabels };
      const firing = { labels, annotations: expanded(rule.annotations, labels) };
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

/** A service's RED recordings and alerts on the span and service-graph metrics, as a rule file and a PrometheusRule. */
export function telemetryRules(spec: TelemetrySpec): NamedRuleGroups {
  return { name: telemetryRulesName(spec), service: spec.service, groups: redRuleGroups(spec) };
}

/** The promtool tests of a service's RED rules (`tests/apm-<id>.test.yml`). */
export function writeTelemetryRuleTests(scope: TargetScope, spec: TelemetrySpec, rules: NamedRuleGroups): void {
  scope.files.add(`tests/${rules.name}.test.yml`, renderRedRuleTests(rules.groups, `../prometheus/${rules.name}.rules.yml`, redTestCases(spec), scope.path));
}
