import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { ServiceSlo, type ServiceSloProps } from "../../../constructs";
import { importOpenSlo } from "../../../src/domain/interchange/import-openslo";
import { openSloDocument, type OpenSloDocument } from "../../../src/domain/interchange/openslo";
import { sloRules } from "../../../src/targets/prometheus/slo-rule-files";
import { availabilityProps, team, testApp, testStack } from "../../support/app";
import { parsing } from "../../support/problems";

const FIXTURES = join(__dirname, "../../fixtures/interchange/openslo");

/** SLOs of every SLI kind, with and without declared windows and guard. */
const DECLARED: Record<string, Omit<ServiceSloProps, "owner">> = {
  errors: availabilityProps(),
  good: availabilityProps({ name: "success", sli: { events: { good: 'http_requests_total{service="checkout",code!~"5.."}', total: 'http_requests_total{service="checkout"}' } } }),
  latency: availabilityProps({ name: "latency", objective: 95, period: "28d", sli: { latency: { histogram: 'http_request_duration_seconds{service="checkout"}', threshold: "1s" } } }),
  query: availabilityProps({
    name: "probes",
    description: "The health probe succeeds",
    sli: { query: { errorRatio: '1 - avg(avg_over_time(http_requests_total{service="checkout"}[{{.window}}]))', totalEvents: 'sum(count_over_time(http_requests_total{service="checkout"}[{{.window}}]))' } },
  }),
  windows: availabilityProps({
    name: "custom",
    minimumEventsForPage: 0,
    burnRateWindows: [{ severity: "page", budgetConsumedPercent: 2, long: "1h", short: "5m" }, { severity: "ticket", budgetConsumedPercent: 10, long: "1d", short: "2h" }],
  }),
};

/** The SLO's rule groups, declared as given, and its OpenSLO document through YAML. */
function declared(props: Omit<ServiceSloProps, "owner">) {
  const test = testApp();
  const stack = testStack(test.app);
  const slo = new ServiceSlo(stack, "slo", { ...props, owner: team(stack), outputs: { datadog: false } });
  test.app.inspect();
  const spec = slo.sloSpec();
  if (spec === undefined) {
    throw new Error("the declared SLO has problems");
  }
  return { rules: sloRules(spec), document: parse(stringify(openSloDocument(spec, slo.customWindows))) as OpenSloDocument };
}

describe("OpenSLO export and import", () => {
  it.each(Object.keys(DECLARED))("round-trips a %s SLO to the same rules", (kind) => {
    const original = declared(DECLARED[kind]);
    const { parsed, problems } = parsing((found) => importOpenSlo(original.document, found));
    expect(problems).toEqual([]);
    expect(declared(parsed!.props).rules).toEqual(original.rules);
  });

  it("writes an OpenSLO v1 SLO of a ratio on Prometheus over a rolling window", () => {
    expect(declared(DECLARED.latency).document).toEqual({
      apiVersion: "openslo/v1",
      kind: "SLO",
      metadata: { name: "checkout-latency", displayName: "checkout latency", annotations: { "watchkeeper.io/runbook-url": "https://runbooks.example.com/checkout/availability" } },
      spec: {
        service: "checkout",
        indicator: {
          metadata: { name: "checkout-latency-sli" },
          spec: {
            ratioMetric: {
              counter: true,
              good: { metricSource: { type: "Prometheus", spec: { query: 'http_request_duration_seconds_bucket{service="checkout",le=~"1|1\\\\.0"}' } } },
              total: { metricSource: { type: "Prometheus", spec: { query: 'http_request_duration_seconds_count{service="checkout"}' } } },
            },
          },
        },
        timeWindow: [{ duration: "4w", isRolling: true }],
        budgetingMethod: "Occurrences",
        objectives: [{ displayName: "latency", targetPercent: 95 }],
      },
    });
  });

  it("refuses each of the OpenSLO project's examples, naming every field Watchkeeper cannot express", () => {
    const problems = Object.fromEntries(
      readdirSync(FIXTURES).map((file) => [file, parsing((found) => importOpenSlo(parse(readFileSync(join(FIXTURES, file), "utf8")) as OpenSloDocument, found)).problems]),
    );
    const anySource = (what: string) => `spec.indicator.spec.ratioMetric.${what}.metricSource.type: "Any" is not Prometheus; Watchkeeper measures SLOs with Prometheus queries`;
    const timeslices = (method: string) => `spec.budgetingMethod: ${method} is not measured; Watchkeeper counts occurrences (good events over all events)`;
    const calendar = "spec.timeWindow: give one rolling window (isRolling: true); calendar-aligned windows are measured by SlaPolicy, not by an SLO";
    expect(problems).toEqual({
      "budgeting-method_occurences-slo.yaml": ["spec.indicator.spec.thresholdMetric: a threshold indicator has no counterpart; use a ratioMetric of good (or bad) and total events"],
      "budgeting-method_ratio-timeslices.yaml": [timeslices("RatioTimeslices"), anySource("good"), anySource("total")],
      "budgeting-method_timeslices-slo.yaml": [timeslices("Timeslices"), "spec.objectives: give exactly one objective, with target or targetPercent", anySource("good"), anySource("total"), calendar],
      "treat-low-traffic-as-equally-important_timeslices-slo.yaml": [timeslices("Timeslices"), anySource("good"), anySource("total"), calendar],
    });
  });
});
