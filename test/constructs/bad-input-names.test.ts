import { existsSync } from "node:fs";
import { join } from "node:path";
import { Construct } from "constructs";
import { describe, expect, it } from "vitest";
import { AlertRouting, MonitoringStack, OnCallTeam, SecretRef, ServiceSlo, SynthError, type MonitoringStackProps } from "../../constructs";
import { availabilityProps, synthProblems, team, testApp, testStack } from "../support/app";

/** The problems synth reports for an app with one stack "production"; fails the test when synth succeeds. */
function problemsOf(declare: (stack: MonitoringStack) => void, props: MonitoringStackProps = {}): string[] {
  const test = testApp();
  declare(testStack(test.app, "production", props));
  return synthProblems(test.app);
}

/** The problem of a team, service, SLO or environment name that is no Kubernetes label value. */
const notALabel = (what: string, name: string, noun: string, label: string, example: string) =>
  `${what} ${JSON.stringify(name)} is not ${noun}; use at most 63 letters, digits, dashes, underscores and dots, starting and ending with a letter or digit, ` +
  `e.g. "${example}" (it is the ${label} label of alerts and a Datadog tag)`;

const LABEL_NAME_FIX = "use letters, digits and underscores, not starting with a digit, e.g. \"tier\"";
const RESERVED = "env, service, severity, slo, sloth_id, sloth_mode, sloth_objective, sloth_service, sloth_slo, sloth_window, team";

describe("bad input: names", () => {
  it("rejects Prometheus label names promtool refuses, and labels Watchkeeper sets itself", () => {
    const problems = problemsOf((stack) => {
      new ServiceSlo(stack, "slo", {
        ...availabilityProps(),
        owner: team(stack),
        labels: { "1abc": "x", "a-b": "x", "": "x", __name__: "x", severity: "x", sloth_id: "x", tier: "1" },
      });
    });
    expect(problems).toEqual([
      `production/slo: labels.1abc: "1abc" is not a Prometheus label name; ${LABEL_NAME_FIX}`,
      `production/slo: labels.a-b: "a-b" is not a Prometheus label name; ${LABEL_NAME_FIX}`,
      `production/slo: labels[""]: "" is not a Prometheus label name; ${LABEL_NAME_FIX}`,
      'production/slo: labels.__name__: "__name__" starts with "__", which Prometheus keeps for itself; choose another name, e.g. "name__"',
      `production/slo: labels.severity: "severity" is set by Watchkeeper (${RESERVED}) and cannot be overridden; choose another name`,
      `production/slo: labels.sloth_id: "sloth_id" is set by Watchkeeper (${RESERVED}) and cannot be overridden; choose another name`,
    ]);
  });

  it("rejects Go template syntax in text that becomes annotations", () => {
    const problems = problemsOf((stack) => {
      new ServiceSlo(stack, "slo", { ...availabilityProps(), owner: team(stack), description: "Checkout at {{ $value }}" });
    });
    expect(problems).toEqual([
      'production/slo: description: "Checkout at {{ $value }}" contains "{{" or "}}", which alerting tools read as a template; write the text without them',
    ]);
  });

  it("rejects a 300-character service, SLO name or construct id before anything is written", () => {
    const test = testApp();
    const stack = testStack(test.app, "production");
    const owner = team(stack);
    const long = "a".repeat(300);
    new ServiceSlo(stack, "long-name", { ...availabilityProps(), owner, name: long, outputs: { datadog: false } });
    new ServiceSlo(stack, long, { ...availabilityProps({ name: "latency" }), owner, outputs: { datadog: false } });
    expect(synthProblems(test.app)).toEqual([
      `production/long-name: ${notALabel("name:", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…(300 characters)", "an SLO name", "slo", "availability")}`,
      `production/${long}: the construct path "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…(305 characters)" is 305 bytes long and becomes a file name; use at most 200`,
    ]);
    expect(existsSync(join(test.folder, "dist/production"))).toBe(false);
    expect(existsSync(join(test.folder, "cdktf.out/stacks/production"))).toBe(false);
  });

  it("rejects team, service and SLO names without letters or digits, which slug to nothing", () => {
    const problems = problemsOf((stack) => {
      new OnCallTeam(stack, "rocket-team", { name: "🚀", members: ["alice@example.com"], services: ["✨"], slackChannel: "#rocket" });
      new ServiceSlo(stack, "slo", { ...availabilityProps(), owner: team(stack), name: "✨", outputs: { datadog: false } });
    });
    expect(problems).toEqual([
      `production/rocket-team: ${notALabel("name:", "🚀", "a team name", "team", "checkout")}`,
      `production/rocket-team: ${notALabel("services[0]:", "✨", "a service name", "service", "checkout-api")}`,
      `production/slo: ${notALabel("name:", "✨", "an SLO name", "slo", "availability")}`,
    ]);
  });

  it("rejects two declarations whose names collide once slugged, naming both", () => {
    const problems = problemsOf((stack) => {
      const owner = team(stack);
      new ServiceSlo(stack, "first", { ...availabilityProps(), owner, name: "availability_eu" });
      new ServiceSlo(stack, "second", { ...availabilityProps(), owner, name: "availability-eu" });
    });
    expect(problems).toEqual([
      'production: SLO checkout-availability-eu is declared 2 times (production/first as "checkout-availability_eu", ' +
        'production/second as "checkout-availability-eu"); names must differ in their letters and digits, not only in punctuation or case',
    ]);
  });

  it("rejects two declarations whose Kubernetes files collide (checkout/availability and checkout-availability)", () => {
    const problems = problemsOf((stack) => {
      const owner = team(stack);
      new ServiceSlo(new Construct(stack, "checkout"), "availability", { ...availabilityProps({ name: "a" }), owner });
      new ServiceSlo(stack, "checkout-availability", { ...availabilityProps({ name: "b" }), owner });
    });
    expect(problems).toEqual([
      "production: Kubernetes file checkout-availability.yaml is declared 2 times (production/checkout/availability, production/checkout-availability); names must be unique in a stack",
    ]);
  });

  it("rejects team service names that collide once slugged, in our words", () => {
    const problems = problemsOf((stack) => {
      new OnCallTeam(stack, "checkout-team", { name: "checkout", members: ["alice@example.com"], services: ["checkout_api", "Checkout-API"], slackChannel: "#checkout" });
    });
    expect(problems).toEqual([
      'production: PagerDuty service checkout-api is declared 2 times (production/checkout-team as "checkout_api", ' +
        'production/checkout-team as "Checkout-API"); names must differ in their letters and digits, not only in punctuation or case',
    ]);
  });

  it("rejects Kubernetes secret names and keys Kubernetes refuses", () => {
    const problems = problemsOf((stack) => {
      new OnCallTeam(stack, "checkout-team", {
        name: "checkout",
        members: ["alice@example.com"],
        slackChannel: "#checkout",
        alertmanager: { pagerDutyRoutingKey: SecretRef.kubernetes("Alertmanager Secrets", "key"), slackWebhook: SecretRef.kubernetes("watchkeeper", "k".repeat(254)) },
      });
      new AlertRouting(stack, "routing", { defaultReceiver: { slack: { channel: "#alerts", webhook: SecretRef.kubernetes("watchkeeper-alertmanager", "default") } } });
      new ServiceSlo(stack, "slo", { ...availabilityProps(), owner: "checkout" });
    });
    expect(problems).toEqual([
      'production/routing: the PagerDuty routing key of team checkout: the secret name "Alertmanager Secrets" is not a Kubernetes object name; use at most 253 lower-case letters, digits, dashes and dots, starting and ending with a letter or digit, e.g. "watchkeeper-alertmanager"',
      `production/routing: the Slack webhook of team checkout: the secret key "${"k".repeat(254)}" is not a Kubernetes secret key; use at most 253 letters, digits, dashes, underscores and dots, e.g. "slack-webhook"`,
    ]);
  });

  it("rejects label values Datadog filters cannot hold (quotes, newlines) rather than copying them raw", () => {
    const problems = problemsOf((stack) => {
      new ServiceSlo(stack, "slo", {
        ...availabilityProps(),
        owner: team(stack),
        sli: { events: { errors: 'http_requests_total{service="a\\"b",code=~"5.."}', total: 'http_requests_total{service="a\\"b"}' } },
      });
    });
    expect(problems).toEqual([
      'production/slo: Datadog: service="a\\"b" cannot be written as a Datadog tag filter: Datadog tags hold letters, digits and _ - : . / only; ' +
        "match a value made of those, or give the Datadog queries explicitly (datadogQuery), or set outputs.datadog to false",
    ]);
  });
});

