import { describe, expect, it } from "vitest";
import { ServiceSlo } from "../../../constructs";
import { Duration } from "../../../src/domain/duration";
import type { ServiceSloProps } from "../../../src/domain/slo/service-slo-props";
import { burnRateWindows } from "../../../src/domain/slo/slo-math";
import { killMutants, mutants, type Mutant } from "../../support/rule-mutation";
import { availabilityProps, team, testApp, testStack } from "../../support/app";

/** An SLO's rule file and generated tests, by path as the tests name the rule file. */
function generated(props: Partial<ServiceSloProps>): Map<string, string> {
  const test = testApp();
  const stack = testStack(test.app);
  new ServiceSlo(stack, "slo", { ...availabilityProps(props), owner: team(stack), outputs: { datadog: false } });
  test.app.synth();
  return new Map([...test.files("production")].filter(([path]) => /^(prometheus|tests)\/checkout-/.test(path)));
}

/** The workbook's window pairs for a period, by factor (14.4x and 6x page, 3x and 1x open a ticket): `1h/5m`. */
function pairs(period: string): Record<string, string> {
  return Object.fromEntries(burnRateWindows(Duration.parse(period)).map((pair) => [String(pair.factor), `${pair.long}/${pair.short}`]));
}

/**
 * The SLO's rules broken the ways its promises would break: each pair's factor doubled in one of its two conditions
 * (it then needs twice the burn), each window's error ratio read over twice the window, and the absent alert's
 * `for`, matchers and conditions.
 */
function broken(rules: string, alertName: string, factors: Record<string, string>): Mutant[] {
  const burn = mutants(rules, { rules: (rule) => rule.alert === `${alertName}ErrorBudgetBurn`, kinds: ["numbers"] });
  const ratio = /^slo:sli_error:ratio_rate(\d+[mhd])$/;
  const period = /^slo:sli_error:ratio_rate\d+d$/;
  const windows = mutants(rules, { rules: (rule) => ratio.test(rule.record ?? "") && !(period.test(rule.record ?? "") && rule.expr.includes("sum_over_time")), kinds: ["windows"] });
  const absent = mutants(rules, { rules: (rule) => rule.alert === `${alertName}SLIMetricsAbsent` });
  return [...burn.filter((mutant) => mutant.before in factors), ...windows, ...absent];
}

/** The cases that can tell a mutant: the scenario of the pair it breaks (or of every pair reading the window), or the absent cases. */
function telling(factors: Record<string, string>) {
  return (mutant: Mutant) => tellingCases(mutant, factors);
}

function tellingCases(mutant: Mutant, factors: Record<string, string>): (name: string) => boolean {
  if (mutant.kind === "numbers") return (name) => name.includes(`the ${factors[mutant.before]} `);
  if (mutant.kind === "windows") return (name) => new RegExp(`the (${mutant.before}/\\S+|\\S+/${mutant.before}) `).test(name);
  return (name) => /reports (a )?missing/.test(name);
}

/**
 * Mutants no test can kill, and why. The latency SLO's absent alert watches `_count` or the bucket at the threshold;
 * a histogram without the bucket has no `_count` either, so the `_count` side adds nothing the bucket side does not
 * see, and `absent()` of a bucket selected by a regular expression (`le=~"1|1\\.0"`) has no `le` to leave out.
 */
const EQUIVALENT: Readonly<Record<string, readonly string[]>> = {
  availability: [],
  "availability over 90 days": [],
  latency: [
    'CheckoutLatencySLIMetricsAbsent (ticket): conditions: absent(http_request_duration_seconds_count{service="checkout"}) or absent(htt… → absent(http_request_duration_seconds_bucket{service="checkout",le=~"1|1\\\\.0"})',
    "CheckoutLatencySLIMetricsAbsent (ticket): grouping: (le) → ()",
    'CheckoutLatencySLIMetricsAbsent (ticket): matchers: {service="checkout"} → {}',
  ],
};

const SLOS: Record<string, { props: Partial<ServiceSloProps>; alertName: string; count: number }> = {
  availability: { props: {}, alertName: "CheckoutAvailability", count: 8 + 7 + 2 },
  // 3h/15m, 18h/2h, 3d/6h and 9d/18h: the long scenarios sampled every 3 minutes, which promtool's sample limit needs
  "availability over 90 days": { props: { period: "90d" }, alertName: "CheckoutAvailability", count: 8 + 7 + 2 },
  latency: {
    props: { name: "latency", sli: { latency: { histogram: 'http_request_duration_seconds{service="checkout"}', threshold: "1s" } } },
    alertName: "CheckoutLatency",
    count: 8 + 7 + 7,
  },
};

describe.concurrent("mutations of an SLO's burn-rate and absent alerts", () => {
  it("make the generated tests fail without the low-traffic guard: one failed request would page", async () => {
    const files = generated({});
    const ruleFile = [...files.keys()].find((path) => path.startsWith("prometheus/")) as string;
    const unguarded = generated({ minimumEventsForPage: 0 }).get(ruleFile) as string;
    const mutant: Mutant = { rule: "CheckoutAvailabilityErrorBudgetBurn", kind: "custom", before: "", after: "", description: "minimumEventsForPage: 0", text: unguarded };
    const tests = [...files.keys()].filter((path) => path.startsWith("tests/"));
    const [result] = await killMutants({ files, ruleFile, tests, mutants: [mutant], cases: () => (name) => name.includes("one failed request at 1 request/minute") });
    expect(result.killed, result.output).toBe(true);
    expect(result.output).toContain("one failed request at 1 request/minute");
  });

  for (const [name, slo] of Object.entries(SLOS)) {
    it(`make the generated tests of the ${name} SLO fail: a pair's factor doubled, a window doubled, the absent alert's for, matchers or conditions`, async () => {
      const files = generated(slo.props);
      const ruleFile = [...files.keys()].find((path) => path.startsWith("prometheus/")) as string;
      const tests = [...files.keys()].filter((path) => path.startsWith("tests/"));
      const factors = pairs(slo.props.period ?? "30d");
      const results = await killMutants({ files, ruleFile, tests, mutants: broken(files.get(ruleFile) as string, slo.alertName, factors), cases: telling(factors) });
      expect(results.filter((result) => !result.killed).map((result) => result.mutant.description)).toEqual(EQUIVALENT[name]);
      expect(results).toHaveLength(slo.count);
    });
  }
});
