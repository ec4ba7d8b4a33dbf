import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { ApiHealthCheck, ServiceSlo } from "../../../constructs";
import { availabilityProps, synthProblems, team, testApp, testStack } from "../../support/app";

type RuleFile = { groups: Array<{ name: string; rules: Array<{ record?: string; labels?: Record<string, string> }> }> };

/** The public marks of a rule file: the labels of its `watchkeeper_status_component_info` rules. */
function marks(text: string | undefined): Array<Record<string, string> | undefined> {
  return (parse(text ?? "") as RuleFile).groups.flatMap((group) => group.rules).filter((rule) => rule.record === "watchkeeper_status_component_info").map((rule) => rule.labels);
}

const health = { url: "https://api.example.com/health", expect: { bodyContains: "ok" } };

describe("public marks for the status page", () => {
  it("write an info series beside the SLO's identity and what it counts into its rule file, and none for an SLO not marked", () => {
    const test = testApp();
    const stack = testStack(test.app, "production");
    const owner = team(stack);
    new ServiceSlo(stack, "checkout-availability", { ...availabilityProps(), owner, statusPage: { component: "Checkout", description: "Paying for an order" } });
    new ServiceSlo(stack, "checkout-internal", { ...availabilityProps({ name: "internal" }), owner });
    new ApiHealthCheck(stack, "api-health", {
      service: "checkout",
      name: "api-health",
      owner,
      runbookUrl: "https://runbooks.example.com/checkout/api",
      request: health,
      outputs: { datadog: false },
      statusPage: { component: "Public API" },
    });
    test.app.synth();
    const files = test.files("production");
    expect(marks(files.get("prometheus/checkout-availability.rules.yml"))).toEqual([
      { env: "production", sloth_id: "checkout-availability", sloth_service: "checkout", sloth_slo: "availability", sloth_window: "5m", component: "Checkout", description: "Paying for an order", measures: "requests" },
    ]);
    expect(marks(files.get("prometheus/checkout-internal.rules.yml"))).toEqual([]);
    // A check is public through its uptime SLO, whose burn alerts and error ratio the page reads; it counts probes.
    expect(marks(files.get("prometheus/checkout-api-health-uptime.rules.yml"))).toEqual([
      { env: "production", sloth_id: "checkout-api-health-uptime", sloth_service: "checkout", sloth_slo: "api-health-uptime", sloth_window: "5m", component: "Public API", measures: "probes" },
    ]);
  });

  it("report text customers should not read, colliding names and marks Prometheus will not carry", () => {
    const test = testApp();
    const stack = testStack(test.app, "production");
    const owner = team(stack);
    new ServiceSlo(stack, "a", { ...availabilityProps({ name: "a" }), owner, statusPage: { component: "" } });
    new ServiceSlo(stack, "b", { ...availabilityProps({ name: "b" }), owner, statusPage: { component: "Sign-in" } });
    new ServiceSlo(stack, "c", { ...availabilityProps({ name: "c" }), owner, statusPage: { component: "Sign in" } });
    new ServiceSlo(stack, "d", { ...availabilityProps({ name: "d" }), owner, statusPage: { component: "Boards" }, outputs: { prometheus: false } });
    new ApiHealthCheck(stack, "e", { service: "checkout", name: "e", owner, runbookUrl: "https://runbooks.example.com/e", request: health, outputs: { prometheus: false }, statusPage: { component: "API" } });
    expect(synthProblems(test.app)).toEqual([
      'production: status page component signin is declared 2 times (production/b as "Sign-in", production/c as "Sign in"); names must differ in their letters and digits, not only in punctuation or case',
      'production/a: statusPage.component: customers read this text on the status page; it must not be empty, e.g. "Checkout"',
      "production/d: statusPage: the status page reads the SLO from Prometheus; keep outputs.prometheus on or remove statusPage",
      "production/e: statusPage: the status page reads the check's uptime SLO from Prometheus; keep outputs.prometheus on or remove statusPage",
    ]);
  });
});
