import { describe, expect, it } from "vitest";
import { ServiceSlo, type EventRatioSliProps } from "../../constructs";
import { availabilityProps, resources, synthProblems, team, testApp, testStack } from "../support/app";

describe("bad input found while writing output, now found by validation", () => {
  it("synthesizes a 90-day SLO with Datadog on: the two ticket pairs clamped to 48h are one monitor", () => {
    const test = testApp();
    const stack = testStack(test.app, "production");
    new ServiceSlo(stack, "slo", { ...availabilityProps(), owner: team(stack), period: "90d" });
    test.app.synth();
    const monitors = resources(test.terraform("production"), "datadog_monitor").map((monitor) => monitor.query);
    expect(monitors).toEqual([
      expect.stringMatching(/\.over\("90d"\)\.long_window\("18h"\)\.short_window\("120m"\) > 6$/),
      expect.stringMatching(/\.over\("90d"\)\.long_window\("3h"\)\.short_window\("15m"\) > 14\.4$/),
      expect.stringMatching(/\.over\("90d"\)\.long_window\("48h"\)\.short_window\("240m"\) > 4\.5$/),
    ]);
  });

  it("reports an events SLI without total, an SLO that never pages and a validation problem together", () => {
    const test = testApp();
    const stack = testStack(test.app, "production");
    const owner = team(stack);
    const noTotal = { errors: 'http_requests_total{code=~"5.."}' } as unknown as EventRatioSliProps;
    new ServiceSlo(stack, "no-total", { ...availabilityProps({ name: "a" }), owner, sli: { events: noTotal } });
    new ServiceSlo(stack, "never-pages", { ...availabilityProps({ name: "b" }), owner, objective: 99.99999 });
    new ServiceSlo(stack, "too-strict", { ...availabilityProps({ name: "c" }), owner, objective: 100 });
    expect(synthProblems(test.app)).toEqual([
      "production/no-total: sli.events.total: is required; give a string",
      "production/never-pages: objective 99.99999 with a low-traffic guard of 1666667 events: a 17.28x burn never pages: the 1h/5m window pair " +
        "cannot fire at 10 requests a second; lower the objective, or set minimumEventsForPage lower (0 switches the guard off)",
      "production/too-strict: objective: 100 is not a percentage above 0 and below 100; e.g. 99.9 for 99.9%",
    ]);
  });

  it("accepts the same strict objective with the low-traffic guard off", () => {
    const test = testApp();
    const stack = testStack(test.app, "production");
    new ServiceSlo(stack, "strict", { ...availabilityProps(), owner: team(stack), objective: 99.99999, minimumEventsForPage: 0 });
    expect(() => test.app.synth()).not.toThrow();
  });
});
