import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, parseAllDocuments, stringify } from "yaml";
import { AlertRouting, SecretRef, ServiceSlo } from "../../../constructs";
import { receiversInOutput, amtoolLines } from "../../../src/cli/checks/alert-routes";
import { run } from "../../../src/cli/checks/tools";
import { IDENTITY_LABELS } from "../../../src/domain/routing/alert-identity";
import { availabilityProps, team, testApp, testStack } from "../../support/app";

type Labels = Record<string, string>;
type Alert = { alert: string; labels: Labels };
type CrMatcher = { name: string; value: string; matchType: string };
type CrRoute = { receiver?: string; matchers?: CrMatcher[]; routes?: CrRoute[]; groupBy?: string[]; continue?: boolean; [key: string]: unknown };
type KubeObject = { kind: string; metadata: { name: string; namespace: string }; spec: Record<string, any> };

/** A matcher as prometheus-operator writes it: `name="value"` (v0.93.0 alertmanager_config_types.go Matcher.String). */
const matcherText = ({ name, value, matchType }: CrMatcher) => `${name}${matchType}"${value.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/"/g, '\\"')}"`;

/**
 * What prometheus-operator makes of an AlertmanagerConfig under the default matcher strategy, OnNamespace
 * (v0.93.0 pkg/alertmanager/amcfg.go: convertRoute, makeNamespacedString, namespaceEnforcer.processRoute,
 * continueToNextRoute, AddAlertmanagerConfigs): its receivers named `<namespace>/<name>/<receiver>`, its top route
 * with the matcher `namespace="<namespace>"` and `continue: true`, placed first under the global route. Mute time
 * intervals are left out: they decide when a route is muted, not which route an alert takes.
 */
function operatorRendered(config: KubeObject): object {
  const { namespace, name } = config.metadata;
  const prefixed = (receiver: string) => `${namespace}/${name}/${receiver}`;
  const convert = ({ receiver, matchers, routes, groupBy, continue: next }: CrRoute): object => ({
    ...(receiver === undefined ? {} : { receiver: prefixed(receiver) }),
    ...(groupBy === undefined ? {} : { group_by: groupBy }),
    ...(next === undefined ? {} : { continue: next }),
    ...(matchers === undefined ? {} : { matchers: matchers.map(matcherText) }),
    ...(routes === undefined ? {} : { routes: routes.map(convert) }),
  });
  const top = convert(config.spec.route as CrRoute) as { matchers?: string[] };
  const enforced = { ...top, matchers: [...(top.matchers ?? []), matcherText({ name: "namespace", value: namespace, matchType: "=" })], continue: true };
  return {
    route: { receiver: "global-default", routes: [enforced] },
    receivers: [{ name: "global-default" }, ...(config.spec.receivers as Array<{ name: string }>).map((receiver) => ({ name: prefixed(receiver.name) }))],
  };
}

async function receiversOf(configFile: string, alert: Alert): Promise<string[]> {
  const labels = Object.entries({ ...alert.labels, alertname: alert.alert }).map(([name, value]) => `${name}=${JSON.stringify(value)}`);
  const answer = await run("amtool", ["config", "routes", "test", `--config.file=${configFile}`, ...labels]);
  if (!answer.ok) {
    throw new Error(`amtool: ${amtoolLines(answer.output).join(" ")}`);
  }
  return receiversInOutput(answer.output);
}

describe("alerts of PrometheusRules reach the stack's AlertmanagerConfig (prometheus-operator's OnNamespace strategy)", () => {
  let folder: string;
  let operatorConfig: string;
  let fileConfig: string;
  let prometheusRule: KubeObject;
  let ruleFileAlerts: Alert[];

  beforeAll(() => {
    const test = testApp();
    const stack = testStack(test.app, "production");
    const owner = team(stack);
    new AlertRouting(stack, "routing", { defaultReceiver: { slack: { channel: "#alerts", webhook: SecretRef.kubernetes("watchkeeper-alertmanager", "default-slack") } } });
    new ServiceSlo(stack, "slo", { ...availabilityProps(), owner });
    test.app.synth();
    const files = test.files("production");
    const objects = (name: string) => parseAllDocuments(files.get(`kubernetes/${name}.yaml`) as string).map((document) => document.toJS() as KubeObject);
    prometheusRule = objects("slo").find((object) => object.kind === "PrometheusRule") as KubeObject;
    const alertmanagerConfig = objects("routing").find((object) => object.kind === "AlertmanagerConfig") as KubeObject;
    ruleFileAlerts = (parse(files.get("prometheus/checkout-availability.rules.yml") as string) as { groups: Array<{ rules: Array<Alert & { record?: string }> }> }).groups
      .flatMap((group) => group.rules)
      .filter((rule) => rule.alert !== undefined);
    folder = mkdtempSync(join(tmpdir(), "watchkeeper-namespace-"));
    operatorConfig = join(folder, "operator.yml");
    writeFileSync(operatorConfig, stringify(operatorRendered(alertmanagerConfig)));
    fileConfig = join(folder, "alertmanager.yml");
    writeFileSync(fileConfig, files.get("alertmanager/alertmanager.yml") as string);
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const alertsOf = (rule: KubeObject): Alert[] =>
    (rule.spec.groups as Array<{ rules: Array<Alert & { record?: string }> }>).flatMap((group) => group.rules).filter((entry) => entry.alert !== undefined);

  it("labels every alert of a PrometheusRule with the rule's namespace, its identity labels and the rule file's labels kept", () => {
    const alerts = alertsOf(prometheusRule);
    expect(alerts.length).toBeGreaterThan(0);
    expect(alerts.map((alert) => alert.labels)).toEqual(ruleFileAlerts.map((alert) => ({ ...alert.labels, namespace: prometheusRule.metadata.namespace })));
    alerts.forEach((alert) => IDENTITY_LABELS.forEach((label) => expect(alert.labels[label], `${alert.alert} ${label}`).toMatch(/\S/)));
    const recordings = (prometheusRule.spec.groups as Array<{ rules: Array<{ record?: string; labels?: Labels }> }>).flatMap((group) => group.rules).filter((rule) => rule.record !== undefined);
    expect(recordings.filter((rule) => rule.labels?.namespace !== undefined)).toEqual([]);
  });

  it("routes every alert, as the operator renders the AlertmanagerConfig, to the receivers alertmanager.yml routes it to", async () => {
    const prefix = `${prometheusRule.metadata.namespace}/watchkeeper-routing/`;
    for (const [index, alert] of alertsOf(prometheusRule).entries()) {
      const viaOperator = await receiversOf(operatorConfig, alert);
      const viaFile = await receiversOf(fileConfig, ruleFileAlerts[index]);
      expect(viaOperator, `${alert.alert} (${alert.labels.severity})`).toEqual(viaFile.map((receiver) => `${prefix}${receiver}`));
      expect(viaFile.some((receiver) => receiver.startsWith("checkout-")), `${alert.alert} reaches the team`).toBe(true);
    }
  });
});
