import { describe, expect, it } from "vitest";
import { Duration } from "../../../src/domain/duration";
import type { FlowSpec, HttpStep } from "../../../src/domain/synthetics/flow";
import { parseFlow, type FlowInput } from "../../../src/domain/synthetics/parse-flow";
import { probeRuleGroups } from "../../../src/domain/synthetics/probe-rules";
import { probeTestCases } from "../../../src/domain/synthetics/probe-tests";
import { uptimeBurnWindows, uptimePagePairs } from "../../../src/domain/synthetics/uptime-windows";
import { parsing } from "../../support/problems";

const OWNER = { teamName: "checkout", receivers: () => [] };

/** A health check's spec as a construct resolves it: `expect` and settings of the input over the example's (1m, 3 locations, 2 of 3 for 5m). */
function flow(input: Partial<FlowInput> = {}, expect: HttpStep["expect"] = { responseTimeBelow: "800ms" }): FlowSpec {
  const steps = [{ kind: "http" as const, name: "health", url: "https://api.example.com/health", expect }];
  const { parsed, problems } = parsing((collector) =>
    parseFlow({ steps, frequency: "1m", locations: ["us-east-1", "eu-west-1", "ap-southeast-1"], outputs: { datadog: true, prometheus: true }, ...input }, collector),
  );
  if (parsed === undefined) throw new Error(problems.join("\n"));
  return {
    ...parsed,
    id: "checkout-api-health",
    service: "checkout",
    name: "api-health",
    steps,
    tags: {},
    alertLabels: { team: "checkout", service: "checkout", env: "production", flow: "checkout-api-health" },
    alertName: "CheckoutApiHealth",
  };
}

/** The generated cases' names: each says what happens and, from the model promtool checks, what fires when. */
function outcomes(spec: FlowSpec): string[] {
  const uptime = uptimePagePairs(spec.alertWhen.forAtLeast, spec.uptimeObjective);
  return probeTestCases(spec, probeRuleGroups(spec, OWNER), uptime).map((testCase) => testCase.name);
}