describe("bad input: stacks and owners", () => {
  it("rejects a stack id with a space, with the fix, in our words", () => {
    const test = testApp();
    expect(() => testStack(test.app, "prod uction")).toThrow(SynthError);
    expect(() => testStack(test.app, "prod uction")).toThrow(
      'stack "prod uction": a stack id names a folder and a Terraform stack; use letters, digits, dashes and underscores, e.g. "prod-uction"',
    );
  });

  it("rejects a Grafana URL that is not an absolute web address and a Datadog namespace with a space", () => {
    const problems = problemsOf((stack) => new ServiceSlo(stack, "slo", { ...availabilityProps(), owner: team(stack) }), {
      grafanaUrl: "grafana",
      datadogMetricNamespace: "my app",
    });
    expect(problems).toEqual([
      'production: grafanaUrl: "grafana" is not an absolute web address; write it with its scheme and host, e.g. "https://grafana.example.com"',
      'production: datadogMetricNamespace: "my app" is not a Datadog metric namespace; use letters, digits and underscores starting with a letter, parts joined by dots, e.g. "checkout" or "shop.checkout"',
    ]);
  });

  it("rejects an owner that is a team of another stack, naming both stacks", () => {
    const test = testApp();
    const production = testStack(test.app, "production");
    const staging = testStack(test.app, "staging");
    new ServiceSlo(production, "slo", { ...availabilityProps(), owner: team(staging) });
    expect(synthProblems(test.app)).toEqual([
      "production/slo: owner checkout is a team of stack staging, not of stack production, so its alerts would not be routed here; declare the team in stack production and use that one",
    ]);
  });

  it("rejects a default owner that is a team of another stack; a team name of the stack is the way to give one", () => {
    const test = testApp();
    const production = testStack(test.app, "production");
    testStack(test.app, "staging", { defaultOwner: team(production) });
    expect(synthProblems(test.app)).toEqual([
      "staging: defaultOwner: owner checkout is a team of stack production, not of stack staging, so its alerts would not be routed here; declare the team in stack staging and use that one",
    ]);
  });
});
