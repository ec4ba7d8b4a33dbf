import { describe, expect, it } from "vitest";
import type { ItemChange } from "../../../src/domain/plan-diff/compare";
import { compareOutputs as compareItems } from "../../../src/domain/plan-diff/compare";
import { dangersOf as dangersOfOutputs } from "../../../src/domain/plan-diff/dangers";
import { collapseMirrors } from "../../../src/domain/plan-diff/output-changes";
import { comparisons, mentions } from "../../../src/domain/plan-diff/danger-signals";
import type { OutputItem } from "../../../src/domain/plan-diff/output-item";

const CONSTRUCT = "production/checkout";

const item = (kind: OutputItem["kind"], type: string, label: string, fields: OutputItem["fields"], id = label): OutputItem => ({
  id,
  stack: "production",
  kind,
  construct: CONSTRUCT,
  type,
  noun: label.split(" ").slice(0, 2).join(" "),
  label,
  fields,
});

/** The item changes between two lists; dangers of item changes, read as outputs (mirrored copies as one). */
const compareOutputs = compareItems;
const dangersOf = (changes: readonly ItemChange[]) => dangersOfOutputs(collapseMirrors(changes));

/** The dangers of an item going from `before` to `after` (undefined: absent on that side). */
const dangers = (before: OutputItem | undefined, after: OutputItem | undefined) =>
  dangersOf(compareOutputs(before === undefined ? [] : [before], after === undefined ? [] : [after]));

const slo = (target: number) => item("terraform", "datadog_service_level_objective", 'Datadog SLO "checkout"', { name: "checkout", "thresholds[0].target": target });
const monitor = (fields: OutputItem["fields"]) =>
  item("terraform", "datadog_monitor", 'Datadog monitor "checkout burn"', { query: "burn_rate(x) > 14.4", "monitor_thresholds.critical": "14.4", priority: "1", ...fields });
const alertingRule = (fields: OutputItem["fields"], label = "alerting rule CheckoutBurn (page)") =>
  item("rule", "alerting rule", label, { alert: "CheckoutBurn", expr: "rate5m > (14.4 * 0.001) and events >= 167", "labels.severity": "page", ...fields });

describe("danger: history lost", () => {
  it("flags the destroy of an SLO, a monitor (also an alert removed), a dashboard and a PagerDuty service", () => {
    const service = item("terraform", "pagerduty_service", 'PagerDuty service "checkout"', { name: "checkout" });
    const dashboard = item("terraform", "grafana_dashboard", "Grafana dashboard checkout", { "config_json.title": "x" });
    const removed = dangersOf(compareOutputs([slo(99.9), monitor({}), service, dashboard], []));
    expect(removed).toEqual([
      {
        kind: "history-lost",
        construct: CONSTRUCT,
        summary: "will be destroyed: history lost",
        ofItems: true,
        items: ['Datadog SLO "checkout"', 'Datadog monitor "checkout burn"', "Grafana dashboard checkout", 'PagerDuty service "checkout"'],
      },
      { kind: "alert-removed", construct: CONSTRUCT, summary: "removed", ofItems: true, items: ['Datadog monitor "checkout burn"'] },
    ]);
  });

  it("does not flag the destroy of a resource that keeps no history, nor a retired one", () => {
    expect(dangers(item("terraform", "datadog_logs_index", "logs index", { name: "x" }), undefined)).toEqual([]);
    const retired: ItemChange = { change: "retired", before: slo(99.9) };
    expect(dangersOf([retired])).toEqual([]);
  });
});

describe("danger: alert removed", () => {
  it("flags a removed alerting rule once, though the rule file and the PrometheusRule both lose it", () => {
    const inFile = { ...alertingRule({}, "alerting rule CheckoutBurn (page)"), mirror: "rule production/checkout burn/CheckoutBurn#0" };
    const inKubernetes = { ...inFile, id: "kubernetes copy", where: "PrometheusRule monitoring/checkout" };
    expect(dangersOf(compareOutputs([inFile, inKubernetes], []))).toEqual([
      { kind: "alert-removed", construct: CONSTRUCT, summary: "removed", ofItems: true, items: ["alerting rule CheckoutBurn (page)"] },
    ]);
  });

  it("does not flag a removed recording rule", () => {
    expect(dangers(item("rule", "recording rule", "recording rule slo:x", { record: "slo:x", expr: "1" }), undefined)).toEqual([]);
  });
});

