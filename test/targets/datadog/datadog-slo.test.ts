import { describe, expect, it } from "vitest";
import { Duration } from "../../../src/domain/duration";
import { parseSelector } from "../../../src/domain/promql";
import type { Sli } from "../../../src/domain/slo/sli";
import { datadogSloProblems } from "../../../src/targets/datadog/datadog-slo";
import { datadogHandles } from "../../../src/targets/datadog/notification-handles";

const events: Sli = {
  kind: "events",
  errors: parseSelector('http_requests_total{code=~"5.."}'),
  total: parseSelector("http_requests_total"),
};
const query: Sli = { kind: "query", errorRatio: "sum(rate(errors[$window])) / sum(rate(total[$window]))" };
const given = { numerator: "sum:good{*}.as_count()", denominator: "sum:all{*}.as_count()" };

describe("datadogSloProblems", () => {
  it("finds none for a translatable SLI over a period Datadog measures", () => {
    for (const days of [7, 30, 90]) {
      expect(datadogSloProblems({ period: Duration.days(days), sli: events }, "")).toEqual([]);
    }
  });

  it("names the periods Datadog measures when the SLO's is not one", () => {
    expect(datadogSloProblems({ period: Duration.days(28), sli: events }, "")).toEqual([
      "Datadog measures SLOs over 7d, 30d, 90d only, not 28d; use one of those periods or set outputs.datadog to false",
    ]);
  });

  it("asks for the queries when the SLI has no translation, and accepts them once given", () => {
    expect(datadogSloProblems({ period: Duration.days(30), sli: query }, "")).toEqual([
      "Datadog: a PromQL query SLI has no Datadog translation; give the Datadog queries explicitly (datadogQuery), or set outputs.datadog to false",
    ]);
    expect(datadogSloProblems({ period: Duration.days(30), sli: query }, "", given)).toEqual([]);
  });

  it("reports an untranslatable selector together with an unsupported period", () => {
    const regex: Sli = { ...events, errors: parseSelector('http_requests_total{code=~"[45].."}') };
    const problems = datadogSloProblems({ period: Duration.days(14), sli: regex }, "");
    expect(problems).toHaveLength(2);
    expect(problems[1]).toMatch(/^Datadog: code=~"\[45\]\.\." cannot be written as a Datadog tag filter/);
  });
});

describe("datadogHandles", () => {
  it("mentions a PagerDuty service with underscores for spaces, a Slack channel without its #, an address and a webhook", () => {
    expect(
      datadogHandles([
        { kind: "pagerduty", service: "checkout on-call" },
        { kind: "slack", channel: "#checkout-alerts" },
        { kind: "email", address: "checkout@example.com" },
        { kind: "webhook", name: "tracker" },
      ]),
    ).toEqual(["@pagerduty-checkout_on-call", "@slack-checkout-alerts", "@checkout@example.com", "@webhook-tracker"]);
  });
});
