import { describe, expect, it } from "vitest";
import { Duration } from "../../../src/domain/duration";
import { latencyBucketProblems, leLabelValue, leMatcher } from "../../../src/domain/slo/latency-buckets";

const ms = (milliseconds: number) => Duration.ofMilliseconds(milliseconds);

describe("leLabelValue", () => {
  it("spells bounds as Prometheus 3 stores them and Datadog tags them: whole numbers with .0", () => {
    expect([1, 10, 100, 0.5, 0.25, 0.001, 1.5, 123.456].map(leLabelValue)).toEqual([
      "1.0",
      "10.0",
      "100.0",
      "0.5",
      "0.25",
      "0.001",
      "1.5",
      "123.456",
    ]);
  });

  it("is a value the threshold's le matcher selects", () => {
    for (const milliseconds of [1, 250, 500, 1000, 2500, 60_000]) {
      const matcher = leMatcher(ms(milliseconds));
      const value = leLabelValue(milliseconds / 1000);
      const selected = matcher.operator === "=" ? matcher.value === value : new RegExp(`^(?:${matcher.value})$`).test(value);
      expect(selected, `${milliseconds}ms as ${value}`).toBe(true);
    }
  });
});

describe("latencyBucketProblems", () => {
  const buckets = [0.1, 0.25, 0.5, 1];

  it("accepts a threshold that is one of the bounds, and any threshold when no bounds are declared", () => {
    expect(latencyBucketProblems(ms(500), buckets)).toEqual([]);
    expect(latencyBucketProblems(ms(1000), buckets)).toEqual([]);
    expect(latencyBucketProblems(ms(499))).toEqual([]);
  });

  it("rejects a threshold that is not a bound, naming its le and listing the bounds", () => {
    expect(latencyBucketProblems(ms(499), buckets)).toEqual([
      'threshold: 499ms (le="0.499") is not a bucket bound of the histogram: no series has it, and the SLO would be ' +
        "blind; use one of the buckets (in seconds): 0.1, 0.25, 0.5, 1",
    ]);
  });

  it("rejects bounds that are not sorted or repeated", () => {
    expect(latencyBucketProblems(ms(500), [0.5, 0.25, 1, 1])).toEqual([
      "buckets[1]: 0.25 does not come after 0.5; list the bounds in increasing order, each once",
      "buckets[3]: 1 does not come after 1; list the bounds in increasing order, each once",
    ]);
  });
});