describe("danger: alert muted", () => {
  it("flags a severity lowered on a rule, a priority lowered and a notification removed on a monitor", () => {
    expect(dangers(alertingRule({}), alertingRule({ "labels.severity": "ticket" })).map((danger) => danger.summary)).toEqual(["severity lowered page → ticket"]);
    const before = monitor({ message: "Burning @pagerduty-checkout @slack-ops", tags: ["team:a", "severity:page"] });
    const after = monitor({ message: "Burning @slack-ops", priority: "3", tags: ["team:a", "severity:ticket"] });
    expect(dangers(before, after).map((danger) => danger.summary)).toEqual([
      "notification removed: @pagerduty-checkout",
      "priority lowered P1 → P3",
      "severity lowered page → ticket",
    ]);
  });

  it("flags a notification moved to another channel of the same kind as a route change naming both, not as removed", () => {
    const before = monitor({ message: "Burning @slack-payments-alerts @pagerduty-checkout @ana@example.com" });
    const after = monitor({ message: "Burning @slack-payments-incidents @ben@example.com" });
    expect(dangers(before, after).map((danger) => [danger.kind, danger.summary])).toEqual([
      ["alert-muted", "notification removed: @pagerduty-checkout"],
      ["route-changed", "notification moved: @ana@example.com → @ben@example.com"],
      ["route-changed", "notification moved: @slack-payments-alerts → @slack-payments-incidents"],
    ]);
  });

  it("flags a channel changed on a receiver and on a Sentry alert, before → after", () => {
    const file = (channel: string) =>
      item("file", "alertmanager configuration", "alertmanager.yml", { "receivers[0].name": "checkout-ticket", "receivers[0].slack_configs[0].channel": channel });
    expect(dangers(file("#checkout-alerts"), file("#checkout-incidents")).map((danger) => [danger.kind, danger.summary])).toEqual([
      ["route-changed", 'notification moved: slack of receiver checkout-ticket "#checkout-alerts" → "#checkout-incidents"'],
    ]);
    const alert = (channel: string) => item("terraform", "sentry_issue_alert", 'Sentry issue alert "new issue"', { "actions_v2[0].slack_notify_service.channel": channel });
    expect(dangers(alert("#a"), alert("#b")).map((danger) => danger.summary)).toEqual(['notification moved: "#a" → "#b"']);
  });

  it("flags a notification removed from an Alertmanager receiver, in the file and in an AlertmanagerConfig", () => {
    const file = (configs: OutputItem["fields"]) =>
      item("file", "alertmanager configuration", "alertmanager.yml", { "receivers[0].name": "checkout-page", "receivers[0].slack_configs[0].channel": "#checkout", ...configs });
    const pagerduty = { "receivers[0].pagerduty_configs[0].routing_key_file": "/key", "receivers[0].pagerduty_configs[0].severity": "critical" };
    expect(dangers(file(pagerduty), file({})).map((danger) => danger.summary)).toEqual(["notification removed: pagerduty of receiver checkout-page"]);
    expect(dangers(file({}), file(pagerduty))).toEqual([]);
    const config = (configs: OutputItem["fields"]) => item("kubernetes", "AlertmanagerConfig", "AlertmanagerConfig monitoring/routing", { "spec.receivers[0].name": "default", ...configs });
    expect(dangers(config({ "spec.receivers[0].slackConfigs[0].channel": "#ops" }), config({})).map((danger) => danger.summary)).toEqual([
      "notification removed: slack of receiver default",
    ]);
  });

  it("flags an alert disabled and a downtime added, not a severity raised", () => {
    const rule = (enabled: boolean) => item("terraform", "elasticstack_kibana_alerting_rule", "Kibana rule errors", { enabled });
    expect(dangers(rule(true), rule(false)).map((danger) => danger.summary)).toEqual(["alert disabled"]);
    expect(dangers(undefined, item("terraform", "datadog_downtime_schedule", "Datadog downtime sunday", { scope: "env:production" }))[0]).toEqual({
      kind: "alert-muted",
      construct: CONSTRUCT,
      summary: "alerts muted by Datadog downtime sunday",
      ofItems: false,
      items: ["Datadog downtime sunday"],
    });
    expect(dangers(alertingRule({ "labels.severity": "ticket" }), alertingRule({}))).toEqual([]);
  });
});

describe("danger: objective loosened", () => {
  it("flags a lower Datadog target and Sloth's objective record and label as one danger per summary", () => {
    const record = (ratio: string, objective: string) =>
      item("rule", "recording rule", "recording rule slo:objective:ratio", { record: "slo:objective:ratio", expr: `vector(${ratio})`, "labels.sloth_objective": objective });
    const found = dangersOf(compareOutputs([slo(99.9), record("0.999", "99.9")], [slo(99.5), record("0.995", "99.5")]));
    expect(found).toEqual([
      {
        kind: "objective-loosened",
        construct: CONSTRUCT,
        summary: "objective loosened 99.9 → 99.5",
        ofItems: false,
        items: ['Datadog SLO "checkout"', "recording rule slo:objective:ratio"],
      },
    ]);
  });

  it("does not flag a stricter objective", () => {
    expect(dangers(slo(99.9), slo(99.95))).toEqual([]);
  });
});