describe("the generated tests of a check's probes", () => {
  it("prove each promise of a check every minute, 2 of 3 locations for 5m: pages at +5m and only then, tickets for one location, missing probes, flapping, slowness and the certificate", () => {
    expect(outcomes(flow())).toEqual([
      "one location fails with 503s for 40m: CheckoutApiHealthLocationFailing from +30m; no page",
      "2 of 3 locations fail for 15m: CheckoutApiHealthFailing from +5m",
      "every location fails for 30m: CheckoutApiHealthFailing from +5m, the uptime SLO's page from +6m",
      "every location fails for 4m, less than forAtLeast: nothing fires",
      "every location flaps, failing 4m of every 6m: CheckoutApiHealthUnreliable from +12m; no page",
      "each location in turn fails 2m of every 9m for 45m, never two at once; the certificate expires in 2w and 2m: CheckoutApiHealthUnreliable from +29m, CheckoutApiHealthTlsCertificateExpiring from +61m; no page",
      "the probes of ap-southeast-1 disappear for 20m: CheckoutApiHealthProbesMissing from +4m; no page",
      "every location's probes disappear: CheckoutApiHealthProbesMissing from +4m, the uptime SLO's page from +7m",
      "us-east-1 times out for 15m, then answers slowly for 15m: CheckoutApiHealthSlow from +25m; no page",
    ]);
  });

  it("resolve the pages of a long outage within a minute of its end, and read uptime below 1 while every probe is gone", () => {
    const cases = probeTestCases(flow(), probeRuleGroups(flow(), OWNER), uptimePagePairs(Duration.minutes(5), 99.9));
    const outage = cases.find((testCase) => testCase.name.startsWith("every location fails for 30m")) as (typeof cases)[number];
    const pages = outage.queries.filter((query) => query.expr.startsWith("count(ALERTS"));
    const firing = pages.filter((query) => query.samples.length > 0).map((query) => query.minute);
    // The outage runs from minute 10 to 40: both pages fire from 16, and none at 41.
    expect([Math.min(...firing), Math.max(...firing)]).toEqual([16, 38]);
    expect(pages.find((query) => query.minute === 41)?.samples).toEqual([]);
    const gone = cases.find((testCase) => testCase.name.startsWith("every location's probes disappear")) as (typeof cases)[number];
    const uptime = gone.queries.filter((query) => query.expr.startsWith("abs(flow:uptime:ratio_avg1d"));
    // Up for minutes 0 to 10 (the last run at 9 counts for a run and a half), then down: 11 of 30 minutes, 11 of 40.
    expect(uptime.map((query) => [query.minute, query.expr])).toEqual([
      [29, "abs(flow:uptime:ratio_avg1d - 0.366666666667) < bool 0.0001"],
      [39, "abs(flow:uptime:ratio_avg1d - 0.275) < bool 0.0001"],
    ]);
  });

  it("follow the check's frequency, locations and alertWhen: 5-minute probes, one location, 3 of 4 for 10m every 30s", () => {
    const names = (spec: FlowSpec) => outcomes(spec).map((name) => name.split(":")[0]);
    expect(outcomes(flow({ frequency: "5m" }, undefined))).toContain("the probes of ap-southeast-1 disappear for 20m: CheckoutApiHealthProbesMissing from +6m; no page");
    expect(names(flow({ locations: ["eu-west-1"] }))).toEqual([
      "1 of 1 locations fail for 15m",
      "every location fails for 4m, less than forAtLeast",
      "every location flaps, failing 4m of every 6m",
      "each location in turn fails 2m of every 3m for 45m, never two at once; the certificate expires in 2w and 2m",
      "the probes of eu-west-1 disappear for 20m",
      "every location's probes disappear",
      "eu-west-1 times out for 15m, then answers slowly for 15m",
    ]);
    const strict = flow({ frequency: "30s", locations: ["us-east-1", "eu-west-1", "ap-southeast-1", "sa-east-1"], alertWhen: { failingLocations: 3, forAtLeast: "10m", oneLocationFor: "45m" } });
    expect(outcomes(strict).slice(0, 3)).toEqual([
      "one location fails with 503s for 55m: CheckoutApiHealthLocationFailing from +46m; no page",
      "3 of 4 locations fail for 20m: CheckoutApiHealthFailing from +10m",
      "every location fails for 30m: CheckoutApiHealthFailing from +10m, the uptime SLO's page from +11m",
    ]);
  });
});

describe("the uptime SLO of a check", () => {
  it("pages through two window pairs of forAtLeast: above 1 - 1/(2F) over F and F + 1m, and a tenth less over F and 2F, besides the workbook's tickets", () => {
    expect(uptimePagePairs(Duration.minutes(5), 99.9).map((pair) => [pair.short.toString(), pair.long.toString(), Number(pair.threshold.toFixed(4))])).toEqual([
      ["5m", "6m", 0.9],
      ["5m", "10m", 0.8182],
    ]);
    expect(uptimeBurnWindows(Duration.minutes(5), 99.9).map((window) => [window.severity, window.short, window.long])).toEqual([
      ["page", "5m", "6m"],
      ["page", "5m", "10m"],
      ["ticket", "2h", "1d"],
      ["ticket", "6h", "3d"],
    ]);
  });

  it("keeps only the tickets when an outage of forAtLeast spends more than the period's budget, or forAtLeast is under 2 minutes", () => {
    expect(uptimePagePairs(Duration.minutes(5), 99.99)).toEqual([]);
    expect(uptimePagePairs(Duration.minutes(1), 99.9)).toEqual([]);
    expect(uptimeBurnWindows(Duration.minutes(5), 99.99).map((window) => window.severity)).toEqual(["ticket", "ticket"]);
  });
});
