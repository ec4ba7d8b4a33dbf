import { describe, expect, it } from "vitest";
import { ServiceSlo, type LatencySliProps } from "../../../constructs";
import { availabilityProps, synthProblems, team, testApp, testStack } from "../../support/app";

const histogram = 'http_request_duration_seconds{service="checkout"}';

/** An app with one latency SLO on checkout, declared with the given latency SLI. */
function latencyApp(latency: LatencySliProps) {
  const test = testApp();
  const stack = testStack(test.app, "production");
  new ServiceSlo(stack, "latency", { ...availabilityProps({ name: "latency", objective: 95 }), owner: team(stack), sli: { latency } });
  return test;
}

describe("latency SLI bucket bounds", () => {
  it("reject a threshold that is not a declared bucket bound, listing the bounds", () => {
    const { app } = latencyApp({ histogram, threshold: "499ms", buckets: ["100ms", "250ms", "500ms", "1s"] });
    expect(synthProblems(app)).toEqual([
      'production/latency: sli.latency.threshold: 499ms (le="0.499") is not a bucket bound of the histogram: no series ' +
        "has it, and the SLO would be blind; use one of the buckets (in seconds): 0.1, 0.25, 0.5, 1",
    ]);
  });

  it("report every problem of the bucket list: not a duration, not positive, out of order", () => {
    const { app } = latencyApp({ histogram, threshold: "1s", buckets: ["a second"] });
    expect(synthProblems(app)).toEqual([
      'production/latency: sli.latency.buckets[0]: "a second" is not a duration; write it like 30d, 6h, 1h30m or 500ms',
    ]);
    const numbers = latencyApp({ histogram, threshold: "1s", buckets: [0.5, 0.25, -1, 1] });
    expect(synthProblems(numbers.app)).toEqual([
      "production/latency: sli.latency.buckets[2]: -1 is not a positive number of seconds; give finite bounds, without +Inf",
      "production/latency: sli.latency.buckets[1]: 0.25 does not come after 0.5; list the bounds in increasing order, each once",
    ]);
  });

  it("accept a threshold among bounds in seconds, and watch its bucket in the absent alert", () => {
    const test = latencyApp({ histogram, threshold: "500ms", buckets: [0.005, 0.1, 0.25, 0.5, 1, 2.5] });
    test.app.synth();
    const texts = [...test.files("production").values()];
    expect(texts.some((text) => text.includes('absent(http_request_duration_seconds_bucket{service="checkout",le="0.5"})'))).toBe(true);
  });

  it("accept any threshold when no bounds are declared: the absent alert is the guard", () => {
    const test = latencyApp({ histogram, threshold: "499ms" });
    test.app.synth();
    const texts = [...test.files("production").values()];
    expect(texts.some((text) => text.includes('absent(http_request_duration_seconds_bucket{service="checkout",le="0.499"})'))).toBe(true);
  });
});