describe("danger: threshold raised", () => {
  it("flags a raised monitor threshold and a raised burn factor in a rule, not a stricter one", () => {
    const raised = dangers(monitor({}), monitor({ query: "burn_rate(x) > 20", "monitor_thresholds.critical": "20" }));
    expect(raised.map((danger) => [danger.kind, danger.summary, danger.items])).toEqual([["threshold-raised", "threshold raised 14.4 → 20", ['Datadog monitor "checkout burn"']]]);
    const ruleRaised = dangers(alertingRule({}), alertingRule({ expr: "rate5m > (28.8 * 0.001) and events >= 167" }));
    expect(ruleRaised.map((danger) => danger.summary)).toEqual(["threshold raised 14.4 → 28.8"]);
    expect(dangers(alertingRule({}), alertingRule({ expr: "rate5m > (6 * 0.001) and events >= 100" }))).toEqual([]);
    const guarded = (events: number) => alertingRule({ expr: `rate5m > (14.4 * 0.001) and slo:sli_events:increase1h{sloth_id="c"} >= ${events}` });
    expect(dangers(guarded(167), guarded(334))).toEqual([]);
  });

  it("flags a lowered threshold of an alert that fires below it", () => {
    const floor = (value: string) => monitor({ query: `sum(revenue) < ${value}`, "monitor_thresholds.critical": value });
    expect(dangers(floor("100"), floor("50")).map((danger) => danger.summary)).toEqual(["threshold lowered 100 → 50"]);
    expect(dangers(floor("100"), floor("150"))).toEqual([]);
  });
});

describe("danger: route changed", () => {
  it("flags a changed Alertmanager route and AlertmanagerConfig route, not a changed receiver template", () => {
    const file = (receiver: string, title: string) =>
      item("file", "alertmanager configuration", "alertmanager.yml", { "route.routes[0].receiver": receiver, "receivers[0].slack_configs[0].title": title });
    expect(dangers(file("team-page", "a"), file("team-ticket", "a")).map((danger) => danger.summary)).toEqual(['routing changed: route.routes[0].receiver: "team-page" → "team-ticket"']);
    expect(dangers(file("team-page", "a"), file("team-page", "b"))).toEqual([]);
    const config = (matcher: string) => item("kubernetes", "AlertmanagerConfig", "AlertmanagerConfig monitoring/routing", { "spec.route.routes[0].matchers": [matcher] });
    expect(dangers(config('team="a"'), config('team="b"')).map((danger) => danger.kind)).toEqual(["route-changed"]);
  });

  it("flags a changed or destroyed escalation policy and a PagerDuty service moved to another policy", () => {
    const policy = (delay: number) => item("terraform", "pagerduty_escalation_policy", 'PagerDuty escalation policy "checkout"', { "rule[0].escalation_delay_in_minutes": delay });
    expect(dangers(policy(10), policy(30)).map((danger) => danger.summary)).toEqual(["routing changed: rule[0].escalation_delay_in_minutes: 10 → 30"]);
    expect(dangers(policy(10), undefined).map((danger) => danger.summary)).toEqual(["will be destroyed"]);
    const service = (policyId: string) => item("terraform", "pagerduty_service", 'PagerDuty service "checkout"', { escalation_policy: policyId, description: policyId });
    expect(dangers(service("a"), service("b")).map((danger) => danger.summary)).toEqual(['routing changed: escalation_policy: "a" → "b"']);
  });

  it("quotes two changed routing fields before → after and counts the rest, in one danger per item", () => {
    const policy = (users: string[]) =>
      item("terraform", "pagerduty_escalation_policy", 'PagerDuty escalation policy "checkout"', Object.fromEntries(users.map((user, index) => [`rule[0].target[${index}].id`, user])));
    const reordered = dangers(policy(["pagerduty user a", "pagerduty user b", "pagerduty user c"]), policy(["pagerduty user c", "pagerduty user a", "pagerduty user b"]));
    expect(reordered.map((danger) => danger.summary)).toEqual([
      'routing changed: rule[0].target[0].id: "pagerduty user a" → "pagerduty user c"; rule[0].target[1].id: "pagerduty user b" → "pagerduty user a"; and 1 more field',
    ]);
  });
});

describe("danger signals", () => {
  it("reads comparisons with a number on their right, and the mentions of a notification", () => {
    expect(comparisons('x{code!="500"} > (14.4 * 0.001) and y >= 167 or (max(z{a="b"})) < 0.5e-3 and (slo:sli_events:increase1h{sloth_id="c"} >= 167)')).toEqual([
      { operator: ">", value: 14.4 },
      { operator: ">=", value: 167 },
      { operator: "<", value: 0.0005 },
    ]);
    expect(mentions("Page @pagerduty-checkout and @slack-ops-alerts, mail @ana@example.com. Not an email: a@b")).toEqual([
      "@ana@example.com",
      "@pagerduty-checkout",
      "@slack-ops-alerts",
    ]);
  });
});
