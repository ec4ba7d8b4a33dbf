import { describe, expect, it } from "vitest";
import { killMutants, mutants, pick, type MutantPick } from "../../support/rule-mutation";
import { healthCheckRulesAndTests } from "../../support/prometheus-outputs";

/** A health check every minute over HTTPS with a response time limit, 2 of 3 locations for 5m: its rules and tests. */
const generated = () =>
  healthCheckRulesAndTests({ frequency: "1m", request: { url: "https://api.example.com/health", expect: { responseTimeBelow: "800ms" } } });

const RULES = "prometheus/synthetics-checkout-api-health.rules.yml";
const SCENARIOS = "tests/synthetics-checkout-api-health.test.yml";
const HISTORY = "tests/synthetics-checkout-api-health.every-30m.test.yml";
const alert = (suffix: string) => `CheckoutApiHealth${suffix}`;

/** Breaking a rule the way the alert's promise would break: each must make the generated tests fail. */
const BROKEN: Record<string, MutantPick[]> = {
  [SCENARIOS]: [
    { rule: alert("Failing"), kind: "numbers", before: "2" }, // 4 locations instead of 2
    { rule: alert("Failing"), kind: "for" }, // 10m instead of 5m
    { rule: alert("LocationFailing"), kind: "ranges", before: "30m" }, // a window of 1h
    { rule: alert("LocationFailing"), kind: "conditions" }, // ticketing while the flow pages
    { rule: alert("ProbesMissing"), kind: "ranges", before: "1m30s" }, // missing for 3m before counting
    { rule: alert("Unreliable"), kind: "numbers", before: "10" }, // twice the failures
    { rule: alert("Slow"), kind: "conditions" }, // a timed-out run counted as slow
    { rule: alert("TlsCertificateExpiring"), kind: "numbers", before: "1209600" }, // 28 days instead of 14
    { rule: "flow_location:probe_success:max", kind: "matchers", before: '{flow="checkout-api-health"}' }, // other checks' probes counted
  ],
  [HISTORY]: [{ rule: alert("PerformanceRegression"), kind: "for" }],
};

describe("mutations of a check's probe rules", () => {
  it("make the generated tests fail: a threshold raised, a for doubled, a location condition or a window changed", async () => {
    const files = generated();
    const all = mutants(files.get(RULES) as string, { rules: () => true });
    const results = (
      await Promise.all(Object.entries(BROKEN).map(([tests, picks]) => killMutants({ files, ruleFile: RULES, tests: [tests], mutants: pick(all, picks) })))
    ).flat();
    expect(results.filter((result) => !result.killed).map((result) => result.mutant.description)).toEqual([]);
    expect(results).toHaveLength(10);
  });
});
